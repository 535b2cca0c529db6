# type(name, bases, ns, **kw) hands the keywords to the winning metaclass's __new__ (as enum's
# _simple_enum does with boundary= and _simple=).
class M(type):
    def __new__(m, n, b, d, **kw):
        print('new', n, sorted(kw.items()))
        return super().__new__(m, n, b, d)

    def __init__(cls, *a, **kw):
        print('init', cls.__name__, sorted(kw.items()))


class A(metaclass=M):
    pass


B = type('B', (A,), {}, x=1, y=2)
print(type(B).__name__, B.__mro__[1].__name__)
C = type('C', (A,), {})
print(type(C).__name__)
