# Truth testing: __bool__ then __len__, and their error messages.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class Both:
    def __bool__(self): print("bool first"); return True
    def __len__(self): print("len"); return 0
class Nothing: pass
t(lambda: bool(B(True)))
t(lambda: bool(B(0)))
t(lambda: bool(B("yes")))
t(lambda: bool(L(0)))
t(lambda: bool(L(3)))
t(lambda: bool(L(-1)))
t(lambda: bool(L(2 ** 63)))
t(lambda: bool(L("3")))
t(lambda: bool(L(True)))
t(lambda: bool(Both()))
t(lambda: bool(Nothing()))
t(lambda: "yes" if B(1) else "no")
t(lambda: not B(None))
t(lambda: B(False) or "or-value")
t(lambda: L(2) and "and-value")
t(lambda: len(L(-5)))
t(lambda: len(Nothing()))
t(lambda: len(B(1)))
t(lambda: len(5))
class BoolNone:
    __bool__ = None
t(lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
t(lambda: bool(LenNone()))
t(lambda: len(LenNone()))
class Idx:
    def __index__(self): return 4
class LenIdx:
    def __len__(self): return Idx()
t(lambda: len(LenIdx()))
t(lambda: bool(LenIdx()))
class LenFloat:
    def __len__(self): return 1.0
t(lambda: len(LenFloat()))
class IntSub(int): pass
class LenSub:
    def __len__(self): return IntSub(7)
t(lambda: (len(LenSub()), type(len(LenSub())).__name__))
class Bint(int):
    def __bool__(self): return False
t(lambda: bool(Bint(5)))
print(bool(0.0), bool(-0.0), bool(0j), bool(""), bool(b""), bool(range(0)), bool([0]), bool(None), bool(...), bool(NotImplemented) if False else "")
t(lambda: [x for x in [B(1), B(0), L(1)] if x])
while L(0):
    print("never")
assert L(1)
t(lambda: all([B(1), L(2)]))
t(lambda: any([B(0), L(0)]))
