# str.find/rfind/index/rindex/count with start and end (negative, None, out of range, huge)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

s = 'abracadabra'
bounds = [(None, None), (0, None), (1, None), (-4, None), (3, 8), (3, -3), (-100, 100), (20, None), (5, 2),
          (None, 4), (11, 11), (12, 12), (0, 0), (-1, None), (2**70, None), (-2**70, None)]
for sub in ['a', 'abra', 'cad', '', 'z', 'ra', 'abracadabra!']:
    for st, en in bounds:
        print(repr(sub), st, en, s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en))
for st, en in [(None, None), (5, None), (0, 3), (20, 30)]:
    show('index %r %r' % (st, en), lambda: s.index('ra', st, en))
    show('rindex %r %r' % (st, en), lambda: s.rindex('ra', st, en))
show('index empty at end', lambda: s.index('', 11))
show('index empty past end', lambda: s.index('', 12))
print(''.count(''), 'abc'.count(''), 'abc'.count('', 1), 'abc'.count('', 4), 'aaaa'.count('aa'), 'ééé'.count('é', 1))
u = 'x\U0001F600y\U0001F600z'
print(u.find('\U0001F600'), u.rfind('\U0001F600'), u.index('z'), u.count('\U0001F600', 2), u.find('y', -3))
show('find int', lambda: s.find(1))
show('find bytes', lambda: s.find(b'a'))
show('find float start', lambda: s.find('a', 1.5))
show('count too many', lambda: s.count('a', 1, 2, 3))
show('find None none', lambda: s.find('a', None, None))
class I:
    def __index__(self):
        return 3
print(s.find('a', I()), s.count('a', I(), I()), s.rfind('a', 0, I()))
print('a' in s, '' in s, 'dab' in s, 'bad' in s)
show('in int', lambda: 1 in s)
