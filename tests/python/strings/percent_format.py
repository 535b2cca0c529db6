# printf-style str formatting: every conversion, flags, * width/precision, mapping keys, and the errors

def show(fmt, args):
    try:
        r = fmt % args
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__ + ':', e)
    else:
        print(repr(fmt), '->', repr(r))

values = [0, 7, -7, 255, 3.5, -0.0, 1e20, 2**70, True]
convs = 'diouxXeEfFgG'
for v in values:
    row = []
    for c in convs:
        try:
            row.append(('%' + c) % v)
        except TypeError as e:
            row.append('TypeError(%s)' % e)
    print(repr(v), ' | '.join(row))
for flags in ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ', '-#']:
    for c in 'dxXofe':
        fmt = '%' + flags + '8' + c
        print(repr(fmt), repr(fmt % 42), repr(fmt % -42) if c != 'e' else repr(fmt % -4.25e-3))
for prec in ['', '.0', '.1', '.3', '.10']:
    print(prec, ['%' + prec + c % () if False else ('%' + prec + c) % 12.3456789 for c in 'efgEG'], ('%' + prec + 's') % 'abcdef', ('%' + prec + 'd') % 5)
print('%s|%r|%a|%c|%c|%%' % ('é', 'é', 'é', 'x', 0x1F600))
print('%5s|%-5s|%.2s|%5.1s|%-6r|' % ('ab', 'ab', 'abc', 'xyz', 'q'))
print('%*d|%-*d|%.*f|%*.*f|' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print('%*s|' % (-6, 'neg'), '%(a)s %(b)05d %(a)r %%' % {'a': 'A', 'b': 42}, '%(x)s' % {'x': [1]}, '%()s' % {'': 'empty'})
print('%(a)s' % {'a': 1, 'b': 2}, '%s' % [1, 2], '%s' % (1,), '%s %s' % (1, 'x'), '%s' % ((1, 2),), '%d%%' % 50)
class Obj:
    def __str__(self):
        return 'STR'
    def __repr__(self):
        return 'REPR'
    def __index__(self):
        return 9
print('%s %r %a %d %x %c' % (Obj(), Obj(), Obj(), 4.9, Obj(), 'z'))
print('%i %u %o %#o %#x %#X' % (10, 10, 8, 8, 255, 255), '%.3d|%+.3d|%08.3f|% .2e' % (5, 5, -1.5, 12345.678))
print('%g %g %g %g %G' % (1e-5, 123456789, 0.0001, 1e16, 1e-10), '%f %e' % (float('inf'), float('-nan')), '%5.1f%%' % 99.44)
show('%d', 'x')
show('%d', 1.5j)
show('%x', 1.5)
show('%c', 'ab')
show('%c', 0x110000)
show('%c', -1)
show('%s %s', ('a',))
show('%s', ('a', 'b'))
show('%(a)s', ('a',))
show('%(a)s', {'b': 1})
show('%(a', {'a': 1})
show('%k', 1)
show('%', ())
show('abc', 5)
show('abc', ())
show('abc', {'x': 1})
show('%*d', ('x', 1))
show('%.*d', (1.5, 1))
show('%s %(a)s', {'a': 1})
show('%(a)s %s', {'a': 1})
show('%*(a)s', {'a': 1})
show('%z', ())
show('%ld %hd %Ld', (1, 2, 3))
show('%5', 1)
show('%.', 1)
show('%c', 3.0)
show('%i', None)
show('%o', '8')
