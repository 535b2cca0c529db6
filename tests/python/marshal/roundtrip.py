# marshal.dumps/loads of every marshallable type in every version; the bytes of versions 0-2
# (which have no back-references, so they do not depend on reference counts) are printed.
import marshal

values = [
    None, True, False, StopIteration, ...,
    0, 1, -1, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**45, -2**45, 2**63, -2**100,
    12345678901234567890123456789,
    0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 1e-300, 5e-324, 1e16, 123456789.125, float('inf'), -float('inf'),
    1j, 1 + 2j, -0.5 - 0.25j, complex(float('inf'), 0.1),
    b'', b'abc', b'\x00\xff' * 3, bytes(range(256)),
    '', 'abc', 'a b', 'snake_case_1', 'é', 'naïve café', '\u20ac', '\U0001f600', 'x' * 255, 'y' * 256, 'é' * 300,
    '\ud800', '\udc80x', '\ud83d\ude00', 'a\x00b',
    (), (1,), (1, 2, (3, 4)), tuple(range(255)), tuple(range(256)),
    [], [1, [2, [3]]], list(range(300)),
    {}, {1: 2}, {1: [2], 2: (3,), 3: {4: 5}}, {(1, 2): b'x'},
    set(), {1, 2, 3}, {(1, 2), 3.5}, frozenset(), frozenset({1, 2}), frozenset({frozenset({1})}),
]

def same(x, y):
    if type(x) is bytearray:
        return type(y) is bytes and x == y
    if type(x) is not type(y):
        return False
    if type(x) is float:
        return repr(x) == repr(y)
    if type(x) is complex:
        return repr(x) == repr(y)
    if type(x) in (tuple, list):
        return len(x) == len(y) and all(same(a, b) for a, b in zip(x, y))
    if type(x) is dict:
        return list(x) == list(y) and all(same(x[k], y[k]) for k in x)
    return x == y

for version in range(5):
    bad = [repr(x)[:40] for x in values if not same(x, marshal.loads(marshal.dumps(x, version)))]
    print('version', version, 'round trips:', len(values) - len(bad), 'of', len(values), bad)

for x in values:
    r = repr(x)
    print(r if len(r) < 50 else r[:47] + '...')
    for version in range(3):
        d = marshal.dumps(x, version)
        print('  ', version, len(d), d if len(d) < 60 else d[:57] + b'...')

# bytearray and memoryview are written as bytes
print(marshal.dumps(bytearray(b'ab'), 2), marshal.loads(marshal.dumps(bytearray(b'ab'))))
print(marshal.dumps(memoryview(b'cd'), 2), marshal.loads(marshal.dumps(memoryview(b'cd'))))
# loads accepts bytes-like objects and ignores what follows the object
print(marshal.loads(bytearray(b'i\x07\x00\x00\x00')), marshal.loads(memoryview(b'N')), marshal.loads(b'Fjunk'))
# the types of what comes back
print([type(marshal.loads(marshal.dumps(x))).__name__ for x in (1, 2**70, 1.0, 1j, 'a', b'a', (), [], {}, set(), frozenset())])
print(marshal.version)
# nan round trips as nan
n = marshal.loads(marshal.dumps(float('nan')))
print(n != n, marshal.dumps(float('nan'), 1))
