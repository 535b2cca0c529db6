# argument errors of container, str and bytes methods: keyword refusals with qualified names, arity messages, bad types
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))
l = [1, 2, 3]
l.__init__([9]); print(l)
l.__init__(); print(l)
show('list init bad', lambda: l.__init__(5))
print(list[int], tuple[int, ...], dict[str, int], set[int], frozenset[str])
print((1, 2).__getnewargs__(), [].__reversed__().__length_hint__())
class L(list): pass
class T(tuple): pass
class D(dict): pass
print(repr(L([1])), repr(T((1,))), repr(D(a=1)), repr(D(a=1).keys()), L([1]) == [1], T() == ())
show('list index kw', lambda: [1].index(1, start=0))
show('tuple index kw', lambda: (1,).count(x=1))
show('dict get kw', lambda: {}.get(key=1))
show('dict pop kw', lambda: {}.pop(key=1))
show('list append kw', lambda: [].append(x=1))
show('set add kw', lambda: set().add(x=1))
show('list sort positional', lambda: [].sort(None))
show('list reverse arg', lambda: [].reverse(1))
show('dict fromkeys none', lambda: dict.fromkeys())
show('dict keys arg', lambda: {}.keys(1))
show('dict setdefault 3', lambda: {}.setdefault(1, 2, 3))
show('list insert 3', lambda: [].insert(1, 2, 3))
show('list pop 2', lambda: [].pop(1, 2))
show('list count 0', lambda: [].count())
show('str count 0', lambda: ''.count())
show('str join 0', lambda: ''.join())
show('set remove 0', lambda: set().remove())
show('set union kw', lambda: set().union(x=1))
show('frozenset copy arg', lambda: frozenset().copy(1))
show('tuple getitem float', lambda: ()[1.0])
show('list getitem none', lambda: [][None])
show('dict getitem list', lambda: {}[[]])
show('list mul neg', lambda: [1] * -5)
show('list iadd none', lambda: [].__iadd__(None))
show('list add str', lambda: [] + 'a')
show('tuple add list', lambda: () + [])
show('list lt int', lambda: [] < 1)
show('dict or list', lambda: {} | [])
show('range eq list', lambda: range(0) == [])
show('list contains unhashable', lambda: [] in [[]])
show('list remove kw', lambda: [1].remove(x=1))
show('bytes count 0', lambda: b''.count())
show('bytes join 0', lambda: b''.join())
show('bytearray pop str', lambda: bytearray(b'a').pop('x'))
show('bytearray insert float', lambda: bytearray(b'a').insert(1.0, 1))
show('bytearray remove 300', lambda: bytearray(b'a').remove(300))
show('bytes decode bad', lambda: b'\xff'.decode())
show('bytes decode kw', lambda: b'x'.decode(encoding='ascii', errors='strict'))
show('str format_map 0', lambda: ''.format_map())
show('str splitlines 2', lambda: ''.splitlines(True, True))
show('str zfill 0', lambda: ''.zfill())
show('str expandtabs 2', lambda: ''.expandtabs(1, 2))
show('str encode 3', lambda: ''.encode('a', 'b', 'c'))
show('str encode kw bad', lambda: ''.encode(enc='a'))
show('str center kw', lambda: ''.center(width=1))
show('str isdigit arg', lambda: ''.isdigit(1))
show('str upper arg', lambda: ''.upper(1))
show('str upper kw', lambda: ''.upper(x=1))
show('bytes upper arg', lambda: b''.upper(1))
show('list copy arg', lambda: [].copy(1))
show('dict clear arg', lambda: {}.clear(1))
show('dict items kw', lambda: {}.items(x=1))
for src in ["[].pop(x=1)", "[].insert(x=1)", "().index(x=1)", "{}.setdefault(x=1)", "dict.fromkeys(x=1)", "set().intersection(x=1)",
            "frozenset().union(x=1)", "set().update(x=1)", "set().intersection_update(x=1)", "set().difference_update(x=1)",
            "bytes.fromhex(x=1)", "bytearray.fromhex(x=1)", "bytes.maketrans(x=1)", "bytearray().count(x=1)", "frozenset().difference(x=1)",
            "b''.count()", "b''.find()", "b''.find(1,2,3,4)", "bytearray().index()", "b''.startswith()", "b''.endswith(1,2,3,4)",
            "[].index()", "[].index(1,2,3,4)", "().index()", "[].pop(1,2)", "[].insert(1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', e)
