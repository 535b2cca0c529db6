# Subclasses of builtin types: which overrides the builtins honour, result types, and constructor paths.
class MyList(list):
    def __getitem__(self, i):
        print("MyList.__getitem__", i); return super().__getitem__(i)
    def __iter__(self):
        print("MyList.__iter__"); return super().__iter__()
    def __len__(self):
        print("MyList.__len__"); return super().__len__()
ml = MyList([3, 1, 2])
print(ml[0])
print(list(ml))
print(sorted(ml))
print(ml + [9], type(ml + [9]).__name__, type(ml[:1]).__name__, type(ml * 2).__name__, type(ml.copy()).__name__)
a, b, c = ml
print(a, b, c)
print(len(ml), bool(ml))
class MyDict(dict):
    def __getitem__(self, k):
        print("MyDict.__getitem__", k); return super().__getitem__(k)
    def keys(self):
        print("MyDict.keys"); return super().keys()
md = MyDict(a=1)
print(md["a"], md.get("a"), dict(md), {**md}, list(md))
def f(**kw): return kw
print(f(**md))
class MyStr(str):
    def __str__(self): return "MyStr.__str__"
    def __repr__(self): return "MyStr.__repr__"
    def upper(self): return "overridden upper"
ms = MyStr("abc")
print(ms, str(ms), repr(ms), f"{ms}", "%s" % ms, ms.upper(), ms + "d", type(ms + "d").__name__, type(ms[0]).__name__)
print("".join([ms]), type("".join([ms])).__name__, "{}".format(ms), format(ms), ms == "abc", hash(ms) == hash("abc"))
class MyInt(int):
    def __add__(self, o): return "MyInt.__add__"
    def __repr__(self): return "MyInt!"
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, sum([mi, 1]), mi, str(mi), f"{mi}", "%d" % mi, [mi])
print(int(mi), type(int(mi)).__name__, range(mi), [0] * MyInt(2), hex(mi), mi.real, type(mi.real).__name__)
class MyFloat(float):
    pass
mf = MyFloat(1.5)
print(mf, repr(mf), type(mf + 1).__name__, round(mf), type(abs(mf)).__name__, mf.is_integer())
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
mt = MyTuple(1, 2)
print(mt, type(mt).__name__, mt + (3,), type(mt[:]).__name__, len(mt))
class MySet(set): pass
s = MySet([1, 2])
print(type(s | {3}).__name__, type(s.copy()).__name__, type(s - {1}).__name__, s == {1, 2})
class MyBytes(bytes): pass
mb = MyBytes(b"ab")
print(mb, type(mb[:1]).__name__, type(mb + b"c").__name__, mb.decode())
class InitList(list):
    def __init__(self, *a):
        print("InitList.__init__", a); super().__init__(*a)
il = InitList("xy")
print(il, type(il.__class__([1])).__name__)
class Bool2(int):
    def __bool__(self): return False
print(bool(Bool2(1)), not Bool2(1), Bool2(1) or "fallback")
