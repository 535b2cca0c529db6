# str(): every constructor form and its errors; indexing and slicing errors, repetition, concatenation, ordering, ord/chr

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

show('str()', lambda: str())
show('str int', lambda: str(42))
show('str float', lambda: str(1.5))
show('str list', lambda: str([1, 'a']))
show('str bytes', lambda: str(b'ab'))
show('str bytes enc', lambda: str(b'caf\xc3\xa9', 'utf-8'))
show('str bytes errors', lambda: str(b'caf\xff', 'utf-8', 'replace'))
show('str bytes kw', lambda: str(object=b'x', encoding='ascii'))
show('str bytearray enc', lambda: str(bytearray(b'ba'), 'latin-1'))
show('str memoryview enc', lambda: str(memoryview(b'mv'), 'ascii'))
show('str errors only', lambda: str(b'\xff', errors='ignore'))
show('str str enc', lambda: str('text', 'utf-8'))
show('str int enc', lambda: str(5, 'utf-8'))
show('str bad codec', lambda: str(b'x', 'nope'))
show('str strict fail', lambda: str(b'\xff', 'ascii'))
show('str too many', lambda: str(b'x', 'ascii', 'strict', 1))
show('str bad kw', lambda: str(obj=1))
show('str enc int', lambda: str(b'x', 5))
class WithStr:
    def __str__(self):
        return 'from __str__'
class BadStr:
    def __str__(self):
        return 5
class OnlyRepr:
    def __repr__(self):
        return 'from __repr__'
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub('sub')
show('str __str__', lambda: str(WithStr()))
show('str bad __str__', lambda: str(BadStr()))
show('str __repr__ only', lambda: str(OnlyRepr()))
r = str(ReturnsSub())
print(repr(r), type(r).__name__, type(str(StrSub('x'))).__name__, type(StrSub('y')).__name__, StrSub('z') == 'z')
s = 'abcdef'
show('index big', lambda: s[6])
show('index neg', lambda: s[-7])
show('index str', lambda: s['a'])
show('index float', lambda: s[1.0])
show('index none', lambda: s[None])
show('setitem', lambda: s.__setitem__(0, 'x'))
show('delitem', lambda: s.__delitem__(0))
show('slice float', lambda: s[1.5:])
show('slice step zero', lambda: s[::0])
print(s[True], s[-1], s[2:100], s[-100:2], s[::-2], s[5:1:-2], s[slice(1, None, 2)], s[2**70:], s[:-2**70])
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, '' * 100, 'x' + 'y', 'a' 'b', 'é' * 2)
show('mul float', lambda: 'a' * 1.5)
show('mul str', lambda: 'a' * 'b')
show('add int', lambda: 'a' + 1)
show('add bytes', lambda: 'a' + b'b')
show('radd int', lambda: 1 + 'a')
show('mul huge', lambda: 'ab' * (2**62))
show('lt int', lambda: 'a' < 1)
show('eq bytes', lambda: 'a' == b'a')
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'e', '\U0001F600' > '\uffff', 'a' != 'A')
print(ord('a'), ord('é'), ord('\U0001F600'), ord('\x00'), chr(97), chr(0x10ffff) == '\U0010ffff', chr(0xd800) == '\ud800')
show('ord empty', lambda: ord(''))
show('ord two', lambda: ord('ab'))
show('ord int', lambda: ord(5))
show('ord bytes two', lambda: ord(b'ab'))
show('chr big', lambda: chr(0x110000))
show('chr neg', lambda: chr(-1))
show('chr float', lambda: chr(65.0))
show('chr huge', lambda: chr(2**70))
print(ord(b'a'), ord(bytearray(b'z')), hash('abc') == hash('ab' + 'c'), 'abc'.__len__(), 'x'.__contains__('x'), str.__new__(StrSub, 'n'))
it = iter('héllo')
print(next(it), list(it), list(reversed('abc')), sorted('cba'), ''.join(sorted(set('mississippi'))), 'abc'.__iter__().__length_hint__())
