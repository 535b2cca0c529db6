# marshal.dump and marshal.load on binary files (the file in /tmp is overwritten each run).
import marshal

path = '/tmp/sanca_marshal_files_test.bin'
values = [1, 'two', (3.0, [4j]), {5: b'six'}, None, frozenset({7, 8}), compile('x = 9', 'f', 'exec')]
with open(path, 'wb') as f:
    for i, v in enumerate(values):
        print(marshal.dump(v, f, i % 5))
    marshal.dump(values[:4], f)
with open(path, 'rb') as f:
    for v in values[:-1]:
        print(marshal.load(f))
    code = marshal.load(f)
    ns = {}
    exec(code, ns)
    print(ns['x'])
    print(marshal.load(f))
    try:
        marshal.load(f)
    except EOFError as exc:
        print('EOFError', exc)
with open(path, 'rb') as f:
    data = f.read()
print(len(data) > 20, marshal.loads(data))

# a truncated file
with open(path, 'wb') as f:
    f.write(marshal.dumps((1, 2, 3))[:-2])
with open(path, 'rb') as f:
    try:
        marshal.load(f)
    except EOFError as exc:
        print('EOFError', exc)

# file-like objects
class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def read(self, n=-1):
        self.calls += 1
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
    def readinto(self, buf):
        n = len(buf)
        chunk, self.data = self.data[:n], self.data[n:]
        buf[:len(chunk)] = chunk
        self.calls += 1
        return len(chunk)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

w = Writer()
marshal.dump([1, 'a', (2.5,)], w)
print(len(w.parts), marshal.loads(w.parts[0]))
r = Reader(b''.join(w.parts) + b'N')
print(marshal.load(r), marshal.load(r), r.data)

class TextReader:
    def read(self, n):
        return 'text'
try:
    marshal.load(TextReader())
except TypeError as exc:
    print('TypeError', exc)

class Greedy(Reader):
    def readinto(self, buf):
        return len(buf) + 1
try:
    marshal.load(Greedy(b'i\x01\x00\x00\x00'))
except ValueError as exc:
    print('ValueError', exc)
