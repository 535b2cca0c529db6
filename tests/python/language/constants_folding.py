# Constant folding results behave as CPython's: folded tuples/strings, big results left unfolded, identity of constants.
def f1(): return (1, 2, 3)
print(f1() is f1(), f1.__code__.co_consts[-1] == (1, 2, 3))
def f2(): return "a" * 3, "ab" + "cd", -5, ~1, not True, 2 ** 8, (1, 2) + (3,)
print(f2(), f2.__code__.co_consts)
def f3(): return 2 ** 100
print(f3() == 2 ** 100, 2 ** 100 in f3.__code__.co_consts)
def f4(): return "x" * 5000
print(len(f4()), any(isinstance(c, str) and len(c) == 5000 for c in f4.__code__.co_consts))
def f5(): return 1 / 0 if False else "not folded"
print(f5())
def f6(): return [1, 2, 3]
print(f6() is f6(), f6.__code__.co_consts)
def f7(): return {1, 2}
print(f7.__code__.co_consts)
def f8(x): return x in [1, 2, 3], x in {4, 5}
print(f8(2), f8(5), f8.__code__.co_consts)
def f9(): return (1, [2])
print(f9() is f9())
def f10(): return 1 if True else 2
print(f10(), f10.__code__.co_consts)
def f11():
    if 0:
        return "dead"
    return "live"
print(f11(), "dead" in f11.__code__.co_consts)
def f12(): return -0.0, 0.0, -(0.0)
print(f12(), f12.__code__.co_consts)
def f13(): return __debug__
print(f13(), f13.__code__.co_consts)
def f14(): return "\N{LATIN SMALL LETTER A}" "b" f"c"
print(f14(), f14.__code__.co_consts)
def f15(): return (1, 2)[0], "abc"[1], b"xy"[0]
print(f15(), f15.__code__.co_consts)
def f16(): return 3 < 4, 1 == 1.0, None is None
print(f16(), f16.__code__.co_consts)
def f17(): return ((1, 2), (3, (4,)))
print(f17.__code__.co_consts)
def f18(): return 1 << 70, 10 ** 20
print(f18.__code__.co_consts)
def f19(): return 2 ** -1, 7 // 2, 7 % -3, 2.5 * 4
print(f19.__code__.co_consts)
