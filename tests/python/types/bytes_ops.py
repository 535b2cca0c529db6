# bytes and bytearray: construction, methods, %-formatting, errors, bytearray growth (__alloc__)

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for src in [b'abc', 3, [65, 66], (1,), range(3), 'x', -1, [256], ['a'], 1.5, None, memoryview(b'mv'), iter([1, 2]), bytearray(b'q')]:
    show(bytes, src); show(bytearray, src)
show(bytes, 'é', 'utf-8'); show(bytes, 'é', 'ascii'); show(bytes, 'é', 'ascii', 'replace'); show(bytes, b'x', 'utf-8'); show(bytes, 'x', errors='strict')
class WithBytes:
    def __bytes__(self): return b'wb'
class BadBytes:
    def __bytes__(self): return 'no'
show(bytes, WithBytes()); show(bytearray, WithBytes()); show(bytes, BadBytes())
print(repr(b'\x00\t\n\r\x7f\x80\xff\'"\\'), repr(b"'"), repr(b'"\''), repr(bytearray(b"it's")), str(b'x'))
B = b'Hello, World! hello'
print(B.upper(), B.lower(), B.swapcase(), B.title(), B.capitalize(), B.center(25, b'*'), B.ljust(22, b'.'), B.zfill(22))
print(B.split(), B.split(b'l'), B.rsplit(b'l', 2), B.partition(b', '), B.rpartition(b'x'), B.find(b'l'), B.rfind(b'l'), B.count(b'l'))
print(B.find(108), B.index(b'W'), B.replace(b'l', b'L', 2), B.strip(b'Helo'), B.startswith((b'He', b'x')), B.endswith(b'lo', 0, 5))
print(b'a\tb'.expandtabs(4), b'a\nb\r\nc'.splitlines(), b'a\nb\r\nc'.splitlines(True), b'  x  '.lstrip(), b'  x  '.rstrip())
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b',').join([b'x', b'y']), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
for s in [b'abc', b'ABC', b'Abc Def', b'123', b'a1', b'', b' \t', b'\xe9', b'Ab Cd', b'aB']:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
print(bytes.fromhex('61 62\t63\n'), bytearray.fromhex('ff00'), b'\x01\xab'.hex(), b'\x01\xab\xcd'.hex(':'), b'\x01\xab\xcd'.hex(b'-', -2))
show(bytes.fromhex, 'abc'); show(bytes.fromhex, 'zz'); show(bytes.fromhex, 'a b'); show(bytes.fromhex, '٠٠'); show(bytes.fromhex, b'00')
class MyBytes(bytes):
    pass
class MyArray(bytearray):
    pass
print(type(MyBytes.fromhex('41')), type(MyArray.fromhex('41')), MyBytes(b'x').__bytes__(), type(MyBytes(b'x').__bytes__()), b'x'.__bytes__())
print(bytes.maketrans(b'ab', b'xy')[97:99], b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'))
print(b'%s %r %a %d %5.1f %x %c %c %b %%' % (b'x', b'y', 'é', 5, 2.25, 255, 65, b'z', b'w'), bytearray(b'%s!') % b'q')
for fmt, args in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%s %s', (b'a',)), (b'%k', 1), (b'%(a)s', {b'a': b'v'})]:
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)
print(b'a' + b'b', b'ab' * 2, bytearray(b'a') + b'b', b'a' + bytearray(b'b'), b'b' in b'abc', 98 in b'abc', b'ab' < b'b', b'a' == bytearray(b'a'))
show(lambda: b'a' + 'b'); show(lambda: 'a' + b'b'); show(lambda: 300 in b'a'); show(lambda: b'abc'[3]); show(lambda: bytearray(b'abc')[3]); show(lambda: b'a'['x'])
print(b'abcdef'[1:5:2], b'abc'[-1], bytearray(b'abcdef')[::-2], list(b'ab'), list(reversed(bytearray(b'ab'))), hash(b'ab') == hash(bytes(bytearray(b'ab'))))
show(hash, bytearray(b'x'))
ba = bytearray(b'hello')
ba[0] = 72; ba[1:3] = b'EY'; ba[-1:] = [33, 33]; del ba[0]; ba.append(46); ba.extend(b'xy'); ba.insert(0, 95); ba.insert(100, 94)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.remove(120); ba.reverse(); print(ba, ba.copy(), ba.count(b'!'), ba.index(b'E'))
ba[::2] = b'abcd'; print(ba); del ba[::3]; print(ba); ba *= 2; print(ba); ba += b'+'; print(ba); ba.clear(); print(ba)
for f in [lambda: ba.pop(), lambda: ba.remove(1), lambda: ba.append(256), lambda: ba.append('a'), lambda: ba.insert(0, -1),
          lambda: bytearray(b'ab').__setitem__(slice(None, None, 2), b'xyz'), lambda: bytearray(b'a').__setitem__(0, 300),
          lambda: bytearray(b'a').__setitem__(slice(0, 1), 5), lambda: bytearray(b'a').__iadd__('x'), lambda: bytearray(b'ab') * 'x']:
    show(f)
