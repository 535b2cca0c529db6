import collections, functools, operator, itertools
Point = collections.namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p._replace(x=3), p._asdict(), Point._fields, p.x + p.y, Point._make([5, 6]))
c = collections.Counter('abracadabra')
print(c.most_common(3), sorted(c.elements())[:4], c['z'], (c + collections.Counter('aaz')).most_common(2))
od = collections.OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(list(od), od.popitem(last=False))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(4))
print(functools.reduce(operator.add, range(10)), functools.partial(int, base=2)('101'))
class A:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
a = A()
print(a.val, a.val)
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=operator.itemgetter(1)), operator.attrgetter('x')(p))
print(list(itertools.accumulate(map(operator.mul, [1, 2, 3], [4, 5, 6]))))
pm = functools.partialmethod
class B:
    def f(self, a, b):
        return a, b
    g = pm(f, 1)
print(B().g(2))
