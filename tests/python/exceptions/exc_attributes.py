# Class-specific attributes: StopIteration.value, SystemExit.code, KeyError's str,
# ImportError name/path/msg, NameError/AttributeError name/obj.
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e.value = 5
print(e.value, e.args)
for a in [(), (3,), (3, 4), ("bye",), (None,)]:
    s = SystemExit(*a)
    print(repr(s.code), s.args, repr(str(s)))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(KeyError("")), repr(KeyError("k")))
print(str(KeyError(KeyError("x"))))
ie = ImportError("no module", name="m", path="/p")
print(ie.name, ie.path, ie.msg, ie.args, str(ie), repr(ie))
ie = ImportError()
print(ie.name, ie.path, ie.msg, ie.args, repr(str(ie)))
ie = ImportError("a", "b")
print(ie.msg, ie.args, str(ie))
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)
m = ModuleNotFoundError("No module named 'zz'", name="zz")
print(m.name, m.msg, str(m), repr(m))
try:
    import zz_not_a_module
except ModuleNotFoundError as x:
    print(type(x).__name__, x.name, x.path, x)
ne = NameError("n", name="q")
print(ne.name, ne.args, str(ne))
try:
    NameError("n", obj=1)
except TypeError as t:
    print(t)
try:
    undefined_name_here
except NameError as x:
    print(x.name, x)
ae = AttributeError("a", name="nm", obj=5)
print(ae.name, ae.obj, ae.args)
ae = AttributeError()
print(ae.name, ae.obj)
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as x:
    print(x.name, x.obj is c, x)
try:
    (1).nope
except AttributeError as x:
    print(x.name, x.obj, x)
try:
    AttributeError("x", nme=1)
except TypeError as t:
    print(t)
ie = ImportError("m")
ie.name = "changed"
ie.msg = "other"
print(ie.name, str(ie), ie.args)
