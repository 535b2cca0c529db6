# struct: Struct objects, pack_into/unpack_from/iter_unpack, and CPython's error types and messages
import struct


def attempt(f, *args):
    try:
        print("  ->", repr(f(*args)))
    except Exception as e:
        print("  ", type(e).__name__, e)


s = struct.Struct("<ihb")
print(s.format, s.size, type(s).__name__, type(s).__module__, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x00\x00\x02\x00\x03"))
print(struct.Struct(b">q").format, struct.Struct(b">q").size)
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from("<h", buf, -2), struct.unpack_from("<h", buf))
mv = memoryview(buf)
struct.pack_into(">I", mv, 0, 0xdeadbeef)
print(buf.hex())
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(bytes(14))))
print(struct.Struct.__doc__ is not None, isinstance(struct.error, type), issubclass(struct.error, Exception))
print(struct.error.__name__, struct.error.__module__, struct.error.__qualname__)
print(sorted(n for n in dir(struct) if not n.startswith("__")))
print(sorted(n for n in dir(s) if not n.startswith("__")))
struct._clearcache()


class S(struct.Struct):
    pass


print(S("2h").size, S("2h").unpack(b"\x01\x00\x02\x00"))

print("bad formats")
for fmt in ["y", "<P", "=n", "3", "i3", "b 2 h", "99999999999999999999i", "9223372036854775807q", "\u20ac", 5]:
    attempt(struct.calcsize, fmt)
attempt(struct.Struct, 3.5)

print("ranges")
for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N"]:
    for order in ["@", "<", ">"]:
        if order != "@" and fmt in "nN":
            continue
        for v in [2**70, -2**70, 2**64, -1, 128, -129, 256, 65536, -32769, 2**32, -2**31 - 1, 2**63, -2**63 - 1]:
            try:
                struct.pack(order + fmt, v)
            except Exception as e:
                print(order + fmt, v, type(e).__name__, e)
        try:
            struct.pack(order + fmt, 1.5)
        except Exception as e:
            print(order + fmt, "1.5", type(e).__name__, e)
        try:
            struct.pack(order + fmt, "3")
        except Exception as e:
            print(order + fmt, "'3'", type(e).__name__, e)

print("floats and bytes")
for fmt, v in [("f", "x"), ("d", None), ("e", "1"), ("f", 1e300), ("<f", -1e300), ("e", 1e6), ("e", 65520.0),
               ("c", b"ab"), ("c", bytearray(b"z")), ("c", "a"), ("c", 1), ("s", "abc"), ("p", 3), ("5s", bytearray(b"x")),
               ("?", None)]:
    attempt(struct.pack, fmt, v)

print("counts")
attempt(struct.pack, "2h", 1)
attempt(struct.pack, "h", 1, 2)
attempt(struct.pack, "3s", b"x", b"y")
attempt(struct.pack)
attempt(struct.unpack, "h", b"abc")
attempt(struct.unpack, "h", "ab")
attempt(struct.unpack, "0s", b"x")
attempt(struct.unpack_from, "i", b"abc")
attempt(struct.unpack_from, "i", b"abcdef", 3)
attempt(struct.unpack_from, "i", b"abcdef", 7)
attempt(struct.unpack_from, "i", b"abcdef", -7)
attempt(struct.unpack_from, "i", b"abcdef", -4)
attempt(struct.pack_into, "i", bytearray(3), 0, 1)
attempt(struct.pack_into, "i", bytearray(6), 3, 1)
attempt(struct.pack_into, "i", bytearray(6), -3, 1)
attempt(struct.pack_into, "i", bytearray(6), -7, 1)
attempt(struct.pack_into, "i", bytearray(6), 7, 1)
attempt(struct.pack_into, "i", b"abcdef", 0, 1)
attempt(struct.pack_into, "i", bytearray(6))
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "ii", bytearray(8), 0, 1)
attempt(struct.iter_unpack, "i", b"abcde")
attempt(struct.iter_unpack, "0i", b"abcde")
attempt(struct.iter_unpack, "i", "abcd")
attempt(s.unpack_from, b"x", 0, 1)
attempt(struct.Struct("i").pack, 1, 2)
