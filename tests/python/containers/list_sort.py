# list.sort and sorted: stability with key and reverse, mixed-type errors, key errors, mutation during sort

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(sorted(people), key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
nums = [3, 1.5, 2, -1, 0, True, 2.0, -0.0, 10**20, -10**20]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
data = [5, 3, 8, 1, 9, 2]
r = data.sort()
print(r, data)
data.sort(reverse=True); print(data)
data.sort(key=lambda x: (x % 3, x)); print(data)
data.sort(key=None, reverse=False); print(data)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(5), reverse=True), sorted([]), sorted([[2], [1, 5], [1]]))
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%s%d' % (self.tag, self.k)
recs = [Rec(2, 'a'), Rec(1, 'b'), Rec(2, 'c'), Rec(1, 'd'), Rec(0, 'e')]
print(sorted(recs), sorted(recs, reverse=True), max(recs), min(recs))
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:5], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(999)), sorted(big, key=lambda v: -v)[:3])
stab = [(v % 10, i) for i, v in enumerate(big)]
ss = sorted(stab, key=lambda t: t[0])
print(all(ss[i][1] < ss[i + 1][1] for i in range(999) if ss[i][0] == ss[i + 1][0]))
show('mixed int str', lambda: sorted([1, 'a', 2]))
show('mixed str None', lambda: sorted(['a', None]))
show('mixed tuple', lambda: sorted([(1, 'a'), (1, 2)]))
show('complex', lambda: sorted([1j, 2j]))
show('dicts', lambda: sorted([{}, {}]))
show('key raises', lambda: sorted([1, 0, 2], key=lambda x: 1 / x))
show('key not callable', lambda: sorted([1, 2], key=5))
show('positional key', lambda: [1].sort(len))
show('sorted no arg', lambda: sorted())
show('sorted kw iterable', lambda: sorted(iterable=[1]))
show('bad kw', lambda: [1].sort(cmp=None))
show('sorted non iterable', lambda: sorted(5))
lst = [3, 2, 1]
def bad_key(x):
    lst.append(x)
    return x
show('modified during sort', lambda: lst.sort(key=bad_key))
print(lst)
lst2 = [3, 2, 1]
def clear_key(x):
    lst2.clear()
    return x
show('cleared during sort', lambda: lst2.sort(key=clear_key))
print(lst2)
class Boom:
    def __lt__(self, other):
        raise RuntimeError('cmp failed')
l3 = [1, Boom(), 2] if False else [Boom(), Boom(), Boom()]
show('lt raises', lambda: l3.sort())
print(len(l3))
print(sorted([float('nan'), 1.0, 0.5])[1:], sorted([2, 1], key=lambda x: x, reverse=1), sorted(['b', 'a'], reverse=0))
