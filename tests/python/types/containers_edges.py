# edge cases of dict, set, list, tuple, memoryview and descriptor objects
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: {}.fromkeys(1)); show(lambda: dict(a=1).__or__(None)); show(lambda: {1: 2}.get()); show(lambda: {}.pop()); show(lambda: {}.setdefault())
show(lambda: dict({1: 2}, **{'a': 3})); show(lambda: {1: 2} == {1: 2.0}); show(lambda: {1: 2} < {1: 2}); show(lambda: list({1: 2}.values()) == [2])
show(lambda: {'a': 1}.keys() - ['a']); show(lambda: list(reversed({}.values()))); show(lambda: {1, 2} - [1]); show(lambda: {1}.update(1))
show(lambda: set().add()); show(lambda: frozenset().add); show(lambda: {1, 2}.issubset(1)); show(lambda: set([1]).__init__([2, 3]) or 0)
show(lambda: [1, 2].__init__([3]) or 0); show(lambda: list.__new__(list, 5)); show(lambda: [].extend(1));
show(lambda: [3, 1].sort(key=None, reverse=False)); show(lambda: sorted([1, 2], reverse=1.5)); show(lambda: list(range(3)).index(1, 10**30))
show(lambda: tuple.__new__(list)); show(lambda: ().__getitem__(slice(None))); show(lambda: (1, 2) * (2**62)); show(lambda: (1,) * -1)
show(lambda: memoryview(1)); show(lambda: memoryview(b'ab').tolist()); show(lambda: memoryview(b'ab')[::-1].tobytes()); show(lambda: memoryview(b'abc')[1:].obj)
show(lambda: len(memoryview(bytearray(4)).cast('h'))); show(lambda: memoryview(b'ab').tobytes('A')); show(lambda: bytes(memoryview(b'xy')[::-1]))
show(lambda: memoryview(b'a').__enter__().release()); m = memoryview(b'ab'); m.release(); show(lambda: m[0]); show(lambda: len(m)); show(lambda: m.tobytes()); show(lambda: bytes(m)); show(lambda: m == m)
show(lambda: repr(property)); show(lambda: repr(classmethod(len))[:30]); show(lambda: staticmethod(len).__name__); 
show(lambda: 1 .__class__.__name__); show(lambda: True.__class__.__bases__); show(lambda: bool.__or__(True, 1)); show(lambda: True.__and__(False))
show(lambda: int.__floordiv__(7, 2)); show(lambda: float.__floordiv__(7.0, 0)); show(lambda: int.__add__(1, 1.5)); show(lambda: float.__add__(1.5, 1))
