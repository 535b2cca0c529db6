# bytes/bytearray join, translate, maketrans, concatenation and repetition, comparisons, construction errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for T in (bytes, bytearray):
    sep = T(b', ')
    print(T.__name__, sep.join([b'a', bytearray(b'b'), memoryview(b'c')]), sep.join([]), sep.join((b'x',)), sep.join(iter([b'1', b'2'])), type(sep.join([b'q'])).__name__)
    show('join str item', lambda: sep.join([b'a', 'b']))
    show('join int item', lambda: sep.join([1]))
    show('join none', lambda: sep.join(None))
    show('join int', lambda: sep.join(5))
    table = bytes.maketrans(b'abc', b'xyz')
    print(T.__name__, T(b'aabbcc').translate(table), T(b'aabbcc').translate(None, b'b'), T(b'abc').translate(table, b'a'),
          T(b'hello').translate(None), T(b'hello').translate(None, delete=b'l'), T(b'abc').translate(bytearray(table)))
    show('translate short table', lambda: T(b'a').translate(b'x' * 10))
    show('translate str table', lambda: T(b'a').translate('x' * 256))
    show('translate str delete', lambda: T(b'a').translate(None, 'a'))
    print(T.__name__, T(b'ab') + b'cd', T(b'ab') + bytearray(b'cd'), T(b'ab') + memoryview(b'cd'), T(b'ab') * 3, 0 * T(b'ab'), T(b'ab') * -1)
    show('add str', lambda: T(b'a') + 'b')
    show('add int', lambda: T(b'a') + 1)
    show('mul float', lambda: T(b'a') * 1.5)
    show('radd list', lambda: [1] + T(b'a'))
print(sorted(bytes.maketrans(b'ab', b'AB')[60:70]), bytes.maketrans(b'', b'') == bytes(range(256)), bytearray.maketrans(b'a', b'b')[97])
show('maketrans unequal', lambda: bytes.maketrans(b'ab', b'x'))
show('maketrans str', lambda: bytes.maketrans('a', 'b'))
for a, b in [(b'a', b'b'), (b'ab', b'a'), (b'', b''), (b'\xff', b'\x00'), (bytearray(b'x'), b'x'), (b'abc', bytearray(b'abd'))]:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(b'a' == 'a', bytearray(b'a') == 'a', b'a' == memoryview(b'a'), bytearray(b'a') == memoryview(b'a'))
show('lt str', lambda: b'a' < 'a')
show('lt int', lambda: bytearray(b'a') < 1)
for arg in [(), (3,), ([1, 2],), ('abc', 'ascii'), (b'x',), (range(3),), (-1,), ([256],), ('x',), (1.5,), ('x', 'bogus'),
            (b'x', 'ascii'), ([], 'ascii'), (5, 'ascii'), ('x', 'ascii', 'strict', 1), (2**70,)]:
    show('bytes%r' % (arg,), lambda: bytes(*arg))
    show('bytearray%r' % (arg,), lambda: bytearray(*arg))
show('bytes source kw', lambda: bytes(source=b'ab'))
show('bytes encoding kw', lambda: bytes('é', encoding='utf-8'))
print(bytes(memoryview(b'abcdef')[::2]), bytearray(iter(b'xyz')), bytes((x for x in range(3))), bytes.__new__(bytes, b'n'))
