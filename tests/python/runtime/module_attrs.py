# Module attributes read straight from the module dict (the vm's fast path) and every case that
# must not be: dunders, module __getattr__, ModuleType subclasses with properties, missing names.
import math, os, types, sys
print(math.sqrt(16), math.pi, os.sep, math.__name__, types.ModuleType.__name__)
m = types.ModuleType("m")
m.x = 1
m.__getattr__ = lambda n: "fallback " + n
print(m.x, m.y, m.__dict__ is vars(m), m.__class__)
class Sub(types.ModuleType):
    @property
    def x(self):
        return "property wins"
s = Sub("s")
s.__dict__["x"] = "dict"
print(s.x)


try:
    math.nope
except AttributeError as e:
    print(e)
for i in range(3000):
    v = math.floor(i / 2)
print(v)
