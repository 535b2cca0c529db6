"""One constant cache per compilation: equal constants are one object across the code objects of
a module, while constants that only compare equal (0 and 0.0, 0.0 and -0.0) stay apart."""
import warnings
warnings.simplefilter("ignore")


def f(x):
    return x is 'abc'


def g():
    return 'a b', (1, 2), 1.5, 'abc', b'xy', (1, ('n', 2.5))


print(f('abc'))
a = g()
print(a[0] is 'a b', a[1] is (1, 2), a[2] is 1.5, a[3] is 'abc', a[4] is b'xy', a[5] is (1, ('n', 2.5)))
f1, f2 = lambda x: x in {0}, lambda x: x in {0.0}
print(f1.__code__.co_consts, f2.__code__.co_consts)
g1, g2, g3 = lambda: (0,), lambda: (0.0,), lambda: (-0.0,)
print(g1(), g2(), g3(), g1() is g2(), g2() is g3())
h1, h2 = lambda: 1, lambda: True
print(h1(), h2(), h1() is h2())
t1, t2 = lambda: ('x', (1,)), lambda: ('x', (1,))
print(t1() is t2(), t1()[1] is t2()[1])
c1, c2 = lambda: 1j, lambda: -0j
print(c1(), c2())
print(f1.__code__ is f2.__code__, (lambda: 0).__code__.co_consts)
