# slice objects: attributes, indices() in every direction, equality, hashing, repr, use with custom __getitem__

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice(-2, None), slice(None, -2, -1), slice(10, -10, -3),
          slice(100, 200), slice(-100, -50), slice(3, 3), slice(None, None, 3), slice(2**70, -2**70, -1), slice(0, None, 2**70)]:
    print(repr(s), s.start, s.stop, s.step, [s.indices(n) for n in (0, 1, 5, 10)])
show('indices negative', lambda: slice(1).indices(-1))
show('indices step zero', lambda: slice(None, None, 0).indices(5))
show('indices float', lambda: slice(1.5).indices(5))
show('indices str len', lambda: slice(1).indices('5'))
show('indices float len', lambda: slice(1).indices(5.0))
show('slice no args', lambda: slice())
show('slice four', lambda: slice(1, 2, 3, 4))
show('slice kw', lambda: slice(stop=1))
s = slice(1, 'a', [3])
print(s.start, s.stop, s.step, repr(s))
show('set attr', lambda: setattr(slice(1), 'start', 2))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3), slice(0) > slice(None, -1) if False else 'skip')
show('lt mixed', lambda: slice(1) < slice('a'))
try:
    print(hash(slice(1, 2)) == hash(slice(1, 2)))
except TypeError as e:
    print('TypeError:', e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::], q[:], q[1:], q[:2], q[::3], q[1:2, 3], q[..., 1:], q['a':'b'], q[None:None:None])
print(q[1:2].indices(10), q[-1::-1].indices(3))
print(list(range(10))[slice(2, 8, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)], b'abc'[slice(1, 2)])
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), list(range(6))[I():I().__index__() * 2], slice(None, None, I()).indices(7), slice(I()).stop is not None)
print(slice(1, 2, 3).__reduce__(), slice(None).__reduce__()[1])
import copy
print(copy.copy(slice(1, 2, 3)), copy.deepcopy(slice(4, None, [-1])))
