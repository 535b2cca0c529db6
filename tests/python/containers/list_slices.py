# list slice reading and assignment: simple and extended slices, deletion, self-assignment, and errors

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(1, None, 3),
           slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3), slice(100, 200), slice(-100, 3), slice(5, 2),
           slice(None, None, 100), slice(2**70, None), slice(None, -2**70, -1)]:
    print(sl, base[sl])
a = list(range(10)); a[2:5] = ['x']; print(a)
a = list(range(10)); a[2:2] = 'abc'; print(a)
a = list(range(10)); a[:] = (); print(a)
a = list(range(10)); a[8:] = range(3); print(a)
a = list(range(10)); a[-2:0] = ['neg']; print(a)
a = list(range(10)); a[100:] = [1]; print(a)
a = list(range(10)); a[::2] = 'abcde'; print(a)
a = list(range(10)); a[::-3] = [None] * 4; print(a)
a = list(range(10)); a[1::4] = iter('xyz'[:3]); print(a)
a = list(range(10)); a[5:1:-1] = "wxyz"; print(a)
a = list(range(10)); a[::1] = [7]; print(a)
a = list(range(5)); a[:] = a; print(a)
a = list(range(5)); a[1:3] = a; print(a)
a = list(range(5)); a[::-1] = a; print(a)
a = list(range(10)); del a[::2]; print(a)
a = list(range(10)); del a[::-3]; print(a)
a = list(range(10)); del a[2:4]; print(a)
a = list(range(10)); del a[5:2]; print(a)
a = list(range(10)); del a[:]; print(a)
a = list(range(10)); del a[-1]; del a[0]; print(a)
a = list(range(10))
show('ext wrong size', lambda: a.__setitem__(slice(None, None, 2), [1, 2]))
show('ext wrong size rev', lambda: a.__setitem__(slice(None, None, -1), []))
show('assign int', lambda: a.__setitem__(slice(1, 2), 5))
show('assign none', lambda: a.__setitem__(slice(1, 2), None))
show('step zero', lambda: a[::0])
show('assign step zero', lambda: a.__setitem__(slice(None, None, 0), []))
show('del step zero', lambda: a.__delitem__(slice(None, None, 0)))
show('index out of range', lambda: a[10])
show('assign out of range', lambda: a.__setitem__(-11, 0))
show('del out of range', lambda: a.__delitem__(10))
show('str index', lambda: a['1'])
show('float index', lambda: a[1.0])
show('float slice', lambda: a[1.0:2])
show('str slice step', lambda: a[::'a'])
show('huge index', lambda: a[2**100])
print(a)
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():], a[:I()], a[::I()], a[slice(I(), None, I())])
b = list('abcdef')
b[I()] = 'Z'; b[-1:] = 'END'; print(b)
print(base[slice(3)], base[slice(1, 8, 3)], slice(1, 2, 3).indices(10), base[True:], base[:False])
