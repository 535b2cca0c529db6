# __getattribute__, __getattr__, __setattr__, __delattr__ and their interplay with object's defaults.
class Log:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, n, v):
        self.log.append(("set", n)); object.__setattr__(self, n, v)
    def __delattr__(self, n):
        self.log.append(("del", n)); object.__delattr__(self, n)
l = Log(); l.a = 1; del l.a; print(l.log)
try:
    del l.nope
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, p.__class__.__name__)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class GA:
    def __getattribute__(self, n):
        if n == "boom": raise KeyError("not attr error")
        if n == "miss": raise AttributeError("miss!")
        return 42
    def __getattr__(self, n): return "fallback"
ga = GA()
print(ga.anything, ga.miss, getattr(ga, "miss"), hasattr(ga, "miss"))
try:
    ga.boom
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(ga, "boom")
except KeyError as e:
    print("hasattr propagates", e)
print(getattr(ga, "miss", "default"))
class NoFallback:
    def __getattribute__(self, n): raise AttributeError(n)
print(getattr(NoFallback(), "q", "dflt"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
t(lambda: setattr(1, "real", 2))
t(lambda: setattr(int, "x", 1))
t(lambda: delattr(int, "real"))
t(lambda: setattr(list, "append", None))
t(lambda: getattr(1, 2))
t(lambda: setattr(Log(), 1, 2))
t(lambda: object.__getattribute__(1, "real"))
t(lambda: object.__setattr__(int, "y", 1))
t(lambda: type.__setattr__(Log, "cls_attr", 1) or Log.cls_attr)
t(lambda: object.__setattr__(Log, "z", 1))
t(lambda: getattr(type, "__abstractmethods__"))
class WithDict: pass
w = WithDict()
w.__dict__ = {"k": 1}; print(w.k)
t(lambda: setattr(w, "__dict__", 5))
t(lambda: delattr(w, "__dict__") or w.__dict__)
t(lambda: setattr(w, "__class__", Log) or type(w).__name__)
t(lambda: setattr(w, "__class__", int))
t(lambda: setattr(1, "__class__", bool))
