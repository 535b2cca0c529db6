# Standard-library classes built on the object model: enum, namedtuple, total_ordering, cached_property, singledispatch.
import enum, functools, collections
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.ALIAS is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color), type(Color).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), Perm(6))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto])
class Shape(enum.IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE + 1, Shape.SQUARE == 2, sorted([Shape.SQUARE, Shape.CIRCLE]))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green matched")
Point = collections.namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._field_defaults)
x, y = p
print(x, y, p == (1, 0), isinstance(p, tuple))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), sorted([Ver(3), Ver(1)], key=lambda v: v)[0].n)
class Lazy:
    calls = 0
    @functools.cached_property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls, "value" in vars(lz))
@functools.singledispatch
def describe(x): return "object"
@describe.register
def _(x: int): return "int"
@describe.register(list)
def _(x): return "list"
print(describe(1), describe([]), describe("s"), describe(True))
class Base:
    @functools.wraps(describe)
    def wrapped(self): pass
print(Base.wrapped.__name__, Base.wrapped.__wrapped__ is describe)
part = functools.partial(int, base=2)
print(part("101"), part.func is int, part.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
