# Conversion dunders: __int__, __float__, __complex__, __index__, __str__, __repr__, __bytes__, __bool__ return checks.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Ret:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __str__(self): return self.v
    def __repr__(self): return self.v
    def __bytes__(self): return self.v
for v in [3, 2.5, "s", 1j, b"b", True, None]:
    print("--", repr(v))
    t(lambda: int(Ret(v)))
    t(lambda: float(Ret(v)))
    t(lambda: complex(Ret(v)))
    t(lambda: str(Ret(v)))
    t(lambda: repr(Ret(v)))
    t(lambda: bytes(Ret(v)))
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
t(lambda: int(Ret(IntSub(4))))
t(lambda: float(Ret(FloatSub(4.5))))
t(lambda: str(Ret(StrSub("x"))))
class OnlyIndex:
    def __index__(self): return 7
t(lambda: int(OnlyIndex()))
t(lambda: float(OnlyIndex()))
t(lambda: complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.25
t(lambda: int(OnlyFloat()))
t(lambda: complex(OnlyFloat()))
t(lambda: complex(OnlyFloat(), OnlyFloat()))
t(lambda: int(object()))
t(lambda: float(object()))
t(lambda: complex(object()))
t(lambda: complex("1+2j", 1))
t(lambda: complex(1j, 1j))
t(lambda: int("10", base=OnlyIndex()))
t(lambda: int(10, 2))
t(lambda: float("1_0.5"))
t(lambda: float("infinity"), )
t(lambda: float("-nan"))
t(lambda: int(" -0b11 ", 0))
t(lambda: int("08", 0))
t(lambda: bytes(3))
t(lambda: bytes([1, 2]))
t(lambda: bytes("é", "utf-8"))
t(lambda: bytes("é"))
t(lambda: bytes(-1))
t(lambda: str(b"x", "ascii"))
t(lambda: str(b"\xff", "utf-8", "replace"))
t(lambda: str(1, "utf-8"))
