# LOAD_GLOBAL/LOAD_NAME resolution: globals, builtins, shadowing, deleting, custom __builtins__, dict-subclass namespaces.
import builtins
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
len = lambda x: "shadowed len"
print(len([1]))
del len
print(len([1]))
builtins.my_builtin = "added to builtins"
print(my_builtin)
del builtins.my_builtin
t(lambda: my_builtin)
def uses_global(): return gv
gv = 1
print(uses_global())
gv = 2
print(uses_global())
del gv
t(uses_global)
saved = builtins.abs
builtins.abs = lambda x: "patched abs"
print(abs(-1))
builtins.abs = saved
print(abs(-1))
ns = {"__builtins__": {"print": lambda *a: saved("custom print")}}
t(lambda: exec("print('x')", ns))
ns2 = {"__builtins__": {}}
t(lambda: exec("len", ns2))
class G(dict):
    def __missing__(self, k): return "missing:" + k
t(lambda: exec("print(undefined_in_subclass)", G()))
class L(dict):
    def __getitem__(self, k):
        if k == "special": return "from L"
        return super().__getitem__(k)
t(lambda: exec("print(special)", {}, L()))
t(lambda: eval("special", {}, L()))
class Loc:
    def __getitem__(self, k):
        if k == "v": return "Loc value"
        raise KeyError(k)
t(lambda: exec("print(v)\nprint(len('abc'))", {}, Loc()))
t(lambda: exec("class K:\n    print(v)", {}, Loc()))
t(lambda: exec("def f():\n    return gg\ngg = 'late global'\nprint(f())", {}))
t(lambda: exec("x = 1\ndel x\nprint(x)", {}))
d = {}
exec("import math as m_alias", d)
print("m_alias" in d, "math" in d)
t(lambda: eval("__builtins__ is not None"))
def counter():
    global cnt
    try:
        cnt += 1
    except NameError as e:
        print("NameError:", e)
        cnt = 0
    return cnt
print(counter(), counter())
print(__name__, type(__builtins__).__name__ if __name__ != "__main__" else "module-level __builtins__ seen")
