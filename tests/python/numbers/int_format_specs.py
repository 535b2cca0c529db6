# int.__format__ with every spec: fill/align, sign, '#', '0', width, ',' and '_' grouping, types b c d n o x X e f g %
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ':', e)

for spec in ['', 'd', '5', '<5', '>5', '^5', '^6', '*^7', '0>5', '=8', '+', '-', ' ', '+5', ' 5', '05', '+05', '-06', '=+8',
             ',', '_', '10,', '010,', '_x', '_b', '_o', '#_x', ',d', '+,', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b', '#010x',
             '#10b', 'c', 'n', 'e', '.2e', 'E', 'f', '.3f', 'g', 'G', '%', '.1%', '0=10', 'z', 'zd', '.2', '.0d', ',x', '_c', '#c',
             '#d', '=', '<', '\x00<5', ' <5', 's', 'r', '10.2f', '.100f']:
    show(1234567, spec)
for v in [0, -1, -1234567, 2**70, -(2**70), 65, True]:
    print([format(v, s) for s in ['', ',', '_', '+', ' ', 'x', '#b', '>12', '012', '=+12', 'e', '.3g', 'c' if 0 <= v < 0x110000 else 'd']])
show(-1, 'c'); show(0x110000, 'c'); show(2**70, 'c'); show(65, '+c'); show(65, '#c'); show(65, ',c'); show(65, '5c')
show(10**30, ',.2f'); show(10**30, 'e'); show(10**16 + 1, 'f'); show(2**1100, 'e'); show(2**1100, 'f'); show(-(10**20), '_')
show(12345, '.3'); show(12345, ',_'); show(12345, '_,'); show(12345, 'xx'); show(12345, '5.5x'); show(12345, 'ld')
show(12345, '0100'); show(12345, '-^+20,'); show(12345, '#_b'); show(-12345, '#_o'); show(12345, '\U0001F600^11')
print(f'{42:{">"}{10}}', f'{42:#0{10}x}', '{:>{w},}'.format(1234567, w=12), '{0:{1}}'.format(5, '03'), '%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print('%x %X %o %#x %#o %e %c %i %u' % (255, 255, 8, 255, 8, 12345, 97, 7, 9), '%.3d' % 5, '%10.4d' % -7, '% d' % 5)
class I(int):
    pass
print(format(I(255), 'x'), format(I(5), ''), f'{I(7):>3}', format(I(-3), '+'))
import locale
print(format(1234567, 'n'), format(-1234567.5, 'n'), format(0, 'n'), format(1234567, '12n'))
