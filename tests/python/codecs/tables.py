# The table codecs of Lib/encodings (charmap) and the charmap functions themselves.
import codecs

ALL = bytes(range(256))
for enc in ['cp1252', 'cp437', 'iso8859_15', 'koi8_r', 'mac_roman', 'cp850', 'iso8859_2', 'cp1251', 'latin_1', 'hp_roman8',
            'cp037', 'tis_620', 'ascii', 'iso8859-7', 'Windows-1250', 'KOI8-U', 'cp866', 'mac-cyrillic']:
    info = codecs.lookup(enc)
    text = ALL.decode(enc, 'replace')
    back = text.encode(enc, 'replace')
    print(info.name, ascii(text[120:140]), len(text), back.count(b'?'))
    try:
        ALL.decode(enc)
    except UnicodeDecodeError as e:
        print('  ', e)
    try:
        '\u20ac\u0416\u00e9\u4e00'.encode(enc)
    except UnicodeEncodeError as e:
        print('  ', e)
    print('  ', '\u20ac\u0416\u00e9\u4e00x'.encode(enc, 'xmlcharrefreplace'))
    dec = codecs.getincrementaldecoder(enc)()
    print('  ', ascii(''.join(dec.decode(ALL[i:i + 7]) for i in range(0, 256, 7) if True) if enc == 'cp437' else ''))

m = codecs.charmap_build('abc\u20ac')
print(m)
m2 = codecs.charmap_build('\x00' + 'a' * 254 + 'b')
print(type(m2).__name__, m2.size(), codecs.charmap_encode('ab\x00', None, m2))
print(codecs.charmap_build('\x00\U00010000'), codecs.charmap_build('\x00\ufffe' + 'c' * 254).size())
print(codecs.charmap_encode('cab\u20ac', 'strict', m), codecs.charmap_decode(b'\x00\x01\x02\x03', 'strict', 'abc\u20ac'))
print(codecs.charmap_decode(b'\x00\x05', 'replace', 'ab'), codecs.charmap_decode(b'\x00\x01', 'strict', 'a\ufffe'[:1] + 'b'))
print(codecs.charmap_decode(b'\x00\x01\x02', 'replace', {0: 'xy', 1: 0x20ac, 2: None}))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 'yz'}), codecs.charmap_decode(b'ab'))
print(codecs.charmap_encode('abab', 'strict', {97: 1, 98: b'BB'}))
for args in [(b'\x00', 'strict', {0: 1.5}), (b'\x00', 'strict', {0: 0x110000}), (b'\x01', 'strict', {0: 'a'}),
             (b'\x01', 'strict', 'a\ufffe'), (b'\x01', 'strict', {1: None})]:
    try:
        print(codecs.charmap_decode(*args))
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
for args in [('a', 'strict', {97: 256}), ('a', 'strict', {97: 'x'}), ('ab', 'strict', {97: 1}), ('ab', 'replace', {97: 1}),
             ('ab', 'replace', {97: 1, 63: 2}), ('ab', 'ignore', {97: 1}), ('\xe9', 'backslashreplace', m)]:
    try:
        print(codecs.charmap_encode(*args))
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(codecs.latin_1_encode('ab\xff'), codecs.latin_1_decode(b'\xff'), codecs.ascii_decode(b'ab'), codecs.ascii_encode('x'))
try:
    codecs.ascii_decode(b'a\x80\x81')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
try:
    codecs.latin_1_encode('a\u0100\u0101b\u0102')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
