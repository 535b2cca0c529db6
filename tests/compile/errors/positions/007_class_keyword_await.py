class C(metaclass=await m):
    pass
