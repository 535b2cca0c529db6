a = 0, 00, 0_0, 1, 1_000_000, 0x1F, 0X_ff_FF, 0o17, 0O_7, 0b1010, 0B_1_0
b = 1.0, 1., .5, 1e10, 1E-10, 1.5e+3, 1_0.0_1e1_0, 0.0, 00.5, 09.5, 0e0, 0E+1, 09e1
c = 1j, 1.5J, .5j, 1e3j, 0j, 00j, 09j, 1_0j
d = 1if x else 2, 0x1for, 1or 2, 1in y, 1is z, 1and 2, 1not in w
e = x.y, x. y, ..., x[...], 1 .real, 1..real if False else 0
f = 12345678901234567890123456789, 0xFFFFFFFFFFFFFFFFFFFF
