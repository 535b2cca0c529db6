# abs, divmod and pow: every numeric type, 3-argument pow, modular inverses and the errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0, -0, 5, -5, 2**70, -2**70, 0.0, -0.0, -1.5, float('inf'), float('-inf'), True, False, 3+4j, -3-4j, 1e308+1e308j]:
    show(abs, v)
show(abs, 'x'); show(abs, None); show(abs); show(abs, 1, 2)
class A:
    def __abs__(self): return 'absolute'
show(abs, A())

for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2**80, 7), (-2**80, 7), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (True, 2)]:
    show(divmod, a, b)
show(divmod, 1, 0); show(divmod, 1.0, 0); show(divmod, 1, 0.0); show(divmod, 1j, 1)
show(divmod, 'a', 1); show(divmod, 1, 'a'); show(divmod, 1)
print(divmod(float('inf'), 1.0), divmod(-0.0, 1.0), divmod(0.0, -1.0))
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
show(divmod, D(), 3); show(divmod, 3, D())

print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0), pow(-8, 1/3) == (-8) ** (1/3))
print(pow(2, 100, 97), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(7, 0, 1), pow(7, 0, -1), pow(0, 0, 3))
for b, m in [(3, 7), (2, 11), (-3, 7), (10, 17), (2**70 + 1, 10**9 + 7), (3, -7), (5, 13)]:
    show(pow, b, -1, m)
show(pow, 2, -2, 7)
show(pow, 2, -1, 4); show(pow, 6, -1, 9); show(pow, 3, 2, 0); show(pow, 3, -1, 1)
show(pow, 2.0, 3, 5); show(pow, 2, 3.0, 5); show(pow, 2, 3, 5.0); show(pow, 2, 3, None)
show(pow, 0, -1); show(pow, 0.0, -1); show(pow, -1.0, 0.5); show(pow, 10.0, 400); show(pow, 'a', 2)
show(pow, base=2, exp=5); show(pow, base=2, exp=5, mod=3); show(pow, 2, exp=3); show(pow, x=2, y=3)
print(pow(2, 3, mod=5), pow(True, 5), pow(2, True), pow(-1, 2**65), pow(-1, 2**65 + 1))
print(pow(1j, 2), pow(2, 0.5 + 0j) == 2 ** (0.5 + 0j), pow(0j, 0))
show(pow, 0j, -1); show(pow, 1j, 2, 3)
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
show(pow, P(), 2); show(pow, P(), 2, 5); show(pow, 2, P()); show(pow, 2, P(), 5)
print(2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (-8) ** 2.0, 1.5 ** 2)
print([pow(i, 3, 10) for i in range(-5, 6)])
print([pow(i, -1, 11) for i in range(1, 11)])
