# edge cases of int, float and str parsing, arithmetic, formatting and sizes
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
import sys
show(int, '0_1'); show(int, '0b_1', 0); show(int, '1_', 0); show(int, ' 0x_1f ', 16); show(int, '١_٢'); show(int, b'\xd9\xa1')
show(int.__new__, int, '5'); show(int, '5', base=36.0); show(int, 1, base=10); show(lambda: int('9' * 5000))
show(lambda: (2**64).bit_count()); show(lambda: (-2**64).to_bytes(9, 'big', signed=True)); show(int.from_bytes, [1, 2], 'big'); show(int.from_bytes, b'\x80', 'big', signed=True)
show(lambda: 10 ** -2); show(lambda: (-2) ** 0.5); show(lambda: 5 .__truediv__(0)); show(lambda: 2 ** 1000 / 3); show(lambda: 10**400 / 10**390)
show(lambda: 1 / 10**400); show(lambda: float(10**400)); show(lambda: 10**400 // 1.0); show(lambda: divmod(10**20, -7)); show(lambda: (-7) // 2 ** 70)
show(str, 10**4301 if False else 5); show(lambda: hex(-255)); show(lambda: oct(8)); show(lambda: bin(-5)); show(lambda: f'{-255:#x}'); show(lambda: f'{255:_o}')
show(lambda: float('0x1p3')); show(lambda: float.hex(-0.0)); show(lambda: float('   1.5   ')); show(lambda: float('1.5\x00'));
show(lambda: (1.5).hex()); show(lambda: (0.1).__repr__()); show(lambda: 1e16.__str__()); show(lambda: round(1.25, 1)); show(lambda: round(-0.0)); show(lambda: round(0.0, -1))
show(lambda: 'x' * (2**62)); show(lambda: [0] * (2**62)); show(lambda: 'abc'[10**20])
show(lambda: 'a\U00010000b'.find('b', -1)); show(lambda: 'a\U00010000b'.rsplit('\U00010000')); show(lambda: '\U00010000'.center(4, '\U00010001'))
show(lambda: 'ﬃ'.upper()); show(lambda: 'ﬃ'.title()); show(lambda: 'ß'.capitalize()); show(lambda: 'İx'.lower()); show(lambda: 'ǈ'.swapcase())
show(lambda: str.maketrans({'a': 1, 'bb': 2})); show(lambda: str.maketrans('a', 'bc')); show(lambda: 'abc'.translate(str.maketrans('a', 'b', 'c')))
show(lambda: 'a{0}b'.format_map({})); show(lambda: '{0!r:>5}'.format('x')); show(lambda: '{:{}}'.format('x', 3)); show(lambda: '{a[b]}'.format(a={'b': 7}))

def show1(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for f in [lambda: 'abc'.ljust(10**20), lambda: 'abc'.center(-10**20), lambda: 'a'.zfill(10**20), lambda: 'a b'.split(None, 10**20), lambda: 'aa'.replace('a', 'b', 10**20),
          lambda: [1].pop(10**20), lambda: [1].pop(-10**20), lambda: [1][10**20], lambda: 'a'.rjust(2**63 - 1 + 1), lambda: 'a b'.rsplit(' ', -10**20)]:
    show1(f)
