# UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError: attributes and str.
d = UnicodeDecodeError("utf-8", b"ab\xffc", 2, 3, "invalid start byte")
print(d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(str(d))
print(repr(d))
d = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")
print(str(d))
d = UnicodeDecodeError("ascii", bytearray(b"\x80"), 0, 1, "r")
print(type(d.object).__name__, str(d))
e = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
e = UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "x")
print(str(e))
e = UnicodeEncodeError("ascii", "a\U0001f600b", 1, 2, "x")
print(str(e))
e = UnicodeEncodeError("ascii", "abcd", 1, 3, "x")
print(str(e))
t = UnicodeTranslateError("a\xe9", 1, 2, "no map")
print(t.encoding, t.object, t.start, t.end, t.reason, t.args)
print(str(t))
t = UnicodeTranslateError("abc", 0, 3, "no map")
print(str(t))
for args in [(), ("x",), ("utf-8", "str-not-bytes", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as x:
        print("TypeError", x)
try:
    UnicodeEncodeError("ascii", b"bytes", 0, 1, "r")
except TypeError as x:
    print("TypeError", x)
d = UnicodeDecodeError("utf-8", b"abc", 1, 2, "r")
d.start = 0
d.end = 3
d.reason = "new"
d.encoding = "enc"
print(str(d), d.args)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason, str(x))
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason, str(x))
print(str(UnicodeError("u")), UnicodeError("u", 1).args)
d = UnicodeDecodeError("utf-8", b"abc", 5, 9, "r")
print(str(d))
e = UnicodeEncodeError("ascii", "abc", 5, 9, "r")
print(str(e))
