# Import forms: import a.b as c, from-import, IMPORT_STAR with __all__ and underscores, IMPORT_FROM errors.
import os.path as osp
import collections.abc
print(osp.__name__, collections.abc.__name__)
from os import path as p2, sep
print(p2 is osp, sep)
def t(src):
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "name", None))
t("from os import nope")
t("from string import (ascii_letters, nope2)")
t("import nonexistent_module_xyz")
t("from nonexistent_module_xyz import a")
t("import os.nonexistent_sub")
t("from . import x")
t("from .. import y")
t("__import__('')")
t("__import__(5)")
t("from string import *; print(sorted(k for k in dir() if not k.startswith('__'))[:5])")
import types, sys
m = types.ModuleType("mstar")
m.__all__ = ["a", "_b"]
m.a = 1; m._b = 2; m.c = 3
sys.modules["mstar"] = m
ns = {}
exec("from mstar import *", ns); print(sorted(k for k in ns if k != "__builtins__"))
m2 = types.ModuleType("mstar2"); m2.x = 1; m2._y = 2; sys.modules["mstar2"] = m2
ns = {}
exec("from mstar2 import *", ns); print(sorted(k for k in ns if k != "__builtins__"))
m3 = types.ModuleType("mstar3"); m3.__all__ = ["missing"]; sys.modules["mstar3"] = m3
t("from mstar3 import *")
m4 = types.ModuleType("mstar4"); m4.__all__ = [1]; sys.modules["mstar4"] = m4
t("from mstar4 import *")
m5 = types.ModuleType("mstar5"); m5.__dict__["__all__"] = ("q",); m5.q = 5; sys.modules["mstar5"] = m5
t("from mstar5 import *; print(q)")
t("def f():\n from os import *")
m6 = types.ModuleType("m6"); sys.modules["m6"] = m6
t("from m6 import zz")
del m6.__name__
t("from m6 import zz")
class Lazy(types.ModuleType):
    def __getattr__(self, n): return "lazy-" + n
sys.modules["lazy"] = Lazy("lazy")
from lazy import anything
print(anything)
print(__import__("os.path", fromlist=["x"]) is osp, __import__("os.path") is __import__("os"))
