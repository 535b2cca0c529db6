# str.center/ljust/rjust/zfill/expandtabs: odd and even margins, fill characters, errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for s in ['', 'a', 'ab', 'abc', 'abcd', 'é', '\U0001F600', 'a\U0001F600']:
    for w in (-1, 0, 1, 2, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '\U0001F40D')))
for s in ['', '5', '-5', '+5', '--5', 'abc', '-', '+', '0', '-0.5', ' 1', '١']:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
show('center no width', lambda: 'a'.center())
show('center fill two', lambda: 'a'.center(5, 'ab'))
show('center fill empty', lambda: 'a'.center(5, ''))
show('center fill int', lambda: 'a'.center(5, 1))
show('center fill bytes', lambda: 'a'.ljust(5, b'x'))
show('center float', lambda: 'a'.center(5.0))
show('rjust huge', lambda: 'a'.rjust(2**70))
show('zfill str', lambda: 'a'.zfill('5'))
show('zfill none', lambda: 'a'.zfill())
show('ljust kw', lambda: 'a'.ljust(width=3))
class I:
    def __index__(self):
        return 4
print(repr('a'.center(I())), repr('7'.zfill(I())), repr('x'.ljust(True)))
for s in ['a\tb', '\t', 'abcdefgh\tx', 'ab\tcd\tef', 'a\nb\tc', 'a\r\tb', '\t\t', 'é\t\U0001F600\tx', '']:
    print(repr(s), [s.expandtabs(n) for n in (-1, 0, 1, 2, 4)], repr(s.expandtabs()), repr(s.expandtabs(tabsize=3)))
show('expandtabs float', lambda: 'a\tb'.expandtabs(2.0))
show('expandtabs str', lambda: 'a\tb'.expandtabs('2'))
show('expandtabs bad kw', lambda: 'a\tb'.expandtabs(size=2))
class S(str):
    pass
print(type(S('a').center(1)).__name__, type(S('a').center(3)).__name__, type(S('1').zfill(1)).__name__, type(S('a').expandtabs()).__name__)
t = 'same'
print(t.center(2) is t, t.ljust(4) is t, t.zfill(3) is t, t.expandtabs() is t)
