# MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, star patterns, **rest, value patterns, or-patterns, guards, captures.
import collections, collections.abc
class Color:
    RED = "red"
    BLUE = "blue"
def m(v):
    match v:
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts with 1 then {rest}"
        case [*init, "end"]: return f"ends; init={init}"
        case [a, *_, b] if a == b: return f"same ends {a}"
        case (a, b, c): return f"triple {a} {b} {c}"
        case {"type": "pt", "x": x, **rest}: return f"pt {x} rest={rest}"
        case {"k": [_, {"deep": d}]}: return f"deep {d}"
        case {}: return f"mapping {len(v)}"
        case Color.RED | Color.BLUE as c: return f"color {c}"
        case "a" | "b" | ("c" | "d"): return "letter"
        case 1 | 2.0 | 3j | True: return "number-ish"
        case None: return "none"
        case -5: return "minus five"
        case 1 + 2j: return "complex literal"
        case str(s) if len(s) > 3: return "long str"
        case _: return "fallthrough"
cases = [[], [9], (1, 2, 3, 4), ["x", "end"], [7, 0, 7, 0, 7], (4, 5, 6), "abc", b"ab", bytearray(b"x"),
         {"type": "pt", "x": 1, "y": 2}, {"k": [0, {"deep": "yes"}]}, {"z": 1}, collections.OrderedDict(a=1),
         "red", "blue", "c", 1, 2.0, 3j, True, 2, None, -5, 1 + 2j, "longer", range(2), iter([1]),
         collections.deque([1, 2]), memoryview(b"ab"), {1, 2}, frozenset()]
for c in cases:
    print(type(c).__name__, "->", m(c))
class Seq(collections.abc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(m(Seq()))
class Map(collections.abc.Mapping):
    def __init__(self): self.d = {"type": "pt", "x": 42}
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
print(m(Map()))
class DD(dict):
    def __missing__(self, k): print("missing called"); return 0
print(m(DD(z=1)))
class Reg:
    def __len__(self): return 1
    def __getitem__(self, i): return "r"
print(m(Reg()))
collections.abc.Sequence.register(Reg)
print(isinstance(Reg(), collections.abc.Sequence))
def keydup(v):
    try:
        exec("match v:\n    case {'a': 1, **rest}: print(rest)", {"v": v})
    except Exception as e:
        print(type(e).__name__ + ":", e)
keydup({"a": 1, "b": 2})
try:
    exec("k = 'a'\nclass N: k = 'a'\nmatch {'a': 1}:\n    case {N.k: 1, N.k: 2}: pass")
except Exception as e:
    print(type(e).__name__ + ":", e)
match [1, [2, 3]]:
    case [a, [b, *c]] as whole:
        print(a, b, c, whole)
match (1, 2):
    case (1, x) | (x, 1):
        print("or-capture", x)
x = 0
match 5:
    case x:
        print("irrefutable capture", x)
n = 0
match (n := 3):
    case 3 if (n := n + 1): print("guard walrus", n)
match {"a": 1}:
    case {"a": 1, "b": _}: print("no")
    case {"a": _}: print("key only")
