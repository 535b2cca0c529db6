# bin, oct, hex, chr, ord: signs, big values, __index__ and all the error messages
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for n in [0, 1, -1, 7, -8, 255, 256, -256, 2**64, -(2**64) + 1, 10**30, True, False]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self): return 42
class BadIdx:
    def __index__(self): return 'x'
print(bin(Idx()), oct(Idx()), hex(Idx()))
for fn in (bin, oct, hex):
    show(fn, 1.5); show(fn, '1'); show(fn, None); show(fn, BadIdx()); show(fn)
print(int(bin(-37), 2), int(oct(-37), 8), int(hex(-37), 16), int(hex(2**100), 0), eval(bin(5)), eval(oct(-64)))
print(format(255, 'b'), format(255, '#b'), format(255, 'o'), format(255, '#o'), format(255, 'x'), format(255, '#X'))

print(chr(65), chr(0), chr(0x10FFFF) == '\U0010ffff', chr(0xE9), chr(0x3b1), chr(0xD800) == '\ud800', repr(chr(127)), repr(chr(160)))
print([ord(c) for c in 'aZ09 \n\t'], ord('é'), ord('\U0001F600'), ord(b'A'), ord(bytearray(b'\xff')), ord('\x00'))
show(chr, -1); show(chr, 0x110000); show(chr, 2**64); show(chr, -2**64); show(chr, 1.5); show(chr, '1'); show(chr, Idx())
show(chr, True); show(chr); show(chr, 1, 2); show(chr, BadIdx())
show(ord, ''); show(ord, 'ab'); show(ord, b''); show(ord, b'ab'); show(ord, bytearray(b'abc')); show(ord, 65); show(ord, None)
show(ord, ['a']); show(ord); show(ord, 'a', 'b')
class S(str): pass
print(ord(S('x')), chr(ord('a') + 1), ''.join(chr(ord(c) ^ 32) for c in 'Hello'))
print([hex(ord(c)) for c in 'ñ€𝄞'], [bin(b) for b in b'\x00\x80'], [oct(i) for i in range(6, 10)])
print(hex(-0), bin(-0), hex(2**63 - 1), hex(-2**63), oct(8**20), bin(2**100)[:12], len(bin(2**1000)))
print(int('0b' + '1' * 64, 0), int('-0o777', 0), int('0X_FF', 0), hex(int('ffff_ffff', 16)))
