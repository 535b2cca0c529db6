# object.__reduce_ex__ imports copyreg (namedtuple instances are copied and pickled through it).
class T(tuple):
    __slots__ = ()
    def __getnewargs__(self): return (tuple(self),)
class C:
    def __init__(self): self.a = 1
r = T((1, 2)).__reduce_ex__(4)
print(r[0].__name__, r[1], r[2:])
r = C().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2:])
print(C().__reduce_ex__(0)[0].__name__)