# CPython's growth policy, seen through __alloc__
print([bytearray(n).__alloc__() for n in range(5)], bytearray(b'').__alloc__(), bytearray(b'abc').__alloc__())
print([bytearray(range(n)).__alloc__() for n in range(10)], [bytearray(list(range(n))).__alloc__() for n in range(5)])
b = bytearray(); r = []
for i in range(20):
    b.append(i); r.append(b.__alloc__())
print(r)
b = bytearray(b'abcdefghij'); steps = []
for op in [lambda: b.__delitem__(0), lambda: b.__delitem__(slice(0, 3)), lambda: b.append(1), lambda: b.extend(b'xyz'),
           lambda: b.extend([1, 2, 3, 4, 5, 6]), lambda: b.clear(), lambda: b.__iadd__(b'abcdef'), lambda: b.__imul__(3),
           lambda: b.pop(0), lambda: b.__setitem__(slice(0, 10), b''), lambda: b.insert(0, 1), lambda: b.__delitem__(slice(None, None, 2))]:
    op(); steps.append((len(b), b.__alloc__()))
print(steps, b[1:].__alloc__(), b[:0].__alloc__(), (b + b'x').__alloc__(), b.copy().__alloc__(), b.upper().__alloc__())
print(bytearray(b'ab').__reduce__(), bytearray(b'ab').__reduce_ex__(3), bytearray().__reduce_ex__(2), b'ab'.__getnewargs__())
x = MyArray(b'zz'); x.attr = 1
print(x.__reduce_ex__(2), x.__reduce_ex__(4), x.__reduce__())
print(b'abc'.decode(), b'\xff'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), bytearray(b'x').decode(encoding='ascii'))
show(b'\xff'.decode); show(b'x'.decode, 'nope'); show(b''.decode, 'nope')
for f in [lambda: b'a'.find('a'), lambda: b'a'.count('a'), lambda: b'a'.index(b'z'), lambda: b'a'.rindex(300), lambda: b'a'.partition('a'),
          lambda: b'ab'.replace('a', 'b'), lambda: b'a'.center(3, 'x'), lambda: b'a'.removeprefix('a'), lambda: b'a'.split('a'), lambda: b'a'.strip('a'),
          lambda: bytearray(b'a').rfind(b'a', 'x'), lambda: b'abc'.index(98, 2)]:
    show(f)
print(b'aaa'.count(b''), b'aaa'.count(b'a', 1), b'abcabc'.rfind(b'c'), b'abc'.rfind(b'', 1), b'abc'.count(b'', 5), b'abc'.rindex(99, 0, 3),
      b'abcabc'.rfind(b'abc', 1), bytearray(b'xyxy').count(b'xy'), b'abc'.find(b'', 4), b'abc'.rfind(b'', 4), b'aXbXc'.count(ord('X'), -3))
print('%s' % {'x': 1}, '%s %(x)s' % {'x': 1}, b'%s' % {b'x': 1} if False else '')
for fmt in ['%(x)s %s', '%s %s']:
    try:
        print(fmt % {'x': 1})
    except TypeError as e:
        print('TypeError:', e)
