# The codec registry: lookup and its normalisation, search functions, non-text codecs, codecs.encode/decode.
import codecs
import encodings

for name in ['UTF-8', 'utf8', 'U8', 'latin1', 'Latin-1', 'ascii', 'US-ASCII', '646', 'cp1252', 'windows_1252',
             'ISO-8859-15', 'koi8-r', 'utf_16', 'UTF-32BE', 'mac-roman', 'rot13', 'rot_13', 'utf-8-sig']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info._is_text_encoding)
print(codecs.lookup('utf-8') is codecs.lookup('UTF_8'), codecs.lookup('utf-8') is codecs.lookup('utf-8'))

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)), name='my-codec')
    if name == 'bad':
        return 5
    if name == 'bytes_result':
        return codecs.CodecInfo(lambda s, errors='strict': ('not bytes', len(s)), lambda b, errors='strict': (b'x', 1),
                                name='bytes_result')
    return None
codecs.register(search)
for name in ['Foo Bar-Baz', '\xc9X', 'a.b_C', '  -lead', 'trail--', 'a  b']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print(e)
print(seen)
print(codecs.lookup('My Codec').name, 'abc'.encode('my codec'), b'XYZ'.decode('MY-CODEC'), codecs.encode('q', 'my_codec'))
for op in [lambda: codecs.lookup('bad'), lambda: 'x'.encode('bytes_result'), lambda: b'x'.decode('bytes_result'),
           lambda: codecs.register(5), lambda: codecs.lookup(5), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'),
           lambda: codecs.encode(b'ab', 'rot13'), lambda: codecs.encode('x', 'utf-8', 5), lambda: 'x'.encode('nosuch'),
           lambda: b'x'.decode('nosuch'), lambda: codecs.lookup('nosuch'), lambda: codecs.encode('x', 'nosuch'),
           lambda: codecs.lookup()]:
    try:
        print(ascii(op()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
print(codecs.decode('nop', 'rot13'))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode(obj='x', encoding='latin-1', errors='strict'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print(e)
codecs.unregister(search)

ci = codecs.lookup('utf-8')
print(ci.encode('\xe9'), ci.decode(b'\xc3\xa9'), ci.incrementalencoder, ci.streamreader.__name__)
print(codecs.getencoder('latin-1')('\xe9'), codecs.getdecoder('cp437')(b'\x80'))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c', True))
print(list(codecs.iterdecode([b'\xc3', b'\xa9x'], 'utf-8')))
print(list(codecs.iterencode(['a', '\u20ac'], 'cp1252')))
print(encodings.normalize_encoding('  Latin--1 '), encodings.search_function('latin_1').name)
print('\xe9'.encode('UTF 8'), 'x'.encode('utf_8'), '\xe9'.encode('l1'), '\xe9'.encode(encoding='cp850'))
print(b'\xff\xfea\x00'.decode('UTF16'), 'a'.encode('utf_32_le'), '\u20ac'.encode('mbcs' if False else 'cp1252'))
print(str(b'\x80', 'cp1252'), bytes('\u20ac', 'cp1252'), bytearray('\u20ac', 'cp1252'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
