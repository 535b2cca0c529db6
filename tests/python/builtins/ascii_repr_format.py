# ascii, repr and format(): escapes, __repr__/__format__ protocol, format specs through the builtin, and errors
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in ['plain', 'tab\there', "quote's", 'both\'"', 'é', '€', '\U0001F600', '\x00\x7f\x80\xff', '\ud800', 'a\\b']:
    print(repr(v), ascii(v), len(repr(v)), len(ascii(v)))
print(ascii([1, 'ü', {'k': 'ß'}]), ascii(b'\xff'), ascii(('ñ',)), ascii(None), ascii(1.5), ascii(3j))
print(repr(b'\x00a\n\'"'), repr(bytearray(b'x\x80')), repr(1e16), repr(-0.0), repr(1e-5), repr(123456789012345678.0))
print(repr([1, [2, [3]]]), repr((1,)), repr(()), repr({1: (2,)}), repr(set()), repr(frozenset()), repr({1}), repr(range(2, 9, 3)))
print(repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented), repr(None), repr(int), repr(type(None)))
class R:
    def __repr__(self): return 'R<é>'
class BadRepr:
    def __repr__(self): return 42
class RaisingRepr:
    def __repr__(self): raise ValueError('repr failed')
print(repr(R()), ascii(R()), str(R()), f'{R()!r}', f'{R()!a}', [R()], ascii([R()]))
show(repr, BadRepr()); show(ascii, BadRepr()); show(repr, RaisingRepr()); show(str, BadRepr()); show(repr)
show(ascii); show(repr, 1, 2)
rec = []
rec.append(rec)
d = {}
d['self'] = d
print(repr(rec), repr(d), repr([rec, rec]))

print(format(42), format(42, ''), format(42, 'd'), format(3.5), format('s'), format('s', '>5'), format(None), format([1], ''))
print(format(1234567, ','), format(1234567, '_'), format(-42, '+08d'), format(42, '^9'), format(42, '*<6'), format(255, '#x'))
print(format(3.14159, '.2f'), format(1e10, 'e'), format(0.000123, 'g'), format(0.5, '%'), format(2.5, '08.3f'), format(-1.5, '=+10.2f'))
print(format('text', '.2'), format('text', '^10'), format('text', '-^10.3'), format(True, ''), format(True, 'd'), format(False, '>6'))
print(format(1+2j), format(1+2j, '.1f'), format(-0.0, ''), format(float('nan'), '>6'), format(float('-inf'), '+'))
show(format, 'x', 'd'); show(format, 1, 's'); show(format, 1.5, 'd'); show(format, [], 'x'); show(format, None, '>3')
show(format, object(), 's'); show(format, 1, 5); show(format); show(format, 1, '', 2); show(format, 1, 'zz')
show(format, 'a', ','); show(format, 1, ',_'); show(format, 1.5, 'c'); show(format, 'x', '='); show(format, 1, '.2d')
class F:
    def __format__(self, spec): return f'F[{spec}]'
class BadF:
    def __format__(self, spec): return 5
print(format(F()), format(F(), 'spec'), f'{F():>3}', f'{F()!s:>3}' if False else f'{F()!r:.0}' != '', '{0:xyz}'.format(F()))
show(format, BadF(), ''); show(format, BadF())
class Plain: pass
pl = Plain()
print(format(pl, '') == str(pl) and 'plain-ok')
show(format, Plain(), 'x')
class IntSub(int):
    def __format__(self, spec): return 'intsub:' + spec
print(format(IntSub(3), 'x'), f'{IntSub(1)}', '{:d}'.format(IntSub(2)))
print(f'{3.0:}', f'{"s"!r:^7}', f'{42:{"0"}{8}}', f'{12345:{","}}', f'{0.1 + 0.2!r}', f"{'a' 'b'}")
