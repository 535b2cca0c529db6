# Numeric literals and their reprs: underscores, bases, floats, complex, large ints; invalid literal SyntaxErrors.
print(1_000_000, 0x_ff, 0o17, 0b1010, 0B11, 0XAB, 1e3, 1E-3, 1_0.0_1, .5, 5., 0.0, -0.0)
print(1j, 1.5J, 1e2j, 0j, 3 + 4j, (1+2j).real, (1+2j).imag, 2 ** 64, -2 ** 63, 0o777, 1e308, 1e309, 5e-324, 1e-400)
print(repr(0.1), repr(1/3), repr(2.5e-5), repr(1e22), repr(1e16), repr(123456789012345678.0), repr(float("1e-7")))
print(0 == -0, 0.0 == -0.0, str(-0.0), 1_0 + 0b1_0 + 0o1_0 + 0x1_0)
def t(src):
    try:
        print(eval(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for src in ["1__0", "1_", "0x", "0b2", "0o8", "09", "1e", "1.e5", "1_000.000_1", "0_0", "00", "0x_", "1._5", "1e_5", "0b_1", "5j.real", "1if 1 else 0", "0xfor", "1 .real"]:
    t(src)
