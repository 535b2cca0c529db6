# unicode_escape, raw_unicode_escape and the bytes escape codec.
import codecs
import warnings

warnings.simplefilter('always')
def show(f, *args):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = f(*args)
        print(ascii(r), [str(x.message) for x in w])
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'start', ''), getattr(e, 'end', ''))

S = 'a\\\'"\t\n\r\x00\x7f\xe9\u1234\U0001f600\ud800 z'
show(codecs.unicode_escape_encode, S)
show(codecs.raw_unicode_escape_encode, S)
show(codecs.escape_encode, b'a\\\'"\t\n\r\x00\x7f\xe9')
for enc in ['unicode_escape', 'raw_unicode_escape']:
    b = S.encode(enc)
    print(enc, b, b.decode(enc) == S)

for d, fin in [(b'a\\u12', False), (b'a\\u12x', True), (b'a\\', True), (b'a\\', False), (b'\\q\\777\\101\\0', True),
               (b'\\U00110000', True), (b'\\N{LATIN SMALL LETTER A}\\N{xx}', True), (b'\\N{latin small letter a}', True),
               (b'\\N{LATIN', True), (b'\\N{LATIN', False), (b'\\Nx', True), (b'\\N', False), (b'\\x4', True),
               (b'\\x4', False), (b'\xe9\\\n\\t', False), (b'\\a\\b\\f\\v\\x41\\u0041\\U00000041', True),
               (b'\\N{EM DASH}\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-4E00}', True), ('\\u00e9\xe9', True)]:
    show(codecs.unicode_escape_decode, d, 'strict', fin)
for d, fin in [(b'\\\\u0041\\u0041\\x\\U00110000', True), (b'\\u00', False), (b'\\u00', True), (b'\\', False),
               (b'\\', True), (b'\\\\\\u0041 \\U0001f600\xe9', True), (b'\\u12g', True)]:
    show(codecs.raw_unicode_escape_decode, d, 'strict', fin)
for h in ['replace', 'backslashreplace', 'ignore', 'surrogateescape']:
    show(codecs.unicode_escape_decode, b'\\x4\\N{xx}\\u12', h, True)
    show(codecs.raw_unicode_escape_decode, b'\\U00110000x', h, True)
for d in [b'\\x4', b'\\x4g', b'abc\\', b'\\q\\777\\101\\\n', '\xe9\\t', b'\\x41\\x4a\\n', bytearray(b'\\t')]:
    for h in ['strict', 'replace', 'ignore', 'foo']:
        show(codecs.escape_decode, d, h)
show(codecs.escape_encode, bytearray(b'x'))
show(codecs.readbuffer_encode, '\xe9')
show(codecs.readbuffer_encode, b'ab')
show(codecs.readbuffer_encode, bytearray(b'x'))
dec = codecs.getincrementaldecoder('unicode_escape')()
data = b'a\\u20ac\\x41\\N{EM DASH}\\\\z'
print(ascii(''.join(dec.decode(data[i:i + 1]) for i in range(len(data)))), ascii(dec.decode(b'', True)))
print(codecs.decode(b'\\u20ac', 'unicode_escape'), codecs.encode('\u20ac', 'raw_unicode_escape'))
print(b'\\xe9'.decode('unicode-escape'), 'x\u1234'.encode('unicode_escape'))
