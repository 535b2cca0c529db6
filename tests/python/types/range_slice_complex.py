# range, slice and complex: reprs, arithmetic, indices, errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3), range(2**64, 2**64 + 10, 3)]:
    print(repr(r), len(r), list(r)[:4], r.start, r.stop, r.step, 3 in r, r.count(4), r[-1:] if len(r) else None, bool(r), r[::2], r[::-1])
print(range(10)[3], range(10)[-1], range(0, 10, 3).index(6), range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 5))
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(5))), range(10)[2:8:2], 3.0 in range(5), 'a' in range(3), range(2**100)[2**99])
show(range); show(range, 1.5); show(range, 1, 2, 0); show(range, 1, 2, 3, 4); show(lambda: range(3)[5]); show(lambda: range(3)['a'])
show(range(3).index, 7); show(lambda: len(range(2**64))); show(range, x=1)
print(range(2**64).__len__ if False else '', range(3).__reduce__(), range(1, 9, 2).__reduce__())
s = slice(1, 10, 2)
print(repr(s), s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice('a', [1])), slice(None, None, -2).indices(7), [0, 1, 2, 3, 4][slice(-2, None)])
show(slice); show(slice, 1, 2, 3, 4); show(slice(0, 1, 0).indices, 3); show(slice(1).indices, -1); show(hash, slice(1)); show(slice(1).indices, 'x')
print(slice(1, 2, 3).__reduce__(), 'abcdef'[slice(1, None, 2)], (0, 1, 2)[::-1], [1, 2, 3][10:], [1, 2, 3][-10:1])
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx():], 'abcd'[Idx()], slice(Idx(), Idx()).indices(5), range(Idx())[Idx() - 1] if False else range(Idx()))
for z in [1+2j, -1j, complex(1.5, -0.0), complex('inf'), complex(float('nan'), 1), complex(-0.0, -0.0), 1e20 + 1e-20j, complex(0, 1e300)]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else 'nan', hash(z) if z == z else 'h')
for s in ['1+2j', ' (3-4J) ', 'j', '-j', '+1.5e3j', 'inf-infj', 'nan', '1e', '1+', '(1', '1 + 2j', '', '2j+1']:
    show(complex, s)
show(complex, '1', 2); show(complex, 1, '2'); show(complex, None); show(complex, 1j, 1j); show(complex, real=1, imag=2)
class CC:
    def __complex__(self): return 3j
class FF:
    def __float__(self): return 2.5
print(complex(CC()), complex(FF()), complex(FF(), FF()), complex(1j, 2), complex(2, 1j), complex(True), (1+2j).__getnewargs__(), (1j).__complex__())
print((1+2j) * (3-1j), (1+2j) / (3-1j), (1+2j) + 1, 2 - 1j, 1j ** 2, (1+1j) ** 3, (2+0j) ** 0.5, 2 ** (1j), (1j) ** 1j, (1+1j) ** -2, 0j ** 0)
for a, b in [(0j, -1), (0j, 1j), (0j, -1.5), (1e200 + 1e200j, 2), (10j, 400), (1+1j, 1e308), (2, 1e308 + 0j), (1e-200j, 3), ((1+1j), 101), ((1+1j), -101)]:
    show(lambda: a ** b)
show(pow, 1j, 2, 3); show(lambda: 1j // 1); show(lambda: 1j % 1); show(lambda: 1j < 2j); show(lambda: 1 / 0j); show(lambda: divmod(1j, 1))
print(1j == 1j, 1 + 0j == 1, (1+0j) == 1.0, 1j != 1, complex(2**53 + 1, 0) == 2**53 + 1, abs(3+4j), -(1+1j), +(1j), bool(0j), bool(1e-300j))
show(abs, complex(1e308, 1e308)); show(lambda: (1e308+1e308j) * 10)
