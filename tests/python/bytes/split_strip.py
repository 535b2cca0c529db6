# bytes/bytearray split, rsplit, splitlines, partition and the strip family, with their errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for T in (bytes, bytearray):
    for s in [b'', b' ', b'  a  b  ', b'a,b,,c,', b'a\tb\nc\x0bd\x0ce\rf', b'x\x1cy\xa0z\x85w', b'aaa', b'one  two   three']:
        v = T(s)
        print(T.__name__, repr(s), v.split(), v.rsplit(), v.split(None, 1), v.rsplit(None, 1), v.split(b','), v.rsplit(b',', 1),
              v.split(b'aa'), v.rsplit(b'aa'), v.split(maxsplit=0), v.split(sep=b',', maxsplit=2))
    for s in [b'', b'a\nb', b'a\r\nb\rc\n', b'\n\n', b'a\x0bb\x0cc\x1cd\x85e', b'x\r']:
        print(T.__name__, repr(s), T(s).splitlines(), T(s).splitlines(True), T(s).splitlines(keepends=True))
    for s in [b'k=v', b'novalue', b'=a=b=']:
        print(T.__name__, T(s).partition(b'='), T(s).rpartition(b'='), T(s).partition(bytearray(b'=')), [type(x).__name__ for x in T(s).rpartition(memoryview(b"a="))])
    for s in [b'  hi  ', b'xxhixx', b'\t\n\x0b\x0c\r x \x1c', b'', b'.,text,.']:
        print(T.__name__, repr(s), T(s).strip(), T(s).lstrip(), T(s).rstrip(), T(s).strip(b'x'), T(s).strip(b'.,'), T(s).lstrip(bytearray(b' h')), T(s).rstrip(None))
    show('split empty sep', lambda: T(b'abc').split(b''))
    show('split str sep', lambda: T(b'abc').split('b'))
    show('split int sep', lambda: T(b'abc').split(98))
    show('partition empty', lambda: T(b'abc').partition(b''))
    show('partition str', lambda: T(b'abc').partition('b'))
    show('partition int', lambda: T(b'abc').rpartition(98))
    show('strip str', lambda: T(b'abc').strip('a'))
    show('strip int', lambda: T(b'abc').lstrip(97))
    show('splitlines str', lambda: T(b'a').splitlines('x'))
    show('strip kw', lambda: T(b'abc').strip(bytes=b'a'))
r = bytearray(b'x').split(b'y')[0]
print(type(r).__name__, type(bytearray(b'a=b').partition(b'=')[1]).__name__, type(bytearray(b'z').partition(b'=')[0]).__name__)
b = b'same'
print(b.strip() is b, b.partition(b'=')[0] is b, b.split()[0] is b, b.rpartition(b'=')[2] is b)
class B(bytes):
    pass
print(type(B(b' x ').strip()).__name__, type(B(b'x').split()[0]).__name__, type(B(b'x').partition(b'=')[0]).__name__)
