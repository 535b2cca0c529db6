# Unpacking from user iterables and sequences: UNPACK_SEQUENCE/UNPACK_EX on generators, __getitem__ sequences, mappings and strings.
def t(src, ns=None):
    try:
        exec(src, ns if ns is not None else {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
class G:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            print("yield", i); yield i
t("a, b = G(2); print(a, b)", {"G": G})
t("a, b = G(3)", {"G": G})
t("a, b, c = G(1)", {"G": G})
t("a, *b = G(4); print(a, b)", {"G": G})
t("*a, b, c = G(1)", {"G": G})
t("a, b = {'x': 1, 'y': 2}; print(a, b)")
t("a, b = {'x': 1, 'y': 2}.items(); print(a, b)")
t("(a, b), c = 'xy', 'z'; print(a, b, c)")
t("a, b = 1, 2, 3")
t("a, b = None")
t("[a, b] = range(2); print(a, b)")
t("a, *b = 'x'; print(a, b)")
t("*a, = (); print(a)")
t("a, b, *c, d, e = range(4)")
t("a, b, *c, d, e = range(3)")
t("a, b = b'xy'; print(a, b)")
t("a, b = bytearray(b'xy'); print(a, b)")
t("a, b = memoryview(b'xy'); print(a, b)")
t("a, b = [1, 2][::-1]; print(a, b)")
t("x = [1]; a, x[0] = 5, 6; print(a, x)")
t("d = {}; d['a'], d['b'] = 'ab'; print(d)")
class Lying:
    def __len__(self): return 5
    def __iter__(self): return iter([1, 2])
t("a, b = Lying(); print(a, b)", {"Lying": Lying})
t("a, b, c = Lying()", {"Lying": Lying})
