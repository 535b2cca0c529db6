# repr and str of self-referencing containers: [...], {...}, nested cycles, dict views, OrderedDict, deque, sets

a = [1, 2]
a.append(a)
print(repr(a), str(a), len(repr(a)))
d = {'k': 1}
d['self'] = d
print(repr(d), str(d))
t = ([],)
t[0].append(t)
print(repr(t))
x = []
y = [x]
x.append(y)
print(repr(x), repr(y))
m = {}
m['list'] = [m]
print(repr(m))
l2 = [1]
d2 = {'l': l2}
l2.append(d2)
print(repr(l2), repr(d2))
e = {'a': None}
e['a'] = e
print(repr(e.values()), repr(e.items()), repr(e.keys()))
from collections import OrderedDict, deque, defaultdict, UserList
od = OrderedDict()
od['me'] = od
print(repr(od))
dq = deque([1])
dq.append(dq)
print(repr(dq))
dd = defaultdict(list)
dd['x'] = dd
print(repr(dd)[:40].replace(repr(list), 'LIST'))
ul = UserList([1])
ul.append(ul)
print(repr(ul))
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
n = Node('root')
n.children.append([n.children])
print(repr(n))
s = [[]] * 2
print(repr(s), s[0] is s[1])
twice = [a, a]
print(repr(twice))
both = [d, d, a]
print(repr(both))
class R:
    def __repr__(self):
        return 'R' + repr(holder)
holder = [1]
try:
    holder.append(R())
    print(repr(holder)[:10])
except RecursionError as err:
    print('RecursionError', type(err).__name__)
fs = frozenset([1, (2, 3)])
print(repr({fs: [fs]}), repr([frozenset()]))
import reprlib
print(reprlib.repr(a), reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
