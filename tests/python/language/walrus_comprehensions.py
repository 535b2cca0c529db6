# Assignment expressions and comprehension scoping: iteration variables don't leak, walrus binds outward.
x = "outer"
l = [x for x in range(3)]
print(l, x)
print([y := i * 2 for i in range(3)], y)
print({k: (last := v) for k, v in {"a": 1, "b": 2}.items()}, last)
print(any((hit := n) > 2 for n in [1, 3, 5]), hit)
def f():
    [z := j for j in range(4)]
    return z
print(f())
class C:
    v = 10
    try:
        w = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
    u = [q for q in range(v)][-1]
print(C.err, C.u)
if (n := len("abcd")) > 3:
    print("n is", n)
while (chunk := [1, 2, 3][:n - 2]) and n > 2:
    n -= 1
    print(chunk)
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print({i % 3 for i in range(10)}, {i: i * i for i in range(4) if i})
g = (i for i in range(3))
print(next(g), list(g))
print([[j for j in range(i)] for i in range(4)])
try:
    [i for i in 5]
except TypeError as e:
    print(e)
try:
    (i for i in 5)
except TypeError as e:
    print("eager iter:", e)
def lazy():
    print("iter evaluated")
    return range(2)
gen = (i for i in lazy())
print("before next")
print(list(gen))
def t(src):
    try:
        exec(compile(src, "<s>", "exec"), {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
t("[i := 0 for i in range(2)]")
t("[x for x in (y := [1])]")
t("class K:\n    [(z := 1) for _ in range(1)]")
t("def f():\n    (x := 1) = 2")
t("print((a := 1), a)")
print((p := 5, p + 1))
nums = [1, 2, 3]
print([m for m in nums if (sq := m * m) > 1], sq)
res = [(lambda: j)() for j in range(3)]
print(res)
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
