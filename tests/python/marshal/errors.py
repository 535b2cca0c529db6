# marshal's errors: bad arguments, unmarshallable objects, and truncated or corrupt data.
import marshal

def attempt(f, *args):
    try:
        r = f(*args)
        print('->', repr(r)[:60])
    except Exception as exc:
        print(type(exc).__name__ + ':', exc)

class MyInt(int): pass
class MyStr(str): pass
class MyTuple(tuple): pass
class MyBytes(bytes): pass

# unmarshallable objects, alone and inside containers
for x in (object(), print, int, MyInt(3), MyStr('a'), MyTuple(), [1, object()], {'k': object}, (1, (2, [len])),
          {1, (2, object())}, NotImplemented, ZeroDivisionError, range(3), slice(1), 1 .__add__):
    attempt(marshal.dumps, x)
attempt(marshal.dumps, MyBytes(b'ab'))

# arguments
attempt(marshal.dumps)
attempt(marshal.dumps, 1, 2, 3)
attempt(marshal.dumps, 1, 'a')
attempt(marshal.dumps, 1, 2.0)
attempt(marshal.dumps, 1, 2**40)
attempt(lambda: marshal.dumps(1, version=2))
attempt(marshal.dumps, 1.5, -1)
attempt(marshal.dumps, 'é', 99)
attempt(marshal.loads, 'abc')
attempt(marshal.loads)
attempt(marshal.loads, b'N', b'x')
attempt(lambda: marshal.loads(bytes=b'N'))
attempt(marshal.loads, 12)
attempt(marshal.dump, 1)
attempt(marshal.dump, 1, 2)
attempt(marshal.load)
attempt(marshal.load, 1)

# truncated and corrupt data
for data in [b'', b'i', b'i\x01', b'i\x01\x00\x00', b')', b'z', b'z\x05ab', b'z\x01', b'(\x01\x00\x00\x00z\x01', b'a\x05\x00\x00\x00ab', b'u\x05\x00\x00\x00ab',
             b'(\x02\x00\x00\x00N', b'[\x02\x00\x00\x00N', b'{N', b'{NN', b'<\x01\x00\x00\x00', b'c', b'c\x00\x00',
             b'0', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'>\x01\x00\x00\x000',
             b'{i\x01\x00\x00\x000', b'{0', b'r\x00\x00\x00\x00', b'r\xff\xff\xff\xff', b'Q', b'\x00', b'\xff', b'?',
             b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\xff\xff', b'l\x02\x00\x00\x00\x01\x00\x00\x80',
             b'l\x02\x00\x00\x00\x01\x00', b'l\x00\x00\x00\x80', b'l\xfe\xff\xff\xff\x01\x00\x02\x00', b'l\x00\x00\x00\x00',
             b's\xff\xff\xff\xff', b'u\xff\xff\xff\xff', b'a\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff',
             b'<\xff\xff\xff\xff', b'[\xff\xff\xff\x7f', b'(\xff\xff\xff\x7f', b'<\xff\xff\xff\x7f',
             b'u\x02\x00\x00\x00\xff\xfe', b'u\x03\x00\x00\x00\xed\xa0\x80', b'u\x04\x00\x00\x00\xf0\x9f\x98\x80',
             b'z\x02\xe9\xff', b'f\x03abc', b'f\x04 1.5', b'f\x031_0', b'f\x03inf', b'f\x04-nan', b'f\x051e999',
             b'f', b'f\x05', b'x\x011', b'g\x01\x02', b'y' + b'\x00' * 15, b'I\x01\x02\x03\x04\x05\x06\x07\x08',
             b'I\xff\xff\xff\xff\xff\xff\xff\xff', b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'{[\x00\x00\x00\x00N',
             b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00', b'T', b'S', b'.', b'\xd4', b'\xe9\xff\xff\xff\xff']:
    print(data[:12], end=' ')
    attempt(marshal.loads, data)
