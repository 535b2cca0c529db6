# str.format: auto and manual numbering, keywords, attributes, indexes, conversions, nested specs, braces, errors

def show(fmt, *a, **k):
    try:
        r = fmt.format(*a, **k)
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__ + ':', e)
    else:
        print(repr(fmt), '->', repr(r))

class P:
    x = 'px'
    items = ['i0', 'i1']
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'P-str'
    def __format__(self, spec):
        return 'P[' + spec + ']'
show('{} {} {}', 1, 'two', 3.0)
show('{0} {1} {0}', 'a', 'b')
show('{name} {0}', 'pos', name='kw')
show('{0.x} {0.items[1]} {0.items[0]!r}', P())
show('{d[key]} {d[1]} {l[2]} {d[-1]}', d={'key': 'v', 1: 'int1', '-1': 'str-1'}, l=[0, 1, 2])
show('{0[0][1]} {0[1]}', [['a', 'b'], 'c'])
show('{!r} {!s} {!a}', 'é', 'é', 'é')
show('{0!r:>10} {0!s:*^9} {0!a:<8}|', 'é')
show('{} {!r} {!s} {:q}', P(), P(), P(), P())
show('{:{}}', 'x', 5)
show('{:{}{}}', 'x', '>', 5)
show('{0:{1}.{2}}', 'abcdef', 8, 3)
show('{:{w}}|{:>{w}}', 'a', 'b', w=4)
show('{{}} {{{0}}} }}{{', 'z')
show('{0}{1}{0}', *'ab')
show('{:}|{:s}', 'e', 'f')
show('{0:}', 'n')
show('{ }', **{' ': 'space'})
show('{0 }', 'x')
show('{a.b}', a=type('A', (), {'b': 'B'})())
show('{}', {'k': 'v'})
show('{[0]}', 'str')
show('{0[1:2]}', {'1:2': 'slice-key'})
show('{0}')
show('{1}', 'a')
show('{x}', y=1)
show('{0} {}', 'a', 'b')
show('{} {0}', 'a', 'b')
show('{', 'a')
show('}', 'a')
show('{0!}', 'a')
show('{0!x}', 'a')
show('{0!rr}', 'a')
show('{0:{1:{2}}}', 'a', 'b', 'c')
show('{0.}', 'a')
show('{0[}', 'a')
show('{0[0]x}', ['a'])
show('{0.missing}', 'a')
show('{0[5]}', 'a')
show('{0[a]}', ['x'])
show('{:d}', 'notint')
show('{0:>{1}}', 'a', 'wide')
show('{0:.{1}}', 'abc', -1)
show('{:>3}', None)
show('{!r:>8}', None)
print(repr(''.format_map({})), '{a}'.format_map({'a': 1}), '{{}}'.format_map({}))
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
class Missing(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(Missing(a='A')))
try:
    '{a}'.format_map(None)
except TypeError as e:
    print('TypeError:', e)
try:
    '{0}'.format_map({'0': 1})
except Exception as e:
    print(type(e).__name__ + ':', e)
