# More pattern matching: literal patterns and their equality/identity rules, nested captures, wildcard rules, errors.
def m(v):
    match v:
        case True: return "True (identity)"
        case False: return "False (identity)"
        case 0: return "zero (equality)"
        case "": return "empty str"
        case b"": return "empty bytes"
        case -1.5: return "neg float"
        case (1, 2) | [3, 4]: return "pair"
        case [_, _, *_]: return "len>=2 seq"
        case _: return "other"
for v in [True, 1, 0, 0.0, False, "", b"", -1.5, (1, 2), [3, 4], [5, 6, 7], "ab", (9,), 1.0]:
    print(repr(v), "->", m(v))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called with", o); return True
def n(v):
    match v:
        case 5: return "five"
        case _: return "no"
print(n(Eq()))
class C:
    CONST = 3
def dotted(v):
    match v:
        case C.CONST: return "const"
        case _: return "other"
print(dotted(3), dotted(3.0), dotted(4))
def nested(v):
    match v:
        case {"a": [1, {"b": (x, *rest)}]} if rest: return ("deep", x, rest)
        case {"a": [1, {"b": (x, *rest)}]}: return ("deep-no-rest", x)
        case [("x" | "y") as tag, int(n)]: return ("tagged", tag, n)
        case _: return None
print(nested({"a": [1, {"b": (5, 6, 7)}]}), nested({"a": [1, {"b": [5]}]}), nested(["y", 3]), nested(["z", 3]))
def t(src):
    try:
        exec(compile(src, "<m>", "exec"), {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("match 1:\n    case x:\n        pass\n    case 1:\n        pass")
t("match 1:\n    case _:\n        pass\n    case 1:\n        pass")
t("match 1:\n    case x | y:\n        pass")
t("match 1:\n    case [x, x]:\n        pass")
t("match 1:\n    case {'a': x, 'b': x}:\n        pass")
t("match 1:\n    case 1 | x:\n        pass")
t("match 1:\n    case [*a, *b]:\n        pass")
t("match 1:\n    case {**rest, 'a': 1}:\n        pass")
t("match 1:\n    case f(x):\n        pass")
t("match 1:\n    case (1 as a) | (2 as b):\n        pass")
t("match {'a': 1}:\n    case {'a': 1, **_}:\n        pass")
t("match 5:\n    case int(x=1):\n        print('never')\n    case _:\n        print('int has no x: no match, no error')")
t("match [1, 2]:\n    case [1, *_, 2, 3]:\n        print('no')\n    case [*_, 2]:\n        print('ends with 2')")
t("x = 5\nmatch 5:\n    case x if x > 3:\n        print('guard ok', x)")
t("match 'abc':\n    case [*chars]:\n        print('str is not a sequence for match')\n    case str():\n        print('str matched as str')")
t("import collections\nmatch collections.deque([1, 2]):\n    case [a, b]:\n        print('deque is a sequence', a, b)")
t("match range(3):\n    case [0, *r]:\n        print('range', r)")
t("match {'k': None}:\n    case {'k': None}:\n        print('None value matched')")
t("match {}:\n    case {'k': None}:\n        print('no')\n    case _:\n        print('missing key does not match None')")
