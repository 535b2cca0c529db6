# Boolean operators and conditional expressions: short-circuit values, JUMP_IF_*_OR_POP, truthiness of results.
def v(x):
    print("eval", repr(x)); return x
print(v(0) or v("") or v(None))
print(v(1) and v([]) and v("never"))
print(v([]) or v({}) and v("x"))
print(not v(0), not v([1]))
print(v(0) if v(False) else v("else branch"))
print([x for x in range(5) if x and x % 2 or x == 4])
a = v(None) or "default"
print(a)
x = 0
print(x is None or x == 0, x is not None and x > 0)
class T:
    def __bool__(self): print("bool called"); return True
print(T() and "after T")
print(type(T() or "unused").__name__)
if T() and T():
    print("both true")
while not T():
    pass
print(bool(T() or 0))
print((lambda: (yield))() and 1)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, None or False, 0.0 or 0j or "")
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadBool:
    def __bool__(self): return "yes"
t(lambda: BadBool() or 1)
t(lambda: not BadBool())
t(lambda: 1 if BadBool() else 2)
class LenBad:
    def __len__(self): return -1
t(lambda: LenBad() and 1)
print(all([]), any([]), all([0, v(1)]), any(v(x) for x in [0, 2, 3]))
