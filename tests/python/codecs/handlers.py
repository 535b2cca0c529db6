# Error handlers: the built-in ones on every codec family, custom handlers, and their protocol.
import codecs

HANDLERS = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape',
            'surrogatepass']
TEXT = 'a\xe9\u20ac\U0001f600\udc80\ud800z\u1100\uac00\u4e00\x85'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252', 'koi8_r', 'iso8859_15']:
    for h in HANDLERS:
        try:
            print(enc, h, TEXT.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, 'UnicodeEncodeError:', e, e.start, e.end)

DATA = b'a\x80\xff\xc3\xa9\xed\xa0\x80z\x81'
for enc in ['ascii', 'utf-8', 'utf-16-le', 'cp1252', 'cp437', 'koi8_r']:
    for h in HANDLERS:
        try:
            print(enc, h, ascii(DATA.decode(enc, h)))
        except (UnicodeDecodeError, TypeError) as e:
            print(enc, h, type(e).__name__, e)

for h in HANDLERS:
    f = codecs.lookup_error(h)
    print(f)
    for e in [UnicodeEncodeError('utf-16-be', 'a\udc80\ud800b', 1, 3, 'r'),
              UnicodeDecodeError('utf-16-le', b'a\x00\x00\xd8', 2, 4, 'r'),
              UnicodeDecodeError('utf-8', b'a\xed\xa0\x80\xff', 1, 2, 'r'),
              UnicodeTranslateError('ab\xff', 2, 3, 'r'),
              UnicodeEncodeError('ascii', 'abc', -5, 10, 'r')]:
        try:
            print(' ', type(e).__name__, f(e))
        except Exception as x:
            print(' ', type(e).__name__, type(x).__name__, x)
    try:
        f(5)
    except TypeError as x:
        print(' ', x)

print(codecs.strict_errors, codecs.ignore_errors, codecs.replace_errors, codecs.xmlcharrefreplace_errors,
      codecs.backslashreplace_errors, codecs.namereplace_errors)

try:
    codecs.lookup_error('nosuch')
except LookupError as e:
    print(e)
try:
    codecs.register_error('x', 5)
except TypeError as e:
    print(e)

seen = []
def handler(exc):
    seen.append((type(exc).__name__, exc.start, exc.end, exc.reason, exc.encoding if hasattr(exc, 'encoding') else None))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ','.join(hex(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.mark', handler)
print('a\xe9\u20acb\u1234'.encode('ascii', 'test.mark'))
print('a\xe9\u20acb'.encode('latin-1', 'test.mark'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'test.mark'))
print(b'a\x81b'.decode('cp1252', 'test.mark'))
print('a\u0100b'.encode('cp1252', 'test.mark'))
print(seen)

codecs.register_error('test.bytes', lambda e: (b'\x00\x01', e.end))
print('a\u20acb'.encode('ascii', 'test.bytes'), 'a\u20acb'.encode('utf-16-le', 'test.bytes'))
codecs.register_error('test.back', lambda e: ('X', -1) if e.end < len(e.object) else ('Y', e.end))
print('\u20acab\u20ac'.encode('ascii', 'test.back'))
calls = []
def skip_back(e):
    calls.append(e.start)
    return ('?', e.start + 2 if len(calls) < 5 else len(e.object))
codecs.register_error('test.skip', skip_back)
print('a\u20acbcd\u20acef'.encode('ascii', 'test.skip'), calls)
codecs.register_error('test.dec', lambda e: ('<%d>' % e.start, -1 if e.start == 1 else e.end))
print(b'a\xffbc\xff'.decode('ascii', 'test.dec'))

for bad in [lambda e: 5, lambda e: ('x',), lambda e: (1, 2), lambda e: ('x', 'y'), lambda e: ('x', 100),
            lambda e: ('x', -100), lambda e: (b'x', 2)]:
    codecs.register_error('test.bad', bad)
    for op in [lambda: 'a\u20ac'.encode('ascii', 'test.bad'), lambda: b'a\xff'.decode('utf-8', 'test.bad')]:
        try:
            print(ascii(op()))
        except Exception as x:
            print(type(x).__name__, x)

codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
for enc in ['ascii', 'latin-1', 'utf-8', 'cp1252']:
    try:
        print(enc, '\u20ac\u0100'.encode(enc, 'test.nonascii'))
    except UnicodeEncodeError as e:
        print(enc, e)

e = UnicodeEncodeError('ascii', 'x\u20acy', 1, 2, 'ordinal not in range(128)')
print(e, e.args, e.encoding, ascii(e.object), e.start, e.end, e.reason)
e.start = 0; e.end = 3
print(e)
e = UnicodeDecodeError('utf-8', bytearray(b'ab\xff'), 2, 3, 'invalid start byte')
print(e, type(e.object), e.object)
e = UnicodeTranslateError('ab\u1234', 2, 3, 'unmapped')
print(e, e.encoding)
print('\u20ac'.encode('ascii', errors='namereplace'), '\x85\U0001f600\ue000'.encode('ascii', 'namereplace'))
