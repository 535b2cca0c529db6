# copy.copy/deepcopy through __reduce_ex__, __copy__, __deepcopy__, __getstate__/__setstate__, __getnewargs__.
import copy
class Plain:
    def __init__(self): self.items = [1, [2]]
p = Plain()
c = copy.copy(p); d = copy.deepcopy(p)
print(c.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items == p.items, type(d).__name__)
class Custom:
    def __copy__(self): print("__copy__"); return "shallow"
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
class State:
    def __init__(self): self.a = 1; self.secret = "s"
    def __getstate__(self):
        print("getstate"); return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st); self.__dict__.update(st)
s2 = copy.deepcopy(State())
print(vars(s2))
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
sc = copy.copy(Slotted())
print(sc.x, hasattr(sc, "y"))
class WithNew:
    def __new__(cls, n):
        print("__new__", n); obj = super().__new__(cls); obj.n = n; return obj
    def __getnewargs__(self): return (self.n,)
w = copy.copy(WithNew(5))
print(w.n)
class Reduce:
    def __reduce__(self): return (Reduce.rebuild, ("arg",))
    @staticmethod
    def rebuild(a): print("rebuild", a); return "rebuilt"
print(copy.copy(Reduce()))
rec = []
rec.append(rec)
dr = copy.deepcopy(rec)
print(dr[0] is dr, dr is not rec)
print(copy.copy([1, 2]), copy.copy({"a": 1}), copy.deepcopy((1, [2])), copy.copy(5), copy.deepcopy("s"))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [])) is t)
print(object().__reduce_ex__(2)[0].__name__, Plain().__reduce_ex__(2)[1][0].__name__)
class SubList(list):
    pass
sl = SubList([1, 2]); sl.attr = "a"
csl = copy.copy(sl)
print(type(csl).__name__, csl, csl.attr)
class SubDict(dict): pass
sd = copy.deepcopy(SubDict(a=[1]))
print(type(sd).__name__, sd)
