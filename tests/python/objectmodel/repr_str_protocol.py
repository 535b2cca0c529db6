# repr/str protocols: self-referencing containers, str of containers uses repr of items, __repr__ errors and types.
l = [1]; l.append(l)
d = {"k": 1}; d["self"] = d
print(l, d, repr(l), str(d))
t1 = ([],); t1[0].append(t1)
print(t1)
class R:
    def __repr__(self): return "R-repr"
    def __str__(self): return "R-str"
print([R()], (R(),), {R(): R()} if False else {1: R()}, {R()} if False else "", str([R()]), f"{[R()]}")
class OnlyStr:
    def __str__(self): return "only-str"
print(str(OnlyStr()), repr(OnlyStr())[:10], [OnlyStr()][0].__repr__()[:10])
class OnlyRepr:
    def __repr__(self): return "only-repr"
print(str(OnlyRepr()), format(OnlyRepr()), "%s|%r" % (OnlyRepr(), OnlyRepr()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class ReprInt:
    def __repr__(self): return 1
t(lambda: repr(ReprInt()))
t(lambda: str(ReprInt()))
t(lambda: [ReprInt()].__repr__())
class ReprRaises:
    def __repr__(self): raise ValueError("repr failed")
t(lambda: repr([ReprRaises()]))
t(lambda: "%r" % (ReprRaises(),))
class StrSub(str):
    pass
class ReprStrSub:
    def __repr__(self): return StrSub("sub")
t(lambda: (repr(ReprStrSub()), type(repr(ReprStrSub())).__name__))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\x00\x7f\u200b"), repr("é"), ascii("é"))
print(repr(b"it's"), repr(b'"'), repr(b"\x00\xff"), repr(bytearray(b"a")), repr(memoryview(b"")).startswith("<memory"))
print(repr(1.0), repr([1.0, -0.0]), repr({1: None}), repr(set()), repr(frozenset()), repr(()), repr((1,)), repr({}))
print(repr(range(0)), repr(range(1, 5, 2)), repr(slice(None)), repr(...), repr(NotImplemented), repr(type(None)))
import collections
od = collections.OrderedDict(a=1); od["self"] = od
print(od)
dq = collections.deque([1]); dq.append(dq)
print(dq)
