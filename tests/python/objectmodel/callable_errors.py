# Calling things: non-callables' messages, callable(), __call__ lookups, calling classes and bound methods with bad args.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
values = [1, "s", None, [1], (1,), {1: 2}, {1}, 1.5, b"b", object(), NotImplemented, ...]
for v in values:
    t(lambda: v())
class C:
    def m(self): return "m"
t(lambda: C.m())
t(lambda: C().m(1))
t(lambda: C.m(1))
t(lambda: C()(1))
t(lambda: int.from_bytes())
t(lambda: [].append())
t(lambda: {}.get())
t(lambda: "".join())
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: isinstance(1))
t(lambda: print(end=1))
t(lambda: (lambda: 0)(**{"a": 1}))
t(lambda: (lambda a: 0)(b=1))
t(lambda: (lambda a, b: 0)(1))
t(lambda: (lambda a, b, c: 0)(1))
t(lambda: (lambda *, k: 0)())
t(lambda: (lambda *, k, j: 0)())
t(lambda: (lambda a, /: 0)(a=1))
t(lambda: dict(1))
t(lambda: list(1, 2))
t(lambda: int(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: object.__new__(C, 1))
print(callable(C), callable(C()), callable(C.m), callable(C().m), callable(print), callable(type), callable(t))
