# bool(): truth of every builtin type, __bool__/__len__ rules and errors, bool's arithmetic and its type rules
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

vals = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', ' ', '0', b'', b'\x00', bytearray(), [], [0], (), (None,),
        {}, {0: 0}, set(), frozenset({0}), range(0), range(1), None, Ellipsis, NotImplemented if False else 2**100, memoryview(b'')]
print([bool(v) for v in vals])
print(bool(), bool(x=1) if False else bool(1), type(bool()), bool(True) is True, bool(bool))
show(bool, 1, 2); show(bool, x=1); show(bool, object=1)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Empty: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Empty()))
show(bool, B(1)); show(bool, B(None)); show(bool, B('yes')); show(bool, L(-1)); show(bool, L(2**100)); show(bool, L('x'))
show(bool, L(1.5))
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
show(bool, IdxLen())
class BoolNone:
    __bool__ = None
show(bool, BoolNone())
class Raises:
    def __bool__(self): raise KeyError('nope')
show(bool, Raises())
print(not Raises.__name__, not L(0), not B(True))
show(lambda: not B(3))
print(True + True, True * 10, True / 2, True // 2, True - False, -True, +True, ~True, ~False, True ** 10, 7 % True)
print(True & True, True | False, True ^ True, True & 3, False | 4, True << 3, True >> 1, type(True & True), type(True & 1))
print(True == 1, True == 1.0, True is 1 == 1, hash(True), True < 2, False < True, sorted([True, 0, -1, False, 2]))
print(repr(True), str(False), f'{True}', f'{True:d}', f'{True:>6}', format(False, 'x'), '%d %s %r' % (True, True, False))
print(int(True), float(False), complex(True), True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(True.bit_length(), True.bit_count(), True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__base__, type(True).__name__)
show(type, 'MyBool', (bool,), {})
print(True.__and__(1), True.__or__(False), True.__xor__(2), True.__rand__(False), (True).__eq__(1))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0}, [1, True].count(True), [True, 1].index(1))
print(max(True, False), sum([True] * 7), divmod(True, True), pow(True, -1), abs(False), round(True), True.__index__())
print(str(True and 'x'), str(False or 'y'), str(True and 0), [] or {} or 'last', 0 and 1 / 0, 1 or 1 / 0)
