# struct: every format character in every byte order, sizes, alignment, round trips
import struct

ORDERS = ["@", "=", "<", ">", "!", ""]
INTS = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535), "i": (-2**31, 2**31 - 1),
        "I": (0, 2**32 - 1), "l": None, "L": None, "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}

for order in ORDERS:
    for c in "xcbB?hHiIlLqQnNefdspP":
        try:
            print(repr(order + c), struct.calcsize(order + c), end="; ")
        except struct.error as e:
            print(repr(order + c), "error:", e, end="; ")
    print()

for fmt in ["bi", "ci", "bq", "bd", "hd", "b0l", "ib", "bbh", "3si", "3sq", "5p2h", "?e", "xq", "qx", "10x",
            "0s", "2c3b", "iii", "b 2h", " i ", "b\tq"]:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize("<" + fmt), struct.calcsize(">" + fmt))

for order in ["@", "<", ">", "="]:
    for c, (lo, hi) in [(c, r) for c, r in INTS.items() if r]:
        for v in (lo, hi, 0, 1, -1 if lo < 0 else 2):
            b = struct.pack(order + c, v)
            assert struct.unpack(order + c, b) == (v,)
            print(order + c, v, b.hex())
    for c in "lLnN" if order == "@" else "lL":
        for v in (0, 1, 2**31 - 1, 2**32 - 1 if c in "LN" else -2**31):
            b = struct.pack(order + c, v)
            print(order + c, v, b.hex(), struct.unpack(order + c, b))

for order in ["@", "<", ">"]:
    for v in [0.0, -0.0, 1.0, -2.5, 1.1, 1e-8, 65504.0, 6e-8, 5.96e-8, 1e-300, 3.4e38, float("inf"), -float("inf"),
              0.1, 1 / 3, 2.0 ** -24, 2.0 ** -25, 2.0 ** -14, 1.0009765625, 1.00048828125, 1.00146484375, 65519.0]:
        row = [order]
        for c in "efd":
            try:
                b = struct.pack(order + c, v)
                row.append("%s=%s %r" % (c, b.hex(), struct.unpack(order + c, b)[0]))
            except (OverflowError, struct.error) as e:
                row.append("%s:%s %s" % (c, type(e).__name__, e))
        print(v, *row)
    for c in "efd":
        b = struct.pack(order + c, float("nan"))
        print("nan", c, b.hex(), struct.unpack(order + c, b), struct.pack(order + c, -float("nan")).hex())

print(struct.pack("?", 0), struct.pack("?", []), struct.pack("?", "x"), struct.unpack("??", b"\x00\x05"))
print(struct.pack("c", b"a"), struct.unpack("cc", b"xy"))
for fmt, v in [("5s", b"abc"), ("2s", b"abcdef"), ("0s", b"abc"), ("s", b""), ("5p", b"abc"), ("3p", b"abcdef"),
               ("1p", b"abc"), ("300p", b"a" * 280), ("4s", bytearray(b"ab"))]:
    b = struct.pack(fmt, v)
    print(fmt, b[:12], len(b), struct.unpack(fmt, b)[0][:12])
print(struct.pack("i", True), struct.pack("d", 3), struct.pack("f", True), struct.pack(">q", 10**18))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(struct.pack("<ibQ", Idx(), Idx(), Idx()), struct.pack("<d", Flt()), struct.pack("<e", Idx()))
print(struct.pack("<hxhx3x", 1, 2), struct.pack("@bxi", 1, 2), struct.pack("@b0i", 1), struct.pack("x"))
print(struct.pack("<3b2?", 1, 2, 3, True, False), struct.unpack("<3b2?", b"\x01\x02\xff\x00\x01"))
print(struct.unpack(">2hq", bytes(range(12))), struct.unpack("<2hq", bytearray(range(12))))
print(struct.unpack("<I", memoryview(b"abcdefgh")[2:6]), struct.unpack("", b""), struct.pack(""))
print(struct.pack("@P", 0), struct.unpack("@P", b"\xff" * 8), struct.pack("@P", 2**64 - 1))
