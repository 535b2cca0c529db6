# str.join with every iterable kind and its errors; str.translate and str.maketrans in all forms

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

print(repr(', '.join(['a', 'b', 'c'])), repr(''.join(('x', 'y'))), repr('-'.join('abc')), repr('-'.join([])),
      repr('-'.join(iter(['1', '2']))), repr('-'.join({'k': 1})), repr('\U0001F600'.join('ab')), repr('é'.join(['', ''])))
print(repr('-'.join(str(i) for i in range(5))), repr(' '.join(map(str.upper, ['a', 'b']))), repr('.'.join(['only'])))
class S(str):
    pass
r = ''.join([S('sub')])
print(type(r).__name__, repr(r), type('-'.join([S('a'), S('b')])).__name__)
show('join int item', lambda: '-'.join(['a', 1, 'b']))
show('join bytes item', lambda: '-'.join([b'a']))
show('join none item', lambda: ''.join(['a', 'b', None]))
show('join non iterable', lambda: '-'.join(5))
show('join none', lambda: '-'.join(None))
show('join two args', lambda: '-'.join('a', 'b'))
def gen():
    yield 'a'
    raise ValueError('boom in generator')
show('join raising gen', lambda: '-'.join(gen()))

tables = [str.maketrans('abc', 'xyz'), str.maketrans('abc', 'xyz', 'd'), str.maketrans({'a': 'A', 'b': None, 99: 'CC', 'd': 100}),
          str.maketrans('', '', 'aeiou'), str.maketrans({'é': 'e', '\U0001F600': ':)'})]
for t in tables:
    print(sorted(t.items()))
    print('  ', repr('abcdeé\U0001F600 abc'.translate(t)))
print(repr('abc'.translate({97: 'aaa', 98: '', 99: 0x1F600})), repr('abc'.translate([None, 'x'] * 60)), repr('abc'.translate({})))
class Table:
    def __getitem__(self, k):
        if k == ord('a'):
            raise LookupError
        if k == ord('b'):
            return ord('B')
        return chr(k).upper() * 2
print(repr('abc'.translate(Table())))
show('translate bad value', lambda: 'abc'.translate({97: 1.5}))
show('translate too big', lambda: 'abc'.translate({97: 0x110000}))
show('translate negative', lambda: 'abc'.translate({97: -1}))
show('translate raising', lambda: 'abc'.translate({97: 'x'}.__missing__ if False else ZeroTable()) if False else 'abc'.translate(type('T', (), {'__getitem__': lambda s, k: 1 / 0})()))
show('maketrans unequal', lambda: str.maketrans('ab', 'x'))
show('maketrans one str', lambda: str.maketrans('ab'))
show('maketrans bad key', lambda: str.maketrans({'ab': 'x'}))
show('maketrans int key', lambda: str.maketrans({1.5: 'x'}))
show('maketrans third', lambda: str.maketrans('a', 'b', 1))
show('maketrans bytes', lambda: str.maketrans(b'a', b'b'))
show('maketrans none', lambda: str.maketrans())
show('maketrans dict two', lambda: str.maketrans({}, 'a'))
print(sorted(str.maketrans({'': 'x'}.copy() if False else {97: 'x'}).items()))
