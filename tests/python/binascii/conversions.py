# binascii: base64 (lenient and strict), hex, CRCs, and their errors; base64 module on top
import base64
import binascii


def attempt(f, *args, **kw):
    try:
        print("  ", f.__name__, args, kw, "->", f(*args, **kw))
    except Exception as e:
        print("  ", f.__name__, args, kw, type(e).__name__, e)


for s in [b"YWJj", b"YW Jj\n", b"YWI=", b"YWI", b"YQ==", b"YQ=", b"YQ", b"Y", b"YQ==YWJj", b"=YQ==", b"YQ=a=",
          b"Y!Q==", b"", b"====", b"YQ===", "YWJjZA==", bytearray(b"YWJj")]:
    attempt(binascii.a2b_base64, s)
    attempt(binascii.a2b_base64, s, strict_mode=True)
for b in [b"", b"a", b"ab", b"abc", bytes(range(256)), bytearray(b"xyz")]:
    print(binascii.b2a_base64(b), binascii.b2a_base64(b, newline=False)[:20], binascii.hexlify(b)[:20],
          binascii.crc32(b), binascii.crc32(b, 12345), binascii.crc32(b, -1), binascii.crc_hqx(b, 0),
          binascii.crc_hqx(b, 0xffff))
print(binascii.hexlify(b"abcdef", "-"), binascii.b2a_hex(b"abcdef", b":", -2), binascii.hexlify(b"abcdef", "|", 4))
print(binascii.a2b_base64(memoryview(b"YWJj")), binascii.unhexlify("0aFf"), binascii.a2b_hex(b"00"), binascii.unhexlify(bytearray(b"7e")))
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.unhexlify, "\u00e9\u00e9")
attempt(binascii.a2b_base64, 5)
attempt(binascii.a2b_base64, "é")
attempt(binascii.b2a_base64, "x")
attempt(binascii.crc32, "x")
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)

print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"),
      base64.b32encode(b"abc"), base64.b16decode("6162"), base64.a85encode(b"abcd"), base64.b85encode(b"xyz"),
      base64.standard_b64decode(b"YQ"+b"=="), base64.encodebytes(b"x" * 60))
attempt(base64.b64decode, "YWJj!", validate=True)
