# __index__ users: range, slicing, bin/hex/oct, operator.index, sequence repeat, int(), list indexing; errors.
import operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(range(I(3))))
t(lambda: range(I(1), I(10), I(3))[I(1)])
t(lambda: [10, 20, 30][I(1)])
t(lambda: "abcd"[I(1):I(3)])
t(lambda: (bin(I(5)), hex(I(255)), oct(I(8))))
t(lambda: operator.index(I(7)))
t(lambda: [0] * I(3))
t(lambda: I(2) * "ab")
t(lambda: int(I(9)))
t(lambda: float(I(9)))
t(lambda: complex(I(2)))
t(lambda: round(2.5, I(0)))
t(lambda: chr(I(65)))
t(lambda: bytes(I(3)))
t(lambda: "ab".center(I(6), "*"))
t(lambda: [1, 2, 3].pop(I(0)))
t(lambda: operator.index(1.5))
t(lambda: operator.index("1"))
t(lambda: operator.index(I("x")))
t(lambda: operator.index(I(2.0)))
t(lambda: [1][I(1.0)])
t(lambda: range(1.5))
t(lambda: bin(1.0))
t(lambda: hex("a"))
t(lambda: [1, 2]["0"])
t(lambda: "s" * 1.5)
class IntSub(int): pass
class RetSub:
    def __index__(self): return IntSub(3)
t(lambda: (operator.index(RetSub()), type(operator.index(RetSub())).__name__))
t(lambda: operator.index(True))
t(lambda: type(operator.index(True)).__name__)
class Big:
    def __index__(self): return 2 ** 100
t(lambda: [1][Big()])
t(lambda: range(Big())[-1] == 2 ** 100 - 1)
t(lambda: len(range(Big())))
t(lambda: "ab" * Big())
class IntAndIndex:
    def __int__(self): return 1
    def __index__(self): return 2
t(lambda: (int(IntAndIndex()), operator.index(IntAndIndex()), [0, 1, 2][IntAndIndex()]))
class OnlyInt:
    def __int__(self): return 3
t(lambda: [0, 1, 2, 3][OnlyInt()])
t(lambda: int(OnlyInt()))
t(lambda: range(OnlyInt()))
class OnlyTrunc:
    def __trunc__(self): return 4
t(lambda: int(OnlyTrunc()))
t(lambda: I(3).__index__())
t(lambda: slice(I(1), I(5), I(2)).indices(10))
t(lambda: f"{I(3):x}")
t(lambda: format(I(3), "b"))
