"""Writes tests/syntax/depth.tsv: for sources that nest an expression n deep in various
places, the smallest n at which CPython 3.11's parser gives up with MemoryError (pegen's
MAXSTACK), found by bisection. ParserDepthTest checks that Sanca's parser gives up at the
same n, no earlier and no later. Run with python3 (CPython 3.11) from the repository root:

    python3 tests/syntax/depth_generate.py
"""
import sys

# name, prefix, unit, middle, unit2, suffix: the source is prefix + unit*n + middle + unit2*n + suffix
PATTERNS = [
    ("assign", "x = ", "-", "1", "", "\n"),
    ("bare", "", "-", "1", "", "\n"),
    ("chained_assign", "x = y = ", "-", "1", "", "\n"),
    ("augassign", "x += ", "-", "1", "", "\n"),
    ("annassign", "x: int = ", "-", "1", "", "\n"),
    ("return", "def f():\n    return ", "-", "1", "", "\n"),
    ("if_body", "if x:\n    x = ", "-", "1", "", "\n"),
    ("if_if_body", "if x:\n  if y:\n    x = ", "-", "1", "", "\n"),
    ("if_condition", "if ", "-", "1: pass", "", "\n"),
    ("call", "f(", "-", "1)", "", "\n"),
    ("call_second", "f(a, ", "-", "1)", "", "\n"),
    ("kwarg", "f(a=", "-", "1)", "", "\n"),
    ("list", "[", "-", "1]", "", "\n"),
    ("tuple", "(", "-", "1, 2)", "", "\n"),
    ("paren", "(", "-", "1)", "", "\n"),
    ("subscript", "a[", "-", "1]", "", "\n"),
    ("dict", "{1: ", "-", "1}", "", "\n"),
    ("tuple_rhs", "x = 1, ", "-", "1", "", "\n"),
    ("lambda_default", "x = ", "lambda x=lambda: 1: ", "1", "", "\n"),
    ("power", "x = a", "**2", "", "", "\n"),
    ("if_else", "x = a", " if a else b", "", "", "\n"),
    ("lambda", "x = ", "lambda: ", "1", "", "\n"),
    ("not", "x = ", "not ", "1", "", "\n"),
    ("invert", "x = ", "~", "1", "", "\n"),
    ("neg_power", "x = ", "-a**", "1", "", "\n"),
    ("fstring", "x = f'{", "-", "1}'", "", "\n"),
    ("def_body", "def f():\n    ", "-", "1", "", "\n"),
    ("walrus", "(x := ", "-", "1)", "", "\n"),
    ("assert", "assert ", "-", "1", "", "\n"),
    ("for", "for x in ", "-", "1: pass", "", "\n"),
    ("while", "while ", "-", "1: pass", "", "\n"),
    ("with", "with ", "-", "1: pass", "", "\n"),
    ("decorator", "@", "-", "1\ndef f(): pass", "", "\n"),
    ("default", "def f(x=", "-", "1): pass", "", "\n"),
    ("class_body", "class C:\n    x = ", "-", "1", "", "\n"),
    ("listcomp", "[x for x in ", "-", "1]", "", "\n"),
    ("yield", "def f():\n    yield ", "-", "1", "", "\n"),
    ("del", "del x[", "-", "1]", "", "\n"),
    ("raise", "raise ", "-", "1", "", "\n"),
    ("slice", "a[1:", "-", "1]", "", "\n"),
    ("starred_arg", "f(*", "-", "1)", "", "\n"),
    ("match", "match ", "-", "1:\n    case 1: pass", "", "\n"),
    ("or", "x = a or ", "-", "1", "", "\n"),
    ("and_or", "x = a and b or c and ", "-", "1", "", "\n"),
    ("compare", "x = a < ", "-", "1", "", "\n"),
    ("compare_is_not", "x = a is not ", "-", "1", "", "\n"),
    ("sum", "x = a + ", "-", "1", "", "\n"),
    ("string", "x = ", "-", "'s'", "", "\n"),
    ("attribute", "x = ", "-", "a.b", "", "\n"),
    ("call_inner", "x = ", "-", "f(1)", "", "\n"),
    ("eval_mode_like_return", "return ", "-", "1", "", "\n"),
    ("semicolons", "pass; x = ", "-", "1", "", "\n"),
    ("global_then", "global x; x = ", "-", "1", "", "\n"),
    ("while_body", "while x:\n    x = ", "-", "1", "", "\n"),
    ("try_body", "try:\n    x = ", "-", "1\nexcept: pass", "", "\n"),
    ("with_body", "with a:\n    x = ", "-", "1", "", "\n"),
    ("elif", "if a: pass\nelif ", "-", "1: pass", "", "\n"),
    ("else_body", "if a: pass\nelse:\n    x = ", "-", "1", "", "\n"),
    ("set", "{", "-", "1}", "", "\n"),
    ("genexp", "(x for x in ", "-", "1)", "", "\n"),
    ("dictcomp", "{x: ", "-", "1 for x in y}", "", "\n"),
    ("star_expr", "x = *", "-", "1,", "", "\n"),
    ("yield_from", "def f():\n    yield from ", "-", "1", "", "\n"),
    ("kwarg_double_star", "f(**", "-", "1)", "", "\n"),
    ("import_then", "import a; x = ", "-", "1", "", "\n"),
    ("ternary_cond", "x = a if ", "-", "1 else b", "", "\n"),
    ("type_annotation", "def f(x: ", "-", "1): pass", "", "\n"),
    ("return_annotation", "def f() -> ", "-", "1: pass", "", "\n"),
    # invalid sources: the second pass, with the invalid_ rules, nests deeper
    ("invalid_tail", "x = ", "-", "1 1", "", "\n"),
    ("invalid_call_tail", "f(", "-", "1 1)", "", "\n"),
    ("invalid_missing_colon", "if ", "-", "1\n  pass", "", "\n"),
    ("invalid_assign_to_call", "f() = ", "-", "1", "", "\n"),
    ("invalid_if_else_tail", "x = a", " if a else b", " if", "", "\n"),
    ("invalid_lambda_tail", "x = ", "lambda: ", "1 1", "", "\n"),
    ("invalid_not_tail", "x = ", "not ", "1 1", "", "\n"),
    ("invalid_power_tail", "x = a", "**2", " 1", "", "\n"),
    ("invalid_list_tail", "[", "-", "1 1]", "", "\n"),
    ("invalid_def_tail", "def f(x=", "-", "1 1): pass", "", "\n"),
    ("invalid_kwarg_tail", "f(a=", "-", "1 1)", "", "\n"),
    ("invalid_return_tail", "def f():\n    return ", "-", "1 1", "", "\n"),
    ("invalid_dict_tail", "{1: ", "-", "1 1}", "", "\n"),
    ("invalid_string_tail", "x = ", "-", "'s' 1", "", "\n"),
    ("invalid_comparison_tail", "x = a < ", "-", "1 1", "", "\n"),
]


def source(p, n):
    _, prefix, unit, middle, unit2, suffix = p
    return prefix + unit * n + middle + unit2 * n + suffix


def outcome(src):
    try:
        compile(src, "<depth>", "exec", 1024, dont_inherit=True)
        return "OK"
    except SyntaxError as e:
        return type(e).__name__
    except MemoryError:
        return "MemoryError"


def threshold(p):
    lo, hi = 1, 7000
    while lo < hi:
        mid = (lo + hi) // 2
        if outcome(source(p, mid)) != "MemoryError":
            lo = mid + 1
        else:
            hi = mid
    return lo


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    sys.setrecursionlimit(100000)  # keep the AST conversion's own limit out of the way
    with open("tests/syntax/depth.tsv", "w") as f:
        f.write("# name\tprefix\tunit\tmiddle\tunit2\tsuffix\tn (first MemoryError)\toutcome at n-1\n")
        for p in PATTERNS:
            n = threshold(p)
            assert outcome(source(p, n)) == "MemoryError", p
            f.write("\t".join([p[0]] + [escape(x) for x in p[1:]] + [str(n), outcome(source(p, n - 1))]) + "\n")


if __name__ == "__main__":
    main()
