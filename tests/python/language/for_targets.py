# for-loop and comprehension targets of every kind: attributes, subscripts, slices, starred, nested tuples.
class O: pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
l = [0, 0, 0]
for l[0], l[-1] in [(1, 2), (3, 4)]:
    pass
print(l)
for l[1:2] in [[7, 8]]:
    pass
print(l)
for a, *rest in ["abc", "de"]:
    print(a, rest)
for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)
for [p, [q, r]] in [(1, (2, 3))]:
    print(p, q, r)
print([(k, v) for k, v in {"a": 1}.items()])
print([s for *_, s in ["ab", "cd"]])
def t(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("for a, b in [(1, 2, 3)]: pass")
t("for a, b in [1]: pass")
t("for a, *b, c in ['x']: pass")
t("[a for a, b in [(1,)]]")
t("for x in 1: pass")
t("for x.y in [1]: pass")
t("for x[0] in [1]: pass")
i = 0
for i in []:
    pass
print(i)
for i in range(3):
    i = 100
print(i)
gen_var = "untouched"
list(gen_var for gen_var in range(2))
print(gen_var)
