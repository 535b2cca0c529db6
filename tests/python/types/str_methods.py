# str methods, including text with astral (non-BMP) characters
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

A = 'a\U0001F600b\U00010400c'
print(len(A), A[1], A[-2], A[1:4], A[::-1], A[::2], list(A), A.encode('utf-8'), A.encode('utf-16-le'))
print(A.upper(), A.lower(), A.swapcase(), A.title(), A.capitalize(), A.casefold(), '\U00010428'.upper(), 'ß'.upper(), 'ǆ'.title())
print(A.find('\U00010400'), A.index('c'), A.rfind('b'), A.count('\U0001F600'), A.split('\U0001F600'), A.partition('\U00010400'))
print(A.center(11, '\U0001F601'), A.ljust(8, '*'), A.rjust(8), A.zfill(8), '-\U0001F600'.zfill(5), A.replace('\U0001F600', 'XY'))
print(A.isprintable(), '\U0001F600'.isalpha(), '\U00010400'.isalpha(), '\U0001D7D8'.isdigit(), '\U0001D7D8'.isdecimal(), '𝟘'.isnumeric())
print(A.startswith('a\U0001F600'), A.endswith(('x', 'c')), A.strip('ac'), ('\U0001F600' * 3).strip('\U0001F600'), A.expandtabs())
print(repr('\U0001F600\x00\u200b\ud800'), ascii(A), A.translate({0x1F600: 'smile', ord('a'): None}), str.maketrans('ab', 'xy'))
print(sorted(['b', '\U0001F600', 'a', '\uffff', '\U00010000']), '\U00010000' > '\uffff', max(A), min(A))
for s in ['hello world', 'Hello World', 'HELLO', '', ' ', '123', '١٢٣', '½', 'a1', 'hello_world', 'Ǆ', 'ǅ', 'class', '1abc', 'é']:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(),
          s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), '  a  b  '.split(), '  a  b  '.split(None, 1),
      '  a  b  '.rsplit(None, 1), 'a\nb\r\nc\rd\x0be\x1cf\u2028g'.splitlines(), 'a\nb\n'.splitlines(True), ''.split(','), ''.split())
show('abc'.split, ''); show('abc'.index, 'z'); show('abc'.rindex, 'z'); show('abc'.center, 5, 'xy'); show('abc'.join, [1, 2])
show(''.join, ['a', b'b']); show('abc'.count, 'b', None, None); show('abc'.startswith, ['a']); show('x'.replace, 'x', 1)
print('abc'.find('c', -1), 'abc'.find('', 3), 'abc'.find('', 4), 'abcabc'.count(''), 'abc'.replace('', '-'), 'aaa'.replace('a', 'b', 2))
print('tab\there'.expandtabs(4), 'a\tb\nc\td'.expandtabs(3), 'x'.expandtabs(-1), 'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'))
print('%s|%r|%a|%5s|%-5s|%.2s|%c|%c' % ('é', 'é', 'é', 'ab', 'ab', 'xyz', 65, '\U0001F600'))
print('%d %i %u %5d %-5d|%05d %+d % d %x %X %#x %o %#o %e %E %f %F %g %G %%' % (1, 2, 3, 4, 5, 6, 7, 8, 255, 255, 255, 8, 8, 1.5, 1.5, 1.5, 1.5, 1e-5, 1e20))
print('%(a)s %(b)05.1f %(a)r' % {'a': 'x', 'b': 2.25}, '%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159), '%s' % [1], '%s' % (1,))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%z', 1), ('%', ()), ('%c', 'ab'), ('%c', -1),
                  ('%c', 0x110000), ('%x', 1.5), ('%d', 1.5), ('%(a', {'a': 1}), ('%*d', ('x', 1)), ('%.*f', (1.5, 2.0)), ('%d', 10**4301)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)
print('%s' % 'x' * 3, '%-6.2f|' % -1.005, '%#.3g' % 1, '%.0f' % 0.5, '%.0f' % 1.5, '%r' % 1e100, '%i' % True, '%s' % None)
print(str(b'ab'), str(b'ab', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(bytearray(b'x'), encoding='latin-1'), str(object=5))
show(str, b'\xff', 'utf-8'); show(str, 1, 'utf-8'); show(str, 'a', 'utf-8'); show(str, b'', 'nope')
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ΣΑΣ'.lower(), 'ὒ'.upper())
print('abc' * 0, 'abc' * -1, 3 * 'ab', 'a' in 'abc', '' in 'abc', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z')
show(lambda: 'a' + 1); show(lambda: 'a' * 1.5); show(lambda: 1 in 'a'); show(lambda: 'abc'[5]); show(lambda: 'abc'['x'])
print('a'.__sizeof__() > 0, hash('') == 0, 'x'.__getnewargs__(), str.__new__(str, 'q'), 'abc'.__contains__('b'), 'abc'.__mod__(()))
print('ab'.encode(), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'), 'é\U0001F600'.encode('ascii', 'backslashreplace'))
show('é'.encode, 'ascii'); show('x'.encode, 'nope'); show('x'.encode, errors=1)
