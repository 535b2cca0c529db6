# set/frozenset methods with several and non-set arguments: union, intersection, difference, symmetric_difference,
# the *_update forms, issubset/issuperset/isdisjoint, add/remove/discard/pop/clear/copy, and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', r if not isinstance(r, (set, frozenset)) else (type(r).__name__, sorted(r)))

a = {1, 2, 3}
fa = frozenset(a)
for s in (a, fa):
    print(type(s).__name__)
    show(' union', lambda: s.union([3, 4], (5,), range(6, 8), 'x' if False else {9: 0}))
    show(' union none', lambda: s.union())
    show(' intersection', lambda: s.intersection([1, 2, 9], (2, 3, 1)))
    show(' intersection none', lambda: s.intersection())
    show(' intersection iter', lambda: s.intersection(iter([3, 3, 1])))
    show(' difference', lambda: s.difference([1], {2}))
    show(' difference none', lambda: s.difference())
    show(' symmetric_difference', lambda: s.symmetric_difference([3, 4, 4]))
    show(' issubset', lambda: s.issubset([1, 2, 3, 4]))
    show(' issubset gen', lambda: s.issubset(x for x in range(3)))
    show(' issuperset', lambda: s.issuperset((1, 1, 2)))
    show(' isdisjoint', lambda: s.isdisjoint('abc'))
    show(' isdisjoint false', lambda: s.isdisjoint(iter([9, 3])))
    show(' union int', lambda: s.union(5))
    show(' intersection int', lambda: s.intersection([1], 5))
    show(' sym two args', lambda: s.symmetric_difference([1], [2]))
    show(' issubset int', lambda: s.issubset(1))
    show(' union unhashable', lambda: s.union([[1]]))
    show(' copy', lambda: s.copy())
    print(' copy identity', s.copy() is s)
b = {1, 2, 3}
b.update([4], (5, 6), 'ab'); print(sorted(b, key=str))
b.intersection_update(range(10), [1, 2, 4, 5, 6, 7]); print(sorted(b))
b.difference_update([1], (2,)); print(sorted(b))
b.symmetric_difference_update([6, 7, 8]); print(sorted(b))
b.update(); b.intersection_update(); b.difference_update(); print(sorted(b))
show('sym update two', lambda: b.symmetric_difference_update([1], [2]))
show('update int', lambda: b.update(1))
show('update unhashable', lambda: b.update([[]]))
print(sorted(b))
c = set()
c.add(1); c.add(1); c.add((2, 3)); c.add(frozenset([4]))
print(len(c), 1 in c, (2, 3) in c, {4} in c)
c.discard(99); c.discard(1); c.remove((2, 3)); print(c)
show('remove missing', lambda: c.remove(99))
show('remove unhashable', lambda: c.remove([]))
show('remove set key', lambda: c.remove({4}))
show('discard set key', lambda: c.discard({4}))
print(c)
show('add unhashable', lambda: c.add({}))
show('pop empty', lambda: set().pop())
d = {5}
print(d.pop(), d)
e = {1, 2}; e.clear(); print(e, len(e))
show('frozenset add', lambda: frozenset().add(1))
show('frozenset update', lambda: frozenset().update([1]))
s2 = {1, 2, 3}
def change_during_iteration():
    for x in s2:
        s2.add(x + 10)
show('changed size', change_during_iteration)
s3 = {1, 2, 3}
def discard_during_iteration():
    for x in s3:
        s3.discard(x)
show('discard during', discard_during_iteration)
s4 = {1, 2, 3}
def readd_during_iteration():
    n = 0
    for x in list(s4):
        s4.remove(x); s4.add(x); n += 1
    return n
show('readd via list', readd_during_iteration)
print(set(), set('aba') == {'a', 'b'}, sorted(set(range(3))), frozenset(), frozenset(frozenset([1])) == {1}, set({1: 2}))
show('set two args', lambda: set([1], [2]))
show('set int', lambda: set(1))
show('set kw', lambda: set(iterable=[1]))
show('frozenset kw', lambda: frozenset(iterable=[1]))
fz = frozenset([1, 2])
print(frozenset(fz) is fz, frozenset() is frozenset(), fz.copy() is fz, set(fz) is not fz)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), repr({(1, 'a')}), repr(frozenset([frozenset()])))
class MySet(set):
    pass
print(repr(MySet([1])), repr(MySet()), type(MySet([1]).copy()).__name__, type(MySet([1]).union([2])).__name__)
