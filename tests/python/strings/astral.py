# code-point semantics with astral characters: len, indexing, slicing, reversed, iteration, ord/chr, comparison

s = 'a\U0001F600b\U0001F40D\U00010400c'
print(len(s), [ord(c) for c in s], s[1], s[-2], s[3], ascii(s[1:4]), ascii(s[::-1]), ascii(s[::2]), ascii(s[1::2]))
print(ascii(''.join(reversed(s))), ascii(s[-1:-5:-1]), ascii(s[5:0:-2]), s.index('\U0001F40D'), s.count('\U0001F600'))
for i in range(-len(s), len(s)):
    print(i, ascii(s[i]), ascii(s[i:]), ascii(s[:i]))
try:
    s[6]
except IndexError as e:
    print('IndexError:', e)
print([ascii(c) for c in s], list(map(len, s)))
print(ascii(chr(0x1F600)), ord('\U0001F600'), hex(ord(max(s))), ascii(min(s)), sorted(s) == sorted(list(s)))
print('\U0001F600' > '\uffff', '\U0001F600' > '\ue000', '\ud800' < '\U00010000', '\U00010000' < '\U0010ffff', '\uffff' < '\U00010000')
pair = '\ud83d\ude00'
print(len(pair), pair == '\U0001F600', ascii(pair), ascii(pair[0]), ascii(pair[1]), ascii(pair[0] + pair[1]), len(pair[0] + pair[1]))
print(ascii('\ud83d' + '\ude00'), len('\ud83d' + '\ude00'), ('\ud83d' + '\ude00') == '\U0001F600')
print(ascii(pair * 2), len(pair * 2), ascii(pair.upper()), pair.isprintable(), ascii(pair.replace('\ud83d', 'X')))
print(ascii(pair.encode('utf-16', 'surrogatepass').decode('utf-16')), ascii(pair.encode('utf-8', 'surrogatepass')))
t = '\U0001F600' * 3 + 'x'
print(len(t), t.find('x'), t.rfind('\U0001F600'), ascii(t.split('\U0001F600')), ascii(t.partition('\U0001F600')))
print(ascii(t.center(9, '\U0001F40D')), ascii(t.ljust(6, '.')), ascii(t.strip('\U0001F600')), ascii(t[::-1]))
print(ascii(t.upper()), ascii(t.title()), ascii(t.swapcase()), ascii('\U00010428\U00010400'.swapcase()), ascii('\U00010428'.upper()))
print(hash('\U0001F600') == hash(chr(0x1F600)), {'\U0001F600': 1}[chr(0x1F600)], '\U0001F600' in t, 'x' in t)
b = s.encode('utf-8')
print(len(b), b.decode('utf-8') == s, len(s.encode('utf-16-le')) // 2, len(s.encode('utf-32-le')) // 4)
it = iter(s)
next(it)
print(ascii(next(it)), ascii(list(it)))
print(ascii(str(memoryview(s.encode('utf-32-le')).cast('I').tolist())), ascii('%s|%5s|%-4s|' % ('\U0001F600', '\U0001F600', 'x\U0001F600')))
smile = '\U0001F600'
print(ascii('{:^5}'.format(smile)), ascii(f'{smile:>3}'), ascii(format(smile + 'b', '.1')), ascii(f'{smile!r:*^8}'))
