# min and max: iterables, several arguments, key=, default=, and their errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min('hello'), max('hello'))
print(min([1, 1.0]), max([1, 1.0]), min([1.0, 1]), max([True, 1]), min([0, False]))
print(min(range(10, 0, -3)), max(iter([5, 9, 2])), min({3: 'a', 1: 'b'}), max({'x', 'y', 'z'}))
words = ['banana', 'Apple', 'cherry', 'fig', 'date']
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=str.lower))
print(max(words, key=lambda w: w[-1]), min(*words, key=len), max('ab', 'ba', 'aa', key=lambda s: s[1]))
# ties keep the first one
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(min([], default='empty'), max([], default=None), min([5], default=0), max(iter([]), default=-1))
print(min([], key=len, default='d'), max([3, 1], key=None), min(3, 1, key=None))
show(min, []); show(max, []); show(min, iter(())); show(max)
show(min); show(min, 5); show(max, 5.5); show(min, None)
show(min, 1, 2, default=0); show(max, 1, 2, default=0)
show(min, [1, 'a']); show(max, ['a', 1]); show(min, [1j, 2j]); show(max, [{1}, {2}])
show(min, [1, 2], key=5); show(max, [1, 2], foo=1); show(min, [1, 2], key=len)
show(max, [1, 2], bar=1, key=abs)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'Cmp({self.v})'
print(min(Cmp(3), Cmp(1), Cmp(2)), max([Cmp(3), Cmp(7), Cmp(2)]))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L({self.v})'
print(min([OnlyLt(5), OnlyLt(2)]), max([OnlyLt(5), OnlyLt(9)]))
def gen():
    yield 4
    yield 7
    raise ValueError('from generator')
show(max, gen())
def keyfail(x):
    if x == 3: raise KeyError(x)
    return x
show(min, [1, 2, 3], key=keyfail)
print(max([float('nan'), 1, 2]), max([1, float('nan'), 2]), min([2, float('nan')]))
print(max(-0.0, 0.0), max(0.0, -0.0), min(-0.0, 0.0), min(0.0, -0.0))
print(max([2**100, 2.0**100, 2**100 + 1]), min(10**20, 1e20))
print(max(b'hello'), min(bytearray(b'xyz')), max([[1, 2], [1, 3], [0, 9]]), min((1, 2), (1,)))
print(max({'a': 3, 'b': 9, 'c': 1}.items(), key=lambda kv: kv[1]))
print(min(map(abs, [-5, 3, -1])), max(zip('ab', [2, 1]), key=lambda t: t[1]))
show(min, 1, 2, 3, key=lambda x: -x, default=None)
