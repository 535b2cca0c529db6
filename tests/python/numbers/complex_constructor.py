# complex(): from strings (spaces, signs, j forms, parentheses, underscores), numbers, __complex__/__float__/__index__, repr/str/format
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2j', ' 1+2j ', '(1+2j)', ' ( 1-2J ) ', '1e3+1e-3j', '-1.5e+2-0.5E-1J', 'inf+nanj', '-infj', 'nan',
          '1_0+2_0j', '.5j', '5.j', '1 + 2j', '1+2', '1j+2', '(1+2j', '1+2j)', '()', '', ' ', 'jj', '1+j', '1-j', '0x10', '1e', '1+2jj', '\u0661+\u0662j',
          'infinityj', '-Infinity+NaNj', '1__0j', '_1j', '+-1j', '1e500j', '1e-500j', '1.5\n', '\t2j\t']:
    show(complex, s)
show(complex, '1', 2); show(complex, 1, '2'); show(complex, '1', '2'); show(complex, b'1'); show(complex, None); show(complex, [1])
show(complex, 1, 2, 3); show(complex, real=1, imag=2); show(complex, imag=5); show(complex, real='1j'); show(complex, foo=1)
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(1j, 1j), complex(1 + 2j, 3), complex(1, 2j), complex(-0.0, 0), complex(0, -0.0))
print(complex(2**53 + 1), complex(10**20, -(10**20)), complex(1e308, 1e308) == complex(1e308, 1e308))
show(complex, 10 ** 400); show(complex, 1, 10 ** 400)
class CC:
    def __complex__(self): return 3 + 4j
class CF:
    def __float__(self): return 2.5
class CI:
    def __index__(self): return 7
class BadC:
    def __complex__(self): return 'no'
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
print(complex(CC()), complex(CF()), complex(CI()), complex(Both()), complex(CF(), CF()), complex(1, CI()), complex(CC(), 1))
show(complex, BadC()); show(complex, object()); show(complex, 1, CC())
class CSub(complex): pass
print(type(complex(CSub(1, 2))).__name__, complex(CSub(1, 2)), type(CSub(1)).__name__, CSub('3+4j'))
for z in [0j, -0j, complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 1 + 0j, complex(1, -0.0), 1.5 - 2.25j, 1e20j, 1e-20 + 1e20j, complex(float('inf'), float('-inf')),
          complex(float('nan'), 1), complex(0, float('nan')), 123456789.123456789 + 0.1j, complex(2**53, 1), complex(1e16, 1e-16)]:
    print(repr(z), str(z), format(z), format(z, '.2f'), format(z, '>25'), f'{z:g}', f'{z:+.1e}')
show(format, 1 + 2j, '='); show(format, 1 + 2j, '010'); show(format, 1 + 2j, 'd'); show(format, 1 + 2j, '%'); show(format, 1 + 2j, 'z.0f'); show(format, 1 + 2j, ',.1f')
print(format(-0.0 - 0.0j, 'z.1f'), format(1234567 + 1234567j, ',.0f'), format(1 + 2j, '^20.3g'), format(1 + 2j, '*<20'), format(1 + 2j, '#.0f'), format(3j, ''))
print(eval(repr(1.5 - 2j)) == 1.5 - 2j, complex(repr(complex(-0.0, -2))), complex(str(1e300 + 1e-300j)), '%s %r' % (1j, 2j))
print(complex('1+2j').real, complex('-j').imag, complex(' -1.5 ').imag, (1+2j).imag.hex())
