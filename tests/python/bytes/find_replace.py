# bytes/bytearray find/index/count/replace/startswith with ints, buffers, start/end, and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for T in (bytes, bytearray):
    s = T(b'abracadabra')
    for sub in [b'a', b'abra', 97, 122, b'', bytearray(b'cad'), memoryview(b'ra')]:
        for st, en in [(None, None), (1, None), (-4, None), (3, 8), (5, 2), (20, None), (-100, 100)]:
            print(T.__name__, repr(sub) if not isinstance(sub, memoryview) else 'mv', st, en, s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en))
    show('index missing', lambda: s.index(b'z'))
    show('rindex missing', lambda: s.rindex(122))
    show('find 256', lambda: s.find(256))
    show('find -1', lambda: s.find(-1))
    show('find str', lambda: s.find('a'))
    show('find float', lambda: s.find(1.0))
    show('count list', lambda: s.count([97]))
    print(s.index(b'c'), s.rindex(97), s.index(b'a', 1), s.replace(b'a', b'A'), s.replace(b'a', b'', 2), s.replace(b'', b'.', 3),
          s.replace(b'abra', bytearray(b'X')), s.replace(memoryview(b'ra'), b'RA', -1), s.replace(b'zz', b'y'))
    show('replace str', lambda: s.replace('a', 'b'))
    show('replace int', lambda: s.replace(97, b'b'))
    show('replace kw', lambda: s.replace(b'a', b'b', count=1))
    for a in [(b'abr',), (b'bra',), ((b'x', b'abr'),), (b'cad', 4), (b'cad', 4, 6), (b'', 11), (b'', 12), (b'', 5, 2), (bytearray(b'ab'),)]:
        print(T.__name__, a, s.startswith(*a), s.endswith(*a))
    show('startswith str', lambda: s.startswith('a'))
    show('startswith int', lambda: s.startswith(97))
    show('startswith tuple str', lambda: s.endswith((b'a', 'a')))
    show('startswith list', lambda: s.startswith([b'a']))
    print(s.removeprefix(b'abra'), s.removesuffix(bytearray(b'abra')), s.removeprefix(b'x'), s.removesuffix(b''))
    show('removeprefix str', lambda: s.removeprefix('a'))
    print(b'a' in s, 97 in s, b'' in s, bytearray(b'cad') in s, 300 in s if False else 'skip')
    show('in 300', lambda: 300 in s)
    show('in str', lambda: 'a' in s)
    show('in float', lambda: 1.5 in s)
b = b'keep'
print(b.replace(b'z', b'y') is b, b.removeprefix(b'z') is b, b.removesuffix(b'') is b, type(bytearray(b'k').replace(b'z', b'y')).__name__)
