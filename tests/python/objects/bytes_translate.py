# bytes.translate/maketrans and the bytearray versions, as re/_compiler.py uses them for charset bitmaps.
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], bytearray.maketrans(b'a', b'b')[97:99])
print(b'abcabc'.translate(t), b'abcabc'.translate(t, b'b'), b'abc'.translate(None, b'ac'), bytearray(b'abc').translate(t))
x = b'hello'; print(x.translate(None) is x, type(bytearray(b'q').translate(None)))
for bad in [lambda: b'a'.translate(b'x'), lambda: bytes.maketrans(b'a', b''), lambda: b'a'.translate(None, 'a'), lambda: b'a'.translate(t, delete=b'a')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bytearray(b'abc').translate(memoryview(t)), b'a'.translate(bytearray(t)))
