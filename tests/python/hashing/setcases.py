"""Set and frozenset iteration order after every kind of change: shared by the sets_seed*.py programs, each run
under its own PYTHONHASHSEED (their .env files), so the order printed depends on the hash seed as in CPython."""

FRUIT = ['apple', 'banana', 'cherry', 'elderberry', 'grape', 'kiwi', 'lemon', 'mango', 'orange', 'pear', 'plum']


def show(label, s):
    print(label, s)


def literals():
    show('literal', {'apple', 'banana', 'cherry', 'elderberry', 'grape', 'kiwi', 'lemon'})
    show('literal small', {'pear', 'plum'})
    show('literal starred', {*FRUIT[:4], 'mango', *FRUIT[6:]})
    show('frozenset literal in', 'kiwi' in {'apple', 'kiwi', 'mango', 'orange'})
    show('frozenset', frozenset(FRUIT))
    show('set of frozenset', set(frozenset(FRUIT)))
    show('comprehension', {w.upper() for w in FRUIT})


def growth():
    s = set()
    for i, w in enumerate(FRUIT * 3):
        s.add(w + str(i % 7))
        if i % 5 == 4:
            show('grown %d' % i, s)
    for w in list(s)[::3]:
        s.remove(w)
    show('after removes', s)
    for w in ['fresh', 'new', 'more', 'added', 'again']:
        s.add(w)
    show('re-added', s)
    s.discard('fresh')
    s.discard('absent')
    show('discarded', s)


def popping():
    s = set(FRUIT)
    order = []
    while s:
        order.append(s.pop())
        if len(order) == 4:
            s.add('late')
            s.add('later')
    show('pop order', order)
    t = set(w + w for w in FRUIT)
    first = [t.pop() for _ in range(3)]
    t.update(['zeta', 'eta', 'theta'])
    show('pops then update', (first, t))
    t &= set(list(t)[:5])
    show('iand after pops', (t.pop(), t))


def algebra():
    a = set(FRUIT[:7])
    b = set(FRUIT[4:])
    c = frozenset(FRUIT[::2])
    show('or', a | b)
    show('and', a & b)
    show('sub', a - b)
    show('xor', a ^ b)
    show('union multi', a.union(b, c, ['extra', 'apple']))
    show('union self', a.union(a))
    show('or self', a | a)
    show('and self', a & a)
    show('intersection multi', a.intersection(b, c))
    show('intersection none', a.intersection())
    show('intersection list', a.intersection(FRUIT[::-1]))
    show('difference multi', a.difference(['banana'], c))
    show('difference dict', a.difference(dict.fromkeys(FRUIT[5:])))
    show('difference big', set(FRUIT).difference(['apple']))
    show('symmetric list', a.symmetric_difference(['apple', 'zest', 'kiwi', 'yolk']))
    show('symmetric dict', a.symmetric_difference(dict.fromkeys(['zest', 'kiwi', 'apple', 'yolk'])))
    show('frozen and', c & a)
    show('frozen or', c | b)
    show('frozen xor', c ^ a)


def inplace():
    a = set(FRUIT)
    a -= {'apple', 'banana', 'cherry', 'kiwi'}
    show('isub', a)
    a |= {'zest', 'yolk', 'apple'}
    show('ior', a)
    a ^= {'zest', 'pear', 'quince', 'date palm'}
    show('ixor', a)
    a &= set(FRUIT + ['quince'])
    show('iand', a)
    a.update(['u1', 'u2'], {'u3'}, dict.fromkeys(['u4', 'u5']))
    show('update', a)
    a.difference_update(['u1'], {'u3', 'u5'})
    show('difference_update', a)
    a.intersection_update(FRUIT + ['u2', 'u4'], set(FRUIT) | {'u4'})
    show('intersection_update', a)
    a.symmetric_difference_update(dict.fromkeys(['lemon', 'lime', 'mango', 'melon']))
    show('symmetric_difference_update dict', a)
    a.difference_update(a.copy())
    show('emptied', a)
    a.update(FRUIT)
    show('refilled', a)


def dummies():
    s = set('w%d' % i for i in range(40))
    for i in range(0, 40, 2):
        s.discard('w%d' % i)
    show('half removed', s)
    s.difference_update(['w%d' % i for i in range(1, 20, 2)])
    show('dummies purged', s)
    show('copy', s.copy())
    show('set(s)', set(s))
    t = set(s)
    t.intersection_update()
    show('intersection_update()', t)
    for i in range(100, 130):
        s.add('w%d' % i)
    show('after growth', s)


def kinds():
    show('bytes', {w.encode() for w in FRUIT})
    show('tuples', {(w, len(w)) for w in FRUIT})
    show('nested', {frozenset(FRUIT[:i]) for i in range(1, 5)})
    show('mixed', {1, 2.5, 'kiwi', b'kiwi', (1, 'kiwi'), -3, 1e100, 2**70, 1j, True, frozenset({'mango'})})
    show('ints', set(range(-10, 40, 3)) | {2**61 - 1, 2**61, -2**61, 2**64 + 5})
    show('floats', {0.5, 1.25, -7.75, 1e-300, float('inf'), float('-inf'), 3.0, 1e20})
    show('dict from set', dict.fromkeys(set(FRUIT)))
    show('list of set', list(set(FRUIT[::-1])))
    show('sorted equal', sorted(set(FRUIT)) == sorted(FRUIT))
    d = dict.fromkeys(FRUIT, 0)
    show('keys and', d.keys() & {'kiwi', 'mango', 'zest', 'apple'})
    show('keys or', d.keys() | ['zest', 'yolk'])
    show('keys sub', d.keys() - {'kiwi'})
    show('keys xor', d.keys() ^ {'kiwi', 'zest'})
    show('set or keys', {'zest', 'kiwi'} | d.keys())
    show('set sub keys', {'zest', 'kiwi'} - d.keys())
    show('items and', d.items() & {('kiwi', 0), ('mango', 1)})
    show('items xor', d.items() ^ dict.fromkeys(FRUIT[:3], 1).items())


def main():
    literals()
    growth()
    popping()
    algebra()
    inplace()
    dummies()
    kinds()
