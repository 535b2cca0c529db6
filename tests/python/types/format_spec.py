# format() mini-language for int, float, complex and str
def show(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '->', type(e).__name__ + ':', e)

for spec in ['', 'd', '5d', '<5', '^6', '=+8', '08', '+', ' ', '-', ',', '_', '_x', ',x', 'b', '#b', 'o', '#o', 'x', '#X',
             'c', 'n', 'e', '.2f', '%', '010,', '#010x', '.3', 's', 'z', '=^5', 'x<+#8_b', '*^9,', '0=10', ',_', '10.2s']:
    show(1234567, spec)
for v in [-42, 0, True, 255, 2**70]:
    for spec in ['', '+d', '#x', ',', 'c', '08.3f', 'e', '_b']:
        show(v, spec)
show(0x110000, 'c'); show(-1, 'c')
for spec in ['', 'f', '.0f', '.1f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', 'n', '+.2f', ' .2f', '010.3f', '<10.2f',
             '^12,.2f', ',', '_.3f', '#.0f', '#g', '.0e', '#.0e', 'z.1f', 'd', 'x', 's', '.50f', '=+12.3f', '012,.1f', 'r']:
    show(1234.5678, spec)
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, float('inf'), float('-nan'), 1e300, 5e-324, 0.5, 2.5, -0.00001]:
    for spec in ['', 'g', '.2e', 'f', '%', 'z.2f', '+08.2f', '.12g', 'n']:
        show(v, spec)
for v in [1+2j, -1.5-0.5j, 1j, complex(0, -0.0), complex('inf'), complex(1e20, 3)]:
    for spec in ['', 'g', '.2f', '+.1e', '^20', '>15.2f', 'n', 'E', '%', '=10', '010.2f', 'z.1f']:
        show(v, spec)
for spec in ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.3', '=10', '+', 'd', ',', '#', '0', '010', '\U0001f600^7', 'x']:
    show('héllo', spec)
show('\U0001f600ab', '^7'); show('', '^3'); show('abc', '.0')
print(format(3), format('x'), format(None), format([1, 2]), format(1.5, ''), '{:>{w}.{p}f}'.format(3.14159, w=10, p=2))
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
print(format(C(), 'xyz'), f'{C():abc}', '{0:{1}}'.format(C(), 'q'), f'{3.5!r:>8}', f'{"a"!a}', f'{"é"!a}')
show(object(), 'x'); o = object(); print(format(o, '') == str(o))
for fmt in ['{', '}', '{0', '{!}', '{0!x}', '{0:{1:{2}}}', '{a.b}', '{0[}', '{0]}', '{0[0]x}', '{:}{}']:
    try:
        print(repr(fmt.format(1, 2, 3, a=4)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
print('{0}{1}{0}'.format('a', 'b'), '{x[0]}{y.real}'.format(x=[7], y=3), '{{}}{}'.format(1), '{:%Y}'.format(__import__('datetime').date(2020, 1, 2)) if False else '')
try:
    '{}{0}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print(e)
