# Pattern matching on classes: MATCH_CLASS with __match_args__, keyword patterns, builtin self-matching, errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case P3(x, y, z=0): return f"flat3 {x} {y}"
        case Point(x, 0): return f"on x axis at {x}"
        case Point(x=0, y=yy): return f"on y axis at {yy}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return "somewhere"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"string {s}"
        case _: return "other"
for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), P3(1, 2, 0), 7, 2.5, "s", None]:
    print(where(v))
def t(v, src):
    try:
        exec(src, {"v": v, "Point": Point, "P3": P3})
    except Exception as e:
        print(type(e).__name__ + ":", e)
body = "match v:\n    case {}:\n        print('matched')\n    case _:\n        print('no match')"
t(Point(1, 2), body.format("Point(1, 2, 3)"))
class NoArgs:
    pass
t(NoArgs(), body.format("NoArgs(1)").replace("'matched'", "'m'") if False else None)
t(NoArgs(), "class NoArgs: pass\n" + body.format("NoArgs(1)"))
t(Point(1, 2), body.format("Point(1, x=1)"))
t(1, body.format("int(1, 2)"))
t(1, body.format("1 .__class__()"))
t(Point(1, 2), "class Bad:\n    __match_args__ = ['x']\n" + body.format("Bad(1)"))
t(Point(1, 2), "class Bad(Point):\n    __match_args__ = ['x']\n" + body.format("Bad(1)"))
t(Point(1, 2), "class Bad(Point):\n    __match_args__ = (1,)\n" + body.format("Bad(1)"))
t(Point(1, 2), "Point.__match_args__ = (1,)\n" + body.format("Point(1)"))
Point.__match_args__ = ("x", "y")
t(Point(1, 2), body.format("len(1)"))
t(Point(1, 2), "q = 5\n" + body.format("q()"))
t(Point(1, 2), body.format("Point(y=2, x=1)"))
t(Point(1, 2), body.format("Point(x=1, zz=3)"))
t(5, body.format("bool()"))
t(True, body.format("int(True)"))
t(b"x", body.format("bytes(b'x')"))
t([1], body.format("list([1])"))
t({1: 2}, body.format("dict({1: 2})"))
class Prop:
    __match_args__ = ("val",)
    @property
    def val(self):
        print("getter"); return 9
t(Prop(), "class Prop:\n    __match_args__ = ('val',)\n    @property\n    def val(self):\n        print('getter'); return 9\n" + body.format("Prop(9)"))
class Raises:
    @property
    def a(self): raise ValueError("from getter")
t(Raises(), "class Raises:\n    @property\n    def a(self): raise ValueError('from getter')\n" + body.format("Raises(a=1)"))
