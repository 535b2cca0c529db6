# UTF-8/16/32/7 codecs: round trips, surrogates, incremental decoding, error messages.
import codecs

TEXTS = ['', 'abc', 'h\xe9llo', '\u20ac uro', 'astral \U0001f600\U00010000\U0010ffff', 'mix \x00\x7f\x80\u07ff\u0800\uffff']
ENCODINGS = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7', 'utf_8_sig', 'utf-8-sig']

for enc in ENCODINGS:
    for t in TEXTS:
        b = t.encode(enc)
        back = b.decode(enc)
        print(enc, ascii(t), b, back == t)

for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16', 'utf-32']:
    s = 'a\ud800b\udfff\ud83d\ude00'
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e, e.encoding, e.start, e.end, e.reason, ascii(e.object))
    b = s.encode(enc, 'surrogatepass')
    print(enc, 'surrogatepass', b, ascii(b.decode(enc, 'surrogatepass')), len(b.decode(enc, 'surrogatepass')))

print(b'a\xff\xfeb\x80'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(ascii(b'a\xff\xfeb\x80'.decode('utf-8', 'surrogateescape')))
print(ascii('\udcff\udc80x'.encode('ascii', 'surrogateescape')))
print(ascii('\udcff\udc80x'.encode('latin-1', 'surrogateescape')))

BAD = [b'\xff', b'\xc0\x80', b'\xe0\x80\x80', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xf0\x9f\x98', b'a\xe2\x82',
       b'\xe2\x28\xa1', b'\xc3', b'\x80abc', b'\xf8\x88\x80\x80\x80']
for b in BAD:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            print(ascii(b.decode('utf-8', errors)))
        except UnicodeDecodeError as e:
            print(e, '|', e.start, e.end, e.reason, e.object)

for enc, b in [('utf-16-le', b'a'), ('utf-16-le', b'\x00\xd8'), ('utf-16-le', b'\x00\xd8a\x00'), ('utf-16-le', b'\x00\xdca\x00'),
               ('utf-16-be', b'\xd8\x00\x00'), ('utf-32-le', b'\x00\xd8\x00\x00'), ('utf-32-be', b'\x00\x11\x00\x00'),
               ('utf-32-le', b'\x00\x00\x11'), ('utf-7', b'+AGEx'), ('utf-7', b'\xff'), ('utf-7', b'+2D3'), ('utf-7', b'+AG-'),
               ('utf-7', b'+\xff'), ('utf-16', b'\xff\xfea\x00\x00'), ('utf-32', b'a\x00\x00')]:
    for errors in ['strict', 'replace', 'backslashreplace']:
        try:
            print(enc, ascii(b.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, e, '|', e.start, e.end)

# incremental decoding, split at every byte
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-7', 'utf-8-sig']:
    t = 'a\xe9\u20ac\U0001f600+-~\\z'
    data = t.encode(enc)
    for cut in range(len(data) + 1):
        d = codecs.getincrementaldecoder(enc)()
        out = d.decode(data[:cut]) + d.decode(data[cut:], final=True)
        assert out == t, (enc, cut, out)
    d = codecs.getincrementaldecoder(enc)()
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))]
    print(enc, [ascii(p) for p in pieces], ascii(d.decode(b'', True)))
    e = codecs.getincrementalencoder(enc)()
    print(enc, b''.join(e.encode(c) for c in t) + e.encode('', True))

print(codecs.utf_8_decode(b'a\xe2\x82', None, False), codecs.utf_8_decode(b'a\xe2\x82', 'replace', True))
print(codecs.utf_16_decode(b'\xff'), codecs.utf_16_decode(b'\xfe\xff\x00a'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'))
print(codecs.utf_16_ex_decode(b'\x00a', None, 1), codecs.utf_16_ex_decode(b'', None, 0), codecs.utf_16_ex_decode(b'a\x00'))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'), codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(codecs.utf_16_encode('a', None, 1), codecs.utf_16_encode('a', None, -1), codecs.utf_32_encode('a', 'strict', 0))
print(codecs.utf_7_encode('a+b~\\ \u1234\U0001f600 x.-'), codecs.utf_7_encode('\u1234-'), codecs.utf_7_encode('\u1234a'))
print(codecs.utf_7_decode(b'+2D3cAA-x'), codecs.utf_7_decode(b'a+-b'), codecs.utf_7_decode(b'+AGE', None, False))
print(codecs.utf_8_encode('\ud800', 'surrogatepass'), codecs.utf_8_encode('\udc80', 'surrogateescape'))
print(ascii(codecs.utf_8_decode(b'\xed\xa0\x80\xed\xb0\x80', 'surrogatepass')), len(codecs.utf_8_decode(b'\xed\xa0\x80\xed\xb0\x80', 'surrogatepass')[0]))
print(ascii(b'\x00\xd8\x00\xdc'.decode('utf-16-le', 'surrogatepass')))
for args in [(b'x',), ('x', 1)]:
    try:
        codecs.utf_8_encode(*args)
    except TypeError as e:
        print(e)
try:
    codecs.utf_8_decode('x')
except TypeError as e:
    print(e)
try:
    codecs.utf_8_decode(b'x', None, False, 1)
except TypeError as e:
    print(e)
print(codecs.utf_8_decode(bytearray(b'\xc3\xa9')), codecs.utf_8_decode(memoryview(b'ab')))
print(bytearray(b'\xe9').decode('latin-1'), str(b'\xc3\xa9', 'utf-8'), str(bytearray(b'ab'), 'ascii'))
