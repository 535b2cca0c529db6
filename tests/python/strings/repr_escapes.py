# repr/ascii/str of str: control characters, quotes, backslashes, non-printables, astral and lone surrogates

for cp in list(range(0, 0x21)) + [0x22, 0x27, 0x5c, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xff, 0x100, 0x37f, 0x378,
                                  0x2028, 0x200b, 0xfeff, 0xfffd, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff,
                                  0x10000, 0x1F600, 0xe0001, 0xf0000, 0x10ffff, 0x1d11e, 0xe000]:
    c = chr(cp)
    print('%06x' % cp, repr(c), ascii(c), len(repr(c)))
for s in ["it's", 'say "hi"', 'both \' and "', "\\", '\\n', 'tab\there', "'", '"', '\'"', 'mixed \'"\\',
          'é ü ñ', '日本語', '\U0001F600 smile', 'a\ud800b', '\udc80\udcff', '\ud83d\ude00', 'line1\nline2\r\n',
          '\x1b[0m', '\u200e\u200f', 'x\u0301', '']:
    print(repr(s), ascii(s), len(s))
print(repr(repr('a')), repr(ascii("'")), str('x') is not None, '%r' % 'é', '%a' % 'é', '{!r}'.format('\n'), f'{"é"!a}')
class S(str):
    def __repr__(self):
        return 'S<' + str.__repr__(self) + '>'
print(repr(S('x')), [S('y')], ascii(S('é')), str(S('z')), type(str(S('z'))).__name__)
print(repr(['a', "b'", 'c"', "'\""]), repr(('\t',)), repr({'k\n': 'v\x00'}))
print('\U0001F600'.encode('unicode_escape'), 'é\n'.encode('unicode_escape'), '\ud800'.encode('unicode_escape'), 'a\\b'.encode('unicode_escape'))
print(eval(repr('all \x00 the \U0010ffff things \' " \\')) == 'all \x00 the \U0010ffff things \' " \\')
