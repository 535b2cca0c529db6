# complex arithmetic: mixed with int/float, division, powers, abs, conjugate, signed zeros, inf/nan parts, errors
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag, type(a.real).__name__)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a - True, a == 3 + 4j, a != 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j == 1)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, 2 ** a, 1j ** 2, 1j ** 1j, (0j) ** 0, (-1) ** 0.5, (-8) ** (1 / 3))
print((1 + 1j) ** 10, (1 + 2j) ** 3, (2 + 0j) ** 64, (1 + 1j) ** -3, (0.5 + 0.5j) ** 100)
show(lambda: a / 0); show(lambda: a / 0j); show(lambda: 0j ** -1); show(lambda: 0j ** (1 + 1j)); show(lambda: a // 2); show(lambda: a % 2)
show(lambda: divmod(a, 2)); show(lambda: a < b); show(lambda: a > 1); show(lambda: abs(complex(1e308, 1e308))); show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: int(a)); show(lambda: float(a)); show(lambda: round(a)); show(lambda: math.floor(a)); show(lambda: a & 1); show(lambda: ~a)
show(lambda: pow(a, 2, 3)); show(lambda: complex(10 ** 400)); show(lambda: a + '1'); show(lambda: 10 ** 400 * 1j)
print(complex(1, 2) * complex(0, -1), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 2j) / (3 + 4j), (1e-300 + 1e-300j) / (1e-300j))
print(1j * 1j, 1j * -1j, -1j * -1j, (-0.0 + 1j).real, complex(-0.0, -0.0), -(0j), -complex(0, 0), 0j * -1, (-1j) * 0)
inf, nan = float('inf'), float('nan')
print(complex(inf, 0) * 2, complex(0, inf) + 1, complex(inf, inf) - complex(inf, 0), complex(nan, 1) == complex(nan, 1), abs(complex(inf, nan)), abs(complex(nan, inf)))
print(hash(1 + 0j) == hash(1), hash(2j) == hash(complex(0, 2)), hash(complex(0.5, 0)) == hash(0.5), {1: 'a'}[1 + 0j], (1 + 2j) in {1 + 2j})
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0)), 0j == 0, 0j == -0.0, complex(0, 0) == False)
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1 + 2j).__mul__('x'), (1 + 2j).__eq__(1 + 2j), (1 + 2j).__ne__(None), (1 + 2j).__abs__())
print((5j).__getnewargs__(), (1 + 2j).__bool__(), (2j).__pow__(2), (2j).__rpow__(2) == 2 ** 2j, (2j).__truediv__(2), (2j).__rtruediv__(2))
print(sum([1j, 2j, 3]), [x * 1j for x in range(3)], sorted([3 + 0j, 1 + 0j], key=abs), max([1 + 1j, 2j, 3], key=abs))
class C(complex):
    def __repr__(self): return f'C{complex.__repr__(self)}'
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, -c, type(-c).__name__, c.conjugate(), type(c.conjugate()).__name__, c == 1 + 2j)
class WithComplex:
    def __complex__(self): return 5j
print(complex(WithComplex()), complex(WithComplex()) * 2, 1j.__class__.__name__, complex.__mro__)
