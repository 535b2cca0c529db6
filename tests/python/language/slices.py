# BUILD_SLICE / BINARY_SLICE paths: slice objects, indices(), __index__ bounds, assignment and deletion.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
s = list(range(10))
print(s[I(2):I(8):I(2)], s[::-1], s[-3:], s[:-7:-2], s[100:], s[-100:2])
print("abcdef"[I(1):I(4)], (1, 2, 3)[::I(2)], b"xyz"[I(-2):], range(10)[2:8:3])
sl = slice(1, 10, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(3), slice(1, 2), repr(slice("a", None, [1])))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: s[::0])
t(lambda: s["a":])
t(lambda: s[:1.5])
t(lambda: "abc"[1.0])
t(lambda: (1,)["x"])
t(lambda: slice(1, 2, 0).indices(3))
t(lambda: slice(1).indices(-1))
t(lambda: hash(slice(1)))
t(lambda: s[2**100:])
t(lambda: s[:-2**100])
t(lambda: s[2**100])
l = list(range(10))
l[2:5] = "ab"; print(l)
l[::3] = [0, 0, 0, 0]; print(l)
t(lambda: l.__setitem__(slice(None, None, 2), [1]))
del l[::2]; print(l)
del l[1:3]; print(l)
l[1:1] = range(3); print(l)
l[:] = []; print(l)
b = bytearray(b"hello"); b[1:3] = b"EE"; del b[::2]; print(b)
class G:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
g = G()
print(g[1:2], g[::], g[1:2, 3], g[..., None], g[:, ::2])
g[1:] = 5; del g[:2:]
