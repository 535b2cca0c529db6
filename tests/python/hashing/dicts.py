"""Dict order through insertions, deletions, re-insertions, compaction, popitem, copy and fromkeys: insertion
order as in CPython whatever the hash seed (sets fed to fromkeys are the one seed-dependent part, pinned by .env)."""


def grow_and_shrink():
    d = {}
    for i in range(50):
        d['k%d' % i] = i
    for i in range(0, 50, 3):
        del d['k%d' % i]
    print(d)
    for i in range(0, 50, 6):
        d['k%d' % i] = -i
    print(list(d)[-10:], len(d))
    for i in range(100, 200):
        d[i] = i
        del d[i]
    print(d)
    print(list(reversed(d))[:5])


def popitems():
    d = dict.fromkeys('abcdefgh', 0)
    del d['c']
    d['z'] = 1
    print([d.popitem() for _ in range(3)], d)
    d['c'] = 2
    d['y'] = 3
    print(d.popitem(), d)
    while d:
        d.popitem()
    try:
        d.popitem()
    except KeyError as e:
        print('KeyError', e)
    d['again'] = 1
    print(d)


def copies():
    d = {i: str(i) for i in range(20)}
    for i in range(0, 20, 2):
        del d[i]
    c = d.copy()
    c[100] = 'x'
    print(c)
    print(dict(d), dict(d.items()), {**d, 1: 'one'})
    print(d | {0: 'zero', 3: 'three'})
    e = dict(d)
    e |= {5: 'five', 40: 'forty'}
    print(e)
    print(dict.fromkeys(d, 'v'))
    print(dict.fromkeys(set('pear plum kiwi mango lemon'.split())))
    print(dict.fromkeys(frozenset('pear plum kiwi mango lemon'.split()), 0))
    print(dict.fromkeys(['b', 'a', 'b', 'c']))


def keyed():
    d = {}
    for k in [1, 1.0, True, 2, 2.0, (1, 2), 'x', b'x', -1, -2, 2**64, 0.5]:
        d[k] = repr(k)
    print(d)
    d.pop(2)
    d.setdefault(2.0, 'again')
    print(d)
    print(set(d), set(d.keys()), set(d.items()))


grow_and_shrink()
popitems()
copies()
keyed()
