# float formatting: e/f/g/%/n/empty types with precisions, alternate form, grouping, z, rounding of halfway cases
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ':', e)

for spec in ['', 'e', 'E', '.0e', '.1e', '.10e', '#.0e', 'f', 'F', '.0f', '#.0f', '.1f', '.15f', 'g', 'G', '.0g', '.1g', '.3g', '#g', '#.3g', '.20g',
             '%', '.0%', '.2%', ',', ',.2f', '_.3f', '015.3f', '+.2e', ' .1f', '=+12.3f', '^15.4e', '*<12g', 'z.1f', 'zg', '.2', '.10', 'n', '.3n',
             'r', 'd', 'x', 'c', 's', '.', '.f', ',g', ',e', '_%', '20,', '#', '#.0', '.-1f']:
    show(1234.5678, spec)
for v in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 1e16, 123456789.0, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in ['', '.0f', '.2e', 'g', '.3g', '%', 'z.1f', '+', '10.3', ',.1f']])
print([format(x, '.0f') for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]], [format(x, '.1f') for x in [0.05, 0.15, 0.25, 0.35, 0.45]])
print([format(x, '.2f') for x in [2.675, 1.005, 0.125, 0.135, 1.115]], [format(x, '.3e') for x in [1.0005, 1.00050001, 2.5e-5]])
print([format(1.0 / 7, '.%dg' % p) for p in range(0, 18)])
print([format(10.0 ** e, 'g') for e in range(-6, 18, 3)], [format(10.0 ** e, '') for e in range(14, 18)], [format(123456.0, '.%dg' % p) for p in (1, 4, 6, 7)])
print(format(1e100, 'f')[:20], len(format(1e100, 'f')), len(format(5e-324, '.400f')), format(0.1, '.60f'), format(1 / 3, '.30e'))
print('%f %e %g %G %E %.3f %10.2f %-10.2f| %+.1e %#.0f %#g %%' % (1.5, 1.5, 1.5, 1e-10, 1e20, 2 / 3, 3.14159, 3.14159, -12345.678, 2.0, 1.0))
print('%r %s %a %5s %.3s %g %g %g' % (0.1, 0.1, 1e22, 1.5, 3.14159, 1e-5, 123456789.0, 0.0001), '%.0e' % 25, '%.0e' % 35, '%d' % 3.99, '%x' % 255)
print(f'{3.14159:.2f}', f'{-0.0:z.0f}', f'{-0.4:z.0f}', f'{2.5:.0f}', f'{1e-3:.2%}', f'{12345.678:,.1f}', f'{12345.678:_}', f'{0.000012345:.3}')
print(f'{1e21:f}', f'{1e21:g}', f'{1.5e-5:g}', f'{1e-5:.1g}', f'{99999.5:.5g}', f'{0.00009999:.3g}', f'{9.9999:.3g}', f'{9.9994:.4}')
print(str(1e16), str(1.5e-5), str(123e-20), repr(1e-4), str(0.0001), str(1e5), format(1e5), format(1e16, ''), format(1e16, 'g'))
class F(float):
    def __format__(self, spec): return 'custom ' + spec
print(format(F(1.5), '.2f'), f'{F(2.5):>5}', '{:e}'.format(F(1)), '%.2f' % F(1.234))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2), format(2.675, '.2f'), '%.2f' % 2.675)
