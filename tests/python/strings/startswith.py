# str.startswith/endswith: tuples, start/end (negative, past end), empty prefixes, and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

s = 'hello world'
args = [('hello',), ('world',), ('',), ('hello', 1), ('ello', 1), ('world', 0, 5), ('hello', 0, 5), ('hello', 0, 4),
        ('o', -7), ('o', -7, -5), ('lo', 3, -6), ('', 11), ('', 12), ('', 5, 2), (('x', 'h'),), (('x', 'd'),), ((),),
        (('', 'zz'),), (('wor', 'hel'), 0, 3), ('hello world!',), ('d', None, None), ('h', None), ('l', 2, None),
        ('o', 2**70), ('h', -2**70), ('d', 0, 2**70), ('d', 0, -2**70)]
for a in args:
    print(repr(a), s.startswith(*a), s.endswith(*a))
u = 'é\U0001F600x\U0001F600'
print(u.startswith('é\U0001F600'), u.endswith('\U0001F600'), u.startswith('x', 2), u.endswith('x', 0, 3), u.startswith(('a', '\U0001F600'), 1))
print(''.startswith(''), ''.endswith(''), ''.startswith('', 1), ''.endswith('a'), 'a'.startswith('', 1), 'a'.startswith('', 2))
show('int prefix', lambda: s.startswith(1))
show('bytes prefix', lambda: s.endswith(b'd'))
show('list prefix', lambda: s.startswith(['h']))
show('tuple with int', lambda: s.startswith(('h', 1)))
show('tuple with bytes', lambda: s.endswith(('x', b'd')))
show('nested tuple', lambda: s.startswith((('h',),)))
show('float start', lambda: s.startswith('h', 0.0))
show('str start', lambda: s.endswith('d', '0'))
show('no args', lambda: s.startswith())
show('too many', lambda: s.endswith('a', 1, 2, 3))
show('keyword', lambda: s.startswith(prefix='h'))
class S(str):
    pass
print(S('hello').startswith(S('he')), s.startswith((S('he'),)), S('abc').endswith('bc'))
class I:
    def __index__(self):
        return 6
print(s.startswith('world', I()), s.endswith('hello', 0, I() if False else 5), s.startswith('w', I(), I()))
