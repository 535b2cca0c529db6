# str.is* predicates over ASCII, Latin-1, other scripts, digits of many kinds, astral and empty samples

samples = ['', 'abc', 'ABC', 'Abc', 'aBc', 'abc123', '123', '١٢٣', '²³', '½', 'Ⅻ', '一二三', '৪', '𝟘𝟙',
           'é', 'É', 'ǅ', 'Ǆ', 'ǆ', 'ǅungla', 'Hello World', 'Hello world', 'HELLO', 'hello', 'ß', 'ſ',
           ' ', '\t\n', '\x1c', '\xa0', '\u2028', '\u200b', '\x00', '\x7f', '\x85', 'a b', 'a_b', '_a', 'a1', '1a',
           'Σίσυφος', 'ÀÉÎ', 'Ⓐ', 'ⓐ', '🐍', 'a🐍', 'xⅫ', '\U00010400', '\U00010428', 'ªº', 'ʰ', '\u0345',
           'def', 'None', 'ℕ', 'x\u0301', '\u0301', 'ﬁ', '٠', '〇', '\ufeff', '\U000e0001', 'µ']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
print(' '.join(n[2:6] for n in names))
for s in samples:
    flags = ''.join('1' if getattr(s, n)() else '0' for n in names)
    print(ascii(s), flags)
import string
for group in (string.ascii_letters, string.digits, string.punctuation, string.whitespace):
    print([n for n in names if all(getattr(c, n)() for c in group)])
counts = {n: 0 for n in names}
for cp in range(0, 0x3000, 7):
    c = chr(cp)
    for n in names:
        if getattr(c, n)():
            counts[n] += 1
print(counts)
for n in names:
    try:
        getattr(str, n)('a', 'b')
    except TypeError as e:
        print(n, 'TypeError:', e)
    try:
        getattr(str, n)(b'a')
    except TypeError as e:
        print(n, 'TypeError:', e)
