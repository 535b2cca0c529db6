class C(B, metaclass=M, metaclass=N):
    pass
