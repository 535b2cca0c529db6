# bytes/bytearray case methods, is* predicates, center/ljust/rjust/zfill/expandtabs (ASCII-only semantics)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

samples = [b'', b'hello world', b'HELLO', b'Hello World', b"they're bill's", b'a1b2 c3', b'\xe9\xc9 caf\xe9', b'123', b'  ', b'\t\n',
           b'aB', b'Ab', b'A b', b'x_y', b'\x00\x7f', b'\x80\xff', b'Title Case Here', b'mIxEd', b'1a', b'.']
for T in (bytes, bytearray):
    for s in samples:
        v = T(s)
        print(T.__name__, repr(s), v.lower(), v.upper(), v.title(), v.capitalize(), v.swapcase())
        print('   ', ''.join('1' if getattr(v, n)() else '0' for n in ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper']))
    for s in [b'', b'a', b'ab', b'abc', b'-5', b'+5', b'--', b'\xff']:
        v = T(s)
        print(T.__name__, repr(s), [v.center(w) for w in (0, 3, 4, 5)], v.ljust(4, b'*'), v.rjust(4, bytearray(b'.')), [v.zfill(w) for w in (0, 3, 5)])
    for s in [b'a\tb', b'\t\t', b'ab\tcd\nef\tg', b'x\r\ty']:
        print(T.__name__, repr(s), [T(s).expandtabs(n) for n in (0, 1, 3)], T(s).expandtabs(), T(s).expandtabs(tabsize=2))
    show('center fill str', lambda: T(b'a').center(5, '*'))
    show('center fill two', lambda: T(b'a').center(5, b'**'))
    show('center fill int', lambda: T(b'a').ljust(5, 42))
    show('zfill float', lambda: T(b'a').zfill(5.0))
    show('center none', lambda: T(b'a').center())
b = b'same'
print(b.center(2) is b, b.zfill(4) is b, b.expandtabs() is b, b.lower() is b, b.ljust(0) is b)
print(type(bytearray(b'a').center(1)).__name__, type(bytearray(b'a').upper()).__name__)
class B(bytes):
    pass
print(type(B(b'a').upper()).__name__, type(B(b'a').center(1)).__name__, type(B(b'a').zfill(1)).__name__)
