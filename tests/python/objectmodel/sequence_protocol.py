# Sequence protocol on user types: __getitem__/__setitem__/__delitem__ with slices, __len__-driven negative indices, sq_* fallbacks.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self): self.data = list(range(5))
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v); self.data[k] = v
    def __delitem__(self, k):
        print("delitem", k); del self.data[k]
s = Seq()
t(lambda: s[-1])
t(lambda: s[1:-1])
t(lambda: s[::-2])
s[0:2] = [9]
del s[-1:]
t(lambda: s.data)
t(lambda: s[10])
t(lambda: list(reversed(s)))
t(lambda: 4 in s)
t(lambda: s + [1])
t(lambda: s * 2)
t(lambda: sorted(s))
t(lambda: sum(s))
t(lambda: max(s))
t(lambda: tuple(s))
t(lambda: [*s])
class NoLen:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
t(lambda: list(reversed(NoLen())))
t(lambda: len(NoLen()))
t(lambda: NoLen()[-1])
class DictLike:
    def __getitem__(self, k): return k.upper()
    def keys(self): return ["a", "b"]
t(lambda: dict(DictLike()))
t(lambda: dict(**DictLike()))
t(lambda: {}.update(DictLike()) or "updated")
t(lambda: "%(a)s-%(b)s" % DictLike())
t(lambda: "{a}".format_map(DictLike()))
t(lambda: list(DictLike()))
