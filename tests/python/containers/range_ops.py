# range: slicing, index/count, len of huge ranges, equality and hashing, reversed, membership, repr and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

ranges = [range(10), range(2, 20, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5), range(0, -10, -3), range(1, 2, 10)]
for r in ranges:
    print(repr(r), len(r), list(r), r[:3], r[::-1], r[1::2], r[-2:], bool(r), list(reversed(r))[:3])
    print('   ', r.start, r.stop, r.step, r.count(4), 4 in r, -4 in r, 3.0 in r, r[0] if r else 'empty', r[-1] if r else 'empty')
r = range(2, 20, 3)
print(r.index(11), r.count(11), r.count(12), r.count(11.0), 11.0 in r, '11' in r if False else 'skip', r.index(True) if 1 in r else 'no 1')
show('index missing', lambda: r.index(3))
show('index str', lambda: r.index('a'))
show('getitem range', lambda: r[100])
show('getitem str', lambda: r['a'])
show('step zero', lambda: range(1, 2, 0))
show('float arg', lambda: range(1.5))
show('str arg', lambda: range('1'))
show('no args', lambda: range())
show('four args', lambda: range(1, 2, 3, 4))
show('kw arg', lambda: range(stop=3))
show('slice step zero', lambda: r[::0])
huge = range(0, 2**100, 3)
print(repr(huge), huge[-1], huge[10**20], 2**99 in huge, (2**99 + 1) in huge, huge.index(3 * 10**25), huge.count(6), huge[5:10], huge[::-2**50][:2])
show('len huge', lambda: len(huge))
print(huge.__len__ if False else 'skip', range(2**64)[2**63], len(range(-2**62, 2**62, 2**61)))
show('huge getitem', lambda: range(2**100)[2**101])
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(1, 2, 5) == range(1, 3, 7),
      range(3) != range(4), range(3) == [0, 1, 2], range(3) == range(0, 3))
print(hash(range(0)) == hash(range(7, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3, 1)))
show('range lt', lambda: range(1) < range(2))
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(0, 10, I())), range(10)[I()], I() in range(5), range(10)[I():], 4 in range(I() if False else 5))
print(list(range(5))[range(3)[1]], [x for x in range(3, -3, -2)], sum(range(101)), max(range(7)), min(range(3, 9)))
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it), type(iter(range(3))).__name__, type(iter(range(2**70))).__name__)
ri = reversed(range(1, 10, 4))
print(list(ri), list(reversed(range(0))), list(reversed(range(2**70, 2**70 + 3))), type(reversed(range(3))).__name__)
print(range(5)[1:-1], range(5)[10:], range(5)[-100:100], range(10, 0, -1)[2:5], range(0, 20, 5)[::-1], range(3)[::2].step)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(None, 2**70).indices(4))
