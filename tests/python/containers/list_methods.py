# list methods and operators: append/extend/insert/pop/remove/index/count/reverse/copy/clear, +=, *=, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

a = [1, 2, 3]
a.append(4); a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend('ab'); a.extend({'k': 1}); a.extend(iter([None]))
print(a)
a.insert(0, 'first'); a.insert(-1, 'before-last'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove('a'); print(a)
print(a.index(5), a.index(5, 3), a.index(5, -10, -1) if 5 in a[-10:-1] else 'n/a', a.count(1), a.count('zz'))
show('index missing', lambda: a.index('zz'))
show('index range', lambda: a.index(1, 5))
show('index str start', lambda: a.index(1, 'x'))
show('index no args', lambda: a.index())
show('remove missing', lambda: a.remove('zz'))
show('pop empty', lambda: [].pop())
show('pop range', lambda: [1].pop(5))
show('pop str', lambda: [1].pop('0'))
show('insert one arg', lambda: [].insert(1))
show('insert str', lambda: [].insert('0', 1))
show('extend int', lambda: [].extend(5))
show('append two', lambda: [].append(1, 2))
show('count none', lambda: [].count())
b = [3, 1, 2]
b.reverse(); print(b)
c = b.copy(); c.append(0); print(b, c, c is not b)
c.clear(); print(c, len(c))
d = [1]; alias = d
d += [2]; d += (3,); d += 'xy'; d += range(2); d += {'k': 0}
print(d, d is alias)
d *= 2; print(d, d is alias)
d *= 0; print(d, d is alias)
e = [1, 2]; e *= -3; print(e)
show('iadd int', lambda: alias.__iadd__(5))
def add_tuple():
    x = [1]
    return x + (2,)
show('add tuple', add_tuple)
show('mul float', lambda: [1] * 1.5)
show('mul list', lambda: [1] * [2])
show('huge mul', lambda: [1, 2] * (2**62))
print([1] + [2], [0] * 3, 3 * ['a'], [[]] * 2, [1, 2] * False, [None] * True)
nested = [[0]] * 3
nested[0].append(1); print(nested)
f = [1, 2, 3]
f.extend(f); print(f)
f += f; print(len(f))
f[:] = []
f.insert(0, f); print(f, f[0] is f)
g = list(range(5))
for x in g:
    if x == 1:
        g.remove(x)
print(g)
eq = [1, 2.0, 'a']
print(eq.index(2), eq.count(1.0), eq.index(True), [float('nan')].count(float('nan')))
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in [nan], [nan] == [nan])
print(list(), list('abc'), list(range(3)), list({1: 2}), list((x * 2 for x in range(3))))
show('list two args', lambda: list(1, 2))
show('list int', lambda: list(5))
show('list kw', lambda: list(iterable=[1]))
