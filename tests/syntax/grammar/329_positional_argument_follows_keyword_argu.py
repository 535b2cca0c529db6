class C(metaclass=M, x): pass
