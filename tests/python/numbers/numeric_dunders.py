# numeric operator dispatch: reflected methods, subclass priority, NotImplemented chains, in-place fallbacks, int/float/complex dunders directly
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o)) if isinstance(o, (Num, int)) else NotImplemented
    def __radd__(self, o): return Num(('r', o, self.v))
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v or self.v == o
    __hash__ = None
show(lambda: 0 < Num(1))
print(Num(1) + 2, 2 + Num(1), Num(1) + Num(2), 1.5 + Num(1), Num(1) < 3, 3 > Num(1), Num(2) == 2, 2 == Num(2))
show(lambda: Num(1) * 2); show(lambda: 2 * Num(1)); show(lambda: Num(1) - 1); show(lambda: Num(1) + 'x'); show(lambda: 'x' + Num(1))
class MyInt(int):
    def __add__(self, o): return ('MyInt.add', int(self), o)
    def __radd__(self, o): return ('MyInt.radd', o, int(self))
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return ('MyInt.rsub', o)
print(1 + MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2), MyInt(1) + MyInt(2), 5 - MyInt(1), True + MyInt(3))
show(lambda: MyInt(5) - 1); show(lambda: MyInt(5) - MyInt(1))
class MyFloat(float):
    def __rmul__(self, o): return 'MyFloat.rmul'
    def __mul__(self, o): return 'MyFloat.mul'
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2, (1 + 2j) * MyFloat(2), MyFloat(2) * MyFloat(3))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o): return 'plain add'
a = Acc(); b = a
a += 1; a += 2
print(a is b, a.items)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
x = NoIadd(1); y = x
x += 5
print(x is y, x.v, y.v)
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
z = IaddNI()
z += 1
print(z)
class Pow:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
    def __ipow__(self, e): return ('ipow', e)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 4), pow(3, Pow()))
p = Pow(); p **= 5; print(p)
show(lambda: pow(3, Pow(), 5))
print((5).__add__(2), (5).__radd__(2), (5).__sub__(2), (5).__rsub__(2), (5).__mul__(2.0), (5).__truediv__(2), (5).__rtruediv__(2), (5).__floordiv__(0.5))
print((5.0).__add__(2), (5.0).__radd__(True), (5.0).__sub__('x'), (5.0).__mod__(3), (5.0).__rmod__(3), (5.0).__rfloordiv__(11), (2.0).__rpow__(-8))
print((1j).__add__(1), (1j).__radd__(1.5), (1j).__mul__(1j), (1j).__rsub__(1), (1j).__truediv__(2), (1j).__eq__(1j), (1j).__ne__(2))
show((5).__truediv__, 0); show((5.0).__truediv__, 0); show((1j).__truediv__, 0); show((5).__mod__, 0); show((5).__lshift__, -1); show((5).__pow__, -1, 3)
print((5).__pow__(2, 7), (5).__pow__(-1, 7), (2.0).__pow__(3, None), (-1).__pow__(0.5), (7).__and__(1.0), (7).__rand__(3), (-1).__invert__())
show((2.0).__pow__, 3, 5); show((2).__pow__, 3.0, 5); show((5).__divmod__, 0); show((5.0).__divmod__, 0.0)
class Cmp:
    def __eq__(self, o): return 'eq!'
    def __ne__(self, o): return NotImplemented
print(Cmp() == 1, 1 == Cmp(), Cmp() != 1, 1 != Cmp(), [Cmp()] == [1], (Cmp(),) != (1,))
class Rich(int):
    def __lt__(self, o): return 'Rich.lt'
    def __gt__(self, o): return 'Rich.gt'
print(Rich(1) < 2, 2 < Rich(1), 2 > Rich(1), Rich(1) > Rich(2), 1.5 < Rich(1), sorted([Rich(3), Rich(1)]))
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __index__(self): return 5
print(-Neg(), +Neg(), abs(Neg()), ~Neg(), [1, 2, 3, 4, 5, 6][Neg()], bin(Neg()), 'ab' * Neg(), range(10)[Neg()], hex(Neg()))
show(lambda: Neg() + 1); show(lambda: -object()); show(lambda: ~1.5); show(lambda: +'s'); show(lambda: abs('s'))
