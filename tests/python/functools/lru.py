import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info(), type(sq).__name__)
print(sq.__name__, sq.__qualname__, sq.__wrapped__.__name__, sq.cache_parameters(), sq.__doc__, sq.__module__)
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def ident(*a, **k):
    calls.append((a, k))
    return len(calls)
print(ident(1), ident(1), ident(1.0), ident(True), ident(a=1), ident(a=1), ident(1, a=1), ident.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@functools.lru_cache(typed=True)
def t(x):
    calls.append(x)
    return type(x).__name__
print(t(1), t(1.0), t(1), t.cache_info())
@functools.lru_cache
def bare(x):
    return -x
print(bare(5), bare(5), bare.cache_info())
class C:
    @functools.lru_cache
    def m(self, x):
        return (self.__class__.__name__, x)
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m is C.__dict__['m'])
try:
    @functools.lru_cache(maxsize='x')
    def bad(): pass
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
print(sq.__reduce__(), functools.lru_cache(-3)(abs).cache_info())
import copy
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
