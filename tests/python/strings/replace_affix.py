# str.replace with count (negative, zero, empty old), removeprefix/removesuffix, identity of results

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

s = 'one two one two one'
for n in (-5, -1, 0, 1, 2, 3, 10):
    print(n, s.replace('one', '1', n), s.replace('o', '', n), s.replace('', '|', n), 'abc'.replace('', '-', n))
print(''.replace('', 'x'), ''.replace('', 'x', 0), ''.replace('a', 'b'), 'aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'a'))
print('ééé'.replace('é', 'e', 2), 'a\U0001F600b'.replace('\U0001F600', ':)'), 'abc'.replace('b', '\U0001F600'))
print('x'.replace('x', 'y' * 5), 'abcabc'.replace('abc', ''), 'banana'.replace('ana', 'ANA'))
show('replace kw', lambda: 'aaa'.replace('a', 'b', count=1))
show('replace int', lambda: 'aaa'.replace(1, 'b'))
show('replace None', lambda: 'aaa'.replace('a', None))
show('replace float', lambda: 'aaa'.replace('a', 'b', 1.0))
show('replace one arg', lambda: 'aaa'.replace('a'))
show('replace big count', lambda: 'aaa'.replace('a', 'b', 2**80))
for s2 in ['prefix_body_suffix', 'prefix', 'suffix', '', 'pre']:
    print(repr(s2), s2.removeprefix('prefix'), s2.removesuffix('suffix'), s2.removeprefix(''), s2.removesuffix(s2))
show('removeprefix int', lambda: 'abc'.removeprefix(1))
show('removesuffix tuple', lambda: 'abc'.removesuffix(('c',)))
show('removeprefix none', lambda: 'abc'.removeprefix())
class S(str):
    pass
print(type(S('abc').replace('z', 'y')).__name__, type(S('abc').removeprefix('a')).__name__, type(S('abc').removeprefix('z')).__name__)
t = 'keep'
print(t.replace('z', 'y') is t, t.removeprefix('z') is t, t.removesuffix('') is t)
