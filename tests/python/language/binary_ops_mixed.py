# Binary operators on mixed builtin types, with CPython's results and TypeErrors.
import operator

def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [3, -7, 2.5, True, 1 + 2j, "ab", b"xy", [1], (2,), None, {1}, frozenset({2})]
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
       operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_,
       operator.or_, operator.xor, operator.matmul]
for op in ops:
    print("--", op.__name__)
    for a in vals:
        for b in vals:
            t(lambda: op(a, b))
