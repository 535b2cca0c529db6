# Unpacking: UNPACK_SEQUENCE, UNPACK_EX (star targets), nested targets and their errors.
def t(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = 1, 2; print(a, b)
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = (1, 2); print(a, b, c)
(a, b), [c, *d] = "pq", (1, 2, 3); print(a, b, c, d)
[*a] = {3: 0, 4: 0}; print(a)
for x, *y in [(1, 2, 3), (4,)]: print(x, y)
t("a, b, c = 1, 2")
t("a, b = 1, 2, 3")
t("a, b = 1")
t("a, b = [1]")
t("a, b = 'abc'")
t("a, *b, c, d = 1, 2")
t("a, *b = ()")
t("a, b = iter([1, 2, 3])")
t("a, b = (x for x in range(5))")
t("a, b, c = {'x': 1, 'y': 2}")
t("a, = []")
t("*a, b, c, d = range(2)")
class It:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
t("a, b = It()")
class L:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
t("a, b, c = L()")
a, b = L(); print(a, b)
x = [0, 0]
x[0], x[1] = x[1] + 1, 5; print(x)
i = 0; l = [9, 9]
i, l[i] = 1, 7; print(i, l)
