# round(): ints and floats, ndigits positive/negative/None, half-even, __round__ and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1.005, -0.25]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, 1.115, -1.115]])
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1.5, None), type(round(1.5, None)), round(1.5, 0), type(round(1.5, 0)), round(-0.4), round(-0.4, 0))
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400), round(1e300, -300), round(5e-324, 323), round(5e-324, 324))
print(round(0.0), round(-0.0, 1), round(1e22), round(1.7976931348623157e308), round(2.5, -1), round(25.0, -1), round(35.0, -1))
for n in [0, 7, -7, 15, 25, 35, 45, -25, 1234, 2**70 + 5 * 10**10, -(10**30) - 5]:
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -30))
print(round(True), round(False, 3), type(round(True)), round(True, -1))
show(round, float('inf')); show(round, float('-inf')); show(round, float('nan'))
print(round(float('inf'), 2), round(float('nan'), 1), round(float('-inf'), -2))
show(round, 1.5, 1.0); show(round, 1.5, '1'); show(round, 'x'); show(round); show(round, 1, 2, 3)
show(round, 5, 2**100); show(round, 5.5, 2**100); show(round, 5.5, -2**100); show(round, number=3.14159, ndigits=2)
show(round, [1.5]); show(round, None)
class R:
    def __round__(self, n=None): return ('rounded', n)
print(round(R()), round(R(), 3), round(R(), None))
class NoArg:
    def __round__(self): return 'no ndigits'
print(round(NoArg()))
show(round, NoArg(), 2)
class Idx:
    def __index__(self): return 2
print(round(3.14159, Idx()), round(31415, Idx()), round(31415.0, Idx()))
import decimal
print(round(decimal.Decimal('2.675'), 2), round(decimal.Decimal('2.5')), type(round(decimal.Decimal('2.5'))))
print([round(i / 8, 2) for i in range(-8, 9)])
print([round(i * 0.5) for i in range(-7, 8)])
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(1/3, 5), round(2/3, 10))
print(round(123456789.987654321, 3), round(-987.65, -1), round(999.95, 1), round(0.045, 2), round(10.0**15 + 0.5))
