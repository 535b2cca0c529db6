# bytes and bytearray %-formatting: every conversion, flags, buffers, __bytes__, and the errors

def show(fmt, args):
    try:
        r = fmt % args
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__ + ':', e)
    else:
        print(repr(fmt), '->', repr(r))

class HasBytes:
    def __bytes__(self):
        return b'<hb>'
class Idx:
    def __index__(self):
        return 65
for T in (bytes, bytearray):
    print(T.__name__)
    show(T(b'%s|%s|%s|%s'), (b'b', bytearray(b'ba'), memoryview(b'mv'), HasBytes()))
    show(T(b'%b|%r|%a'), (b'x', 'é', '\n'))
    show(T(b'%d %i %u %o %x %X %e %f %g %%'), (1, -2, 3, 8, 255, 255, 1.5, 2.5, 3.5))
    show(T(b'%c%c%c'), (65, b'B', bytearray(b'C')))
    show(T(b'%5s|%-5s|%.1s|%*s|%-*.*s|'), (b'ab', b'ab', b'xyz', 4, b'q', 6, 2, b'wxyz'))
    show(T(b'%#x %#o %+d % d %05d %-5d| %.3f %10.2e'), (255, 8, 5, 5, -42, 7, 3.14159, 12345.6789))
    show(T(b'%(a)s %(b)d'), {b'a': b'A', b'b': 2})
    show(T(b'%c'), Idx())
    show(T(b'%x'), Idx())
    show(T(b'%s'), 'str')
    show(T(b'%s'), 5)
    show(T(b'%c'), 256)
    show(T(b'%c'), 'a')
    show(T(b'%c'), b'ab')
    show(T(b'%d'), b'1')
    show(T(b'%s %s'), (b'a',))
    show(T(b'%s'), (b'a', b'b'))
    show(T(b'%(a)s'), {'a': b'x'})
    show(T(b'%k'), 1)
    show(T(b'%'), ())
    show(T(b'x'), 5)
    show(T(b'%y'), b'')
    show(T(b'%b'), 'no')
    show(T(b'%a'), b'bytes')
print(type(bytearray(b'%s') % b'x').__name__, type(b'%s' % bytearray(b'x')).__name__)
print(b'%s' % (b'\x00\xff',), b'%r' % (b'\x00',), b'%a' % ('\U0001F600',), b'%5.1f%%' % 99.44)
