# The re module end to end (Lib/re over _sre): module functions, templates, flags, errors, Scanner.
import re

print(re.match(r'(\w+) (\w+)', 'hello world').groups())
print(re.sub(r'(\d+)', r'<\1>', 'a1b22'), re.sub(r'(?P<d>\d)', r'\g<d>\g<0>\\', 'x1y2'))
print(re.sub('a', r'\n', 'bab') == 'b\nb', re.sub(b'a', rb'[\g<0>]', b'bab'))
print(re.findall(r'\b\w', 'one two three'), re.split(r'([,;])\s*', 'a, b;c'))
print(re.compile('a+', re.I), re.fullmatch(r'\d+', '123'), re.compile(r'\d', re.A | re.M))
m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05-01')
print(m.expand(r'\g<m>/\g<y> \2'), m['y'], m.groupdict(), m.span('m'))
print(re.escape('a.b*c d'), re.subn('x', 'y', 'xxx', count=2))
print([m.span() for m in re.finditer(r'\d+', 'a1bb22ccc333')])
print(re.purge(), hasattr(re, 'template'))
for bad in ['(', 'a**', '[a-', '(?P<1>x)', r'\k', 'x{2,1}', '(?<=a+)b']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', repr(bad), e, e.pos)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
print(re.compile('x') is re.compile('x'), re.compile('x') == re.compile('x'), re.compile('x', re.I) == re.compile('x'))
print(re.RegexFlag.IGNORECASE, re.I | re.M, re.NOFLAG, repr(re.X))
print(isinstance(re.compile(''), re.Pattern), isinstance(re.match('', ''), re.Match), re.Pattern[str])

sc = re.Scanner([
    (r'[a-z]+', lambda s, t: ('word', t)),
    (r'\d+', lambda s, t: ('num', int(t))),
    (r'\s+', None),
])
print(sc.scan('abc 12 de 7 !'))

print(re.sub(r'(?i)straße', 'X', 'STRASSE Straße STRAẞE'), re.findall(r'(?i)[ǅ]', 'ǄǅǆDž'))
print(re.match(r'(?x) (\d+) \s* [+] \s* (\d+)', '12 + 34').groups())
print(re.split(r'\b', 'ab cd'), re.split(r'x*', 'axbc'), re.sub('x*', '-', 'abxd'))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group(), re.findall(r'^\w', 'a\nb', re.M))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(), re.search(r'(?<!-)\b\w+$', 'spam-egg x').group())
print(re.match(r'(?>.*)x', 'abcx'), re.match(r'.*+x', 'abcx'), re.match(r'(?:ab)++$', 'abab'))
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.sub(r'(a)|b', lambda m: m.group(1) or 'B', 'ab'))
print(re.compile(r'(?P<n>a)(?P=n)').match('aa'), re.compile(r'(a)\1', re.I).match('aA'))
long = 'x' * 100000
print(len(re.match(r'(?:x|y)*', long).group()), len(re.findall('x', long)), re.search(r'(x+x+)+y', 'x' * 20))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip(), re.split(r'\W+', 'Words, words, words.'))
print(re.fullmatch(r'[\w.-]+@[\w-]+\.[\w.]+', 'john.doe@example.co.uk') is not None)
print(re.findall(r'\d+', '٣٤ 12'), re.findall(r'\d+', '٣٤ 12', re.ASCII), re.findall(rb'\w+', b'caf\xe9 x'))
