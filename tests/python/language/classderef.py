# Class bodies reading enclosing-function variables (LOAD_CLASSDEREF) when they are unbound, deleted, or shadowed by the namespace.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f1():
    class C:
        v = x
    x = 1
    return C
t(f1)
def f2():
    x = 1
    del x
    class C:
        v = x
    return C
t(f2)
def f3():
    x = "enclosing"
    class C:
        locals()["x"] = "namespace"
        v = x
    return C.v
t(f3)
def f4():
    x = "enclosing"
    class Meta(type):
        @classmethod
        def __prepare__(m, *a): return {"x": "prepared"}
    class C(metaclass=Meta):
        v = x
    return C.v
t(f4)
def f5():
    class C:
        try:
            print(__class__)
        except NameError as e:
            print("NameError:", e)
        def m(self): return __class__
    return C().m().__name__
t(f5)
def f6():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y
t(f6)
def f7():
    z = "free"
    class C:
        z = "class"
        def m(self): return z
        w = [z for _ in range(1)]
    return C().m(), C.w
t(f7)
def f8():
    q = 1
    class C:
        global q
        q = "global from class"
    return q
t(f8)
t(lambda: q)
