# Stream readers and writers over a file-like object, codecs.open and EncodedFile.
import codecs
import os


class Stream:
    """A minimal binary stream: what StreamReader/StreamWriter need."""
    def __init__(self, data=b''):
        self.data = data
        self.pos = 0

    def read(self, size=-1):
        if size < 0:
            size = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + size]
        self.pos += len(r)
        return r

    def write(self, b):
        self.data += b
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = pos

    def tell(self):
        return self.pos


text = 'line one \xe9\nline two \u20ac\U0001f600\nthird\r\nlast'
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'cp1252', 'utf-8-sig', 'latin-1', 'utf-7']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    r = codecs.getreader(enc)(Stream(data))
    print(enc, [ascii(l) for l in r.readlines()])
    r = codecs.getreader(enc)(Stream(data))
    print(enc, ascii(r.read(5)), ascii(r.readline()), ascii(r.read()))
    s = Stream()
    w = codecs.getwriter(enc)(s, 'replace')
    w.write('ab\xe9')
    w.writelines(['\u20ac', 'z'])
    print(enc, s.data)

s = Stream('h\xe9llo'.encode('latin-1'))
ef = codecs.EncodedFile(s, 'utf-8', 'latin-1')
print(ef.read())
s = Stream()
ef = codecs.EncodedFile(s, 'utf-8', 'cp1252')
ef.write('\u20ac'.encode('utf-8'))
print(s.data)

d = 'codecs_streams_tmp_%d' % os.getpid()
os.mkdir(d)
try:
    name = os.path.join(d, 'f.txt')
    with codecs.open(name, 'w', 'cp1252') as f:
        f.write('caf\xe9 \u20ac\n')
    with open(name, 'rb') as f:
        print(f.read())
    with codecs.open(name, 'r', 'cp1252') as f:
        print(ascii(f.read()))
    with codecs.open(name, 'r', 'utf-8', errors='replace') as f:
        print(ascii(f.readline()))
finally:
    os.remove(name)
    os.rmdir(d)
