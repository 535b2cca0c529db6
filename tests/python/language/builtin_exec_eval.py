# exec/eval with globals and locals mappings, custom mapping classes as locals, globals(), locals(), vars().
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
g = {"a": 1}
print(eval("a + 1", g), "__builtins__" in g)
l = {"b": 2}
print(eval("a + b", g, l))
exec("c = a * 10", g, l); print(l["c"], "c" in g)
class Logging(dict):
    def __getitem__(self, k):
        print("getitem", k); return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v); super().__setitem__(k, v)
    def __missing__(self, k):
        print("missing", k); raise KeyError(k)
loc = Logging(x=5)
exec("y = x + 1\nz = len([y])", {}, loc)
print(sorted(loc.items()))
class Mapping:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
    def __setitem__(self, k, v): print("store", k, v)
print(eval("magic + 1", {}, Mapping()))
exec("q = magic", {}, Mapping())
t(lambda: eval("undefined_name", {}, Mapping()))
t(lambda: eval("1", {}, 5))
t(lambda: eval("1", []))
t(lambda: eval("1", Logging()))
t(lambda: exec("1", None, []))
t(lambda: eval(5))
t(lambda: eval("1 +"))
t(lambda: exec("return 1"))
t(lambda: eval("x = 1"))
t(lambda: eval(b"1 + 2"))
t(lambda: eval("  3 * 3  \n"))
t(lambda: eval(compile("4", "<x>", "eval")))
t(lambda: exec(compile("p = 1", "<x>", "exec"), d := {}) or d["p"])
t(lambda: eval(compile("1", "<x>", "exec")))
t(lambda: exec("import sys; r = sys.__name__", d2 := {}) or d2["r"])
t(lambda: eval("__name__", {}))
t(lambda: eval("__name__", {"__builtins__": {}}))
t(lambda: eval("len", {"__builtins__": {"len": "fake"}}))
t(lambda: eval("len([])", {"__builtins__": {}}))
t(lambda: exec("def f(): return w\nw = 3\nres = f()", d3 := {}) or d3["res"])
t(lambda: exec("class K: v = 7\nres = K.v", d4 := {}) or d4["res"])
def uses_locals():
    x = 1
    y = [2]
    d = locals()
    z = 3
    return sorted(d), sorted(locals())
print(uses_locals())
def exec_in_function():
    exec("inner = 5")
    return "inner" in locals(), locals().get("inner")
print(exec_in_function())
print(globals() is vars(), type(globals()).__name__, "__name__" in globals())
class Ns:
    a = 1
    print("class locals:", sorted(k for k in locals() if not k.startswith("__")), "a" in vars())
import sys
m = type(sys)("fake")
m.attr = 1
print(vars(m)["attr"], eval("attr", vars(m)))
t(lambda: eval("(lambda: outer_free)()", {"outer_free": "via globals"}))
t(lambda: exec("x = 1\ndef f(): return x\nprint(f())", {}, {}))
print(eval("[k for k in range(2)]", {}, {"range": None}) if False else eval("[k for k in range(2)]"))
