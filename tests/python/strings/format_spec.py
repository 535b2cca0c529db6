# format() and the str format mini-language: fill, align, width, precision, '=' and sign errors for str, type codes

def show(spec, value='text'):
    try:
        r = format(value, spec)
    except Exception as e:
        print(repr(spec), repr(value), '->', type(e).__name__ + ':', e)
    else:
        print(repr(spec), repr(value), '->', repr(r))

for spec in ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '0^9', '-<7', '.2', '10.2', '<10.2s', '.0', '.10',
             'x<', '\U0001F600^8', '^', '010', '0>5', '0', '00', '3', '2', '^1', '<0', 'é>6', '{^7', '}>7', ' ^7', '\t>4']:
    show(spec)
for spec in ['=10', '+', '-', ' ', '#', ',', '_', 'd', 'x', 'r', 'S', '10,', '.2f', 'c', '=', '+10', '%', 'n', 'e',
             '10.2.3', '.', '.x', '1' * 25, '.' + '9' * 25, 'z', '#10', '<<', '<<<']:
    show(spec)
for v in ['', 'é', 'abc\U0001F600def', '  pad  ', '\t']:
    print(repr(v), [format(v, s) for s in ['', '5', '>5', '^5', '.3', '-^7.2']])
class S(str):
    def __format__(self, spec):
        return 'S:' + spec
print(format(S('x'), '>4'), '{:>4}'.format(S('x')), f'{S("x"):^3}', format(S('x')), str.__format__(S('x'), '>4'))
class T(str):
    pass
print(repr(format(T('t'), '')), type(format(T('t'), '')).__name__, repr(format(T('t'), '3')), type(format(T('t'))).__name__)
print(repr(format(None)), repr(format(None, '')), repr(format(['a'], '')), repr(format(('a',))))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: format(None, '>5'))
err(lambda: format([], 's'))
err(lambda: format(object.__new__(type('Q', (), {})), 'x'))
err(lambda: format('a', 1))
err(lambda: format('a', b'>5'))
err(lambda: 'a'.__format__())
err(lambda: 'a'.__format__(5))
class BadFormat:
    def __format__(self, spec):
        return 42
err(lambda: format(BadFormat()))
err(lambda: '{}'.format(BadFormat()))
err(lambda: f'{BadFormat()}')
print(format('abc', 'x<5') == 'abcxx', format('', '*^3'), format('ab', '_>3'), format('é', '.0') == '', format(str(12), '>04'))
