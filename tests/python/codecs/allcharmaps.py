# Every table codec of Lib/encodings: all 256 bytes decoded, the result encoded back, and every BMP character encoded.
import codecs
import encodings
import os

folder = os.path.dirname(encodings.__file__)
names = []
for f in sorted(os.listdir(folder)):
    if f.endswith('.py'):
        with open(os.path.join(folder, f), encoding='utf-8') as src:
            if 'codecs.charmap_decode(input,self.errors,decoding_table)' in src.read():
                names.append(f[:-3])
print(len(names))
ALL = bytes(range(256))
BMP = ''.join(chr(c) for c in range(0xd800)) + ''.join(chr(c) for c in range(0xe000, 0x10000))
for name in names:
    text = ALL.decode(name, 'replace')
    back = text.encode(name, 'replace')
    enc = BMP.encode(name, 'ignore')
    print(name, codecs.lookup(name).name, hash(text) == hash(ALL.decode(name, 'replace')), sum(map(ord, text)),
          back.count(b'?'), len(enc), sum(enc))
