# __contains__ fallbacks to __iter__ and __getitem__, __iter__ = None, __reversed__, __missing__, iteration protocol.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class ByIter:
    def __iter__(self):
        print("iter"); return iter([1, 2, 3])
class ByGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class ByContains:
    def __contains__(self, x): return x == "yes"
class ContainsTruthy:
    def __contains__(self, x): return [1]
t(lambda: (2 in ByIter(), 5 in ByIter()))
t(lambda: (10 in ByGetitem(), 11 not in ByGetitem()))
t(lambda: ("yes" in ByContains(), "no" in ByContains()))
t(lambda: 1 in ContainsTruthy())
t(lambda: 1 in object())
t(lambda: 1 in 5)
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
t(lambda: iter(IterNone()))
t(lambda: 1 in IterNone())
t(lambda: list(IterNone()))
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
t(lambda: 1 in ContainsNone())
class GetitemOnly:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
t(lambda: list(GetitemOnly()))
class GetitemKey:
    def __getitem__(self, k): raise KeyError(k)
t(lambda: list(GetitemKey()))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: [x for x in BadIter()])
class NoNext:
    def __iter__(self): return self
t(lambda: iter(NoNext()))
t(lambda: next(5))
t(lambda: next(iter([]), "default"))
t(lambda: next(iter([])))
class Rev:
    def __reversed__(self): return iter("cba")
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
t(lambda: list(reversed(Rev())))
t(lambda: list(reversed(RevSeq())))
t(lambda: reversed(RevNone()))
t(lambda: reversed(ByIter()))
t(lambda: reversed({1: 2}).__class__.__name__)
t(lambda: list(reversed(range(3))))
t(lambda: reversed(5))
class D(dict):
    def __missing__(self, k):
        print("missing", k); return k * 2
d = D(a=1)
t(lambda: (d["a"], d["bb"], d.get("cc"), "bb" in d))
class DNoMissing(dict): pass
t(lambda: DNoMissing()["x"])
class DMissingRaises(dict):
    def __missing__(self, k): raise LookupError("custom " + k)
t(lambda: DMissingRaises()["q"])
import collections
dd = collections.defaultdict(list); dd["k"].append(1)
t(lambda: (dict(dd), dd.default_factory))
t(lambda: collections.defaultdict(None)["z"])
class LenOnly:
    def __len__(self): return 2
t(lambda: list(LenOnly()))
t(lambda: len(iter([1, 2])) if False else iter([1, 2]).__length_hint__())
import operator
t(lambda: operator.length_hint(ByGetitem(), 7))
class Hint:
    def __length_hint__(self): return 4
t(lambda: operator.length_hint(Hint()))
class BadHint:
    def __length_hint__(self): return -1
t(lambda: operator.length_hint(BadHint()))
