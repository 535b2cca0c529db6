# str.split, rsplit and splitlines: every separator kind, maxsplit, and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

samples = ['', ' ', 'a', '  a  b  ', 'a,b,,c,', ',a,', 'a\tb\nc\x0bd\x0ce\rf', 'x\x1cy\x1dz\x1ew\x1fv',
           'a\x85b\xa0c\u1680d\u2000e\u2028f\u3000g', 'one  two   three']
for s in samples:
    print(repr(s))
    print('  split()', s.split())
    print('  rsplit()', s.rsplit())
    for n in (-1, 0, 1, 2):
        print('  n', n, s.split(None, n), s.rsplit(None, n), s.split(',', n), s.rsplit(',', n))
    print('  sep ab', s.split('ab'), s.rsplit('a b'))

print('aXbXXc'.split('X'), 'aXbXXc'.split('XX'), 'aaaa'.split('aa'), 'aaaa'.rsplit('aa', 1), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(maxsplit=1), 'a,b,c'.split(sep=',', maxsplit=1))
print('\u00e9t\u00e9 \U0001F600 x'.split(), '\U0001F600a\U0001F600b'.split('\U0001F600'))
show('empty sep', lambda: 'abc'.split(''))
show('rsplit empty sep', lambda: 'abc'.rsplit(''))
show('bytes sep', lambda: 'abc'.split(b'b'))
show('int sep', lambda: 'abc'.split(1))
show('float maxsplit', lambda: 'abc'.split('b', 1.0))
show('too many', lambda: 'abc'.split('b', 1, 2))
show('bad kw', lambda: 'abc'.split(separator='b'))
show('index maxsplit', lambda: 'a b c d'.split(None, True))

lines = ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n', '\n\n', '\r\r\n', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i',
         'no newline at end', 'trailing\r', 'x\n\ry']
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))
show('splitlines kw', lambda: 'a\nb'.splitlines(keepends=1))
show('splitlines str', lambda: 'a\nb'.splitlines('x'))
show('splitlines two', lambda: 'a\nb'.splitlines(True, False))

class S(str):
    pass
parts = S('a b').split()
print([type(p).__name__ for p in parts], type(S('ab').split('x')[0]).__name__, type(S('a\n').splitlines()[0]).__name__)
print(len('x '.join(['y'] * 5).split()), ' '.join(map(str, range(20))).rsplit(' ', 3))
