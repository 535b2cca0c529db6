"""Writes tests/python/re/sre_*.py: programs that feed the programs CPython's Lib/re/_compiler.py makes
straight to _sre.compile and print what the patterns do on many subjects (they need no 'import re').

Run with CPython 3.11 from the repository root: python3 src/test/resources/gen_sre_corpus.py
then regenerate the .out files with python3 as for every program.
"""
import re
import _sre

captured = []
_orig = _sre.compile


def _capture(*args):
    captured.append(args)
    return _orig(*args)


_sre.compile = _capture

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

# (pattern, flags, subjects)
CASES = [
    ('abc', 0, ['abc', 'xabcx', 'ab', '']),
    ('a.c', 0, ['abc', 'a\nc', 'axcabc']),
    ('a.c', S, ['abc', 'a\nc']),
    ('a*', 0, ['', 'aaa', 'baaab', 'bbb']),
    ('a+', 0, ['', 'aaa', 'baaab']),
    ('a?b', 0, ['ab', 'b', 'aab', 'cb']),
    ('a{2,3}', 0, ['a', 'aa', 'aaaa', 'aaaaaaa']),
    ('a{2,3}?', 0, ['aaaa', 'aaaaaaa']),
    ('a*?b', 0, ['aaab', 'b', 'xaab']),
    ('a+?', 0, ['aaa']),
    ('(a|b)*c', 0, ['abac', 'c', 'ababx']),
    ('(ab)*', 0, ['ababab', 'aba', '']),
    ('(ab)*?c', 0, ['ababc', 'c']),
    ('(a*)*', 0, ['aaa', 'b']),
    ('(a*)+', 0, ['aaa', 'b']),
    ('(a|)*b', 0, ['aab', 'b']),
    ('(?:a|bc)+d', 0, ['abcad', 'bcbcd', 'd']),
    ('x(?:ab){2,}?y', 0, ['xababy', 'xabababy', 'xaby']),
    ('(a)(b)?(c)', 0, ['ac', 'abc', 'xxabc']),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['John Smith', 'a b c d', 'nope']),
    ('(a)|(b)', 0, ['a', 'b', 'c', 'ab']),
    ('^abc', 0, ['abc', 'xabc', 'abc\nabc']),
    ('^abc', M, ['x\nabc', 'abc\nabc']),
    ('abc$', 0, ['abc', 'abc\n', 'abc\nabc', 'abcx']),
    ('abc$', M, ['abc\nx', 'xabc\n']),
    ('\\Aabc\\Z', 0, ['abc', 'abc\n']),
    ('^$', M, ['', '\n', 'a\n\nb']),
    ('\\bfoo\\b', 0, ['foo', 'a foo b', 'foobar', 'barfoo']),
    ('\\Bo\\B', 0, ['foo', 'xox', 'o']),
    ('\\bfoo\\b', A, ['foo', 'éfooé']),
    ('\\bfoo\\b', 0, ['éfooé', 'ßfoo']),
    ('\\d+', 0, ['abc123def', '٣٤٥', '12', '']),
    ('\\d+', A, ['٣٤٥x12']),
    ('\\D+', 0, ['ab12cd']),
    ('\\s+', 0, ['a b\tc\n d', '\u2003x\u00a0', '\x1c\x1d']),
    ('\\s+', A, ['a \u2003 b']),
    ('\\S+', 0, ['  ab  cd ']),
    ('\\w+', 0, ['hello, wörld', 'naïve_1 x', '²³', 'ǅ']),
    ('\\w+', A, ['hello, wörld']),
    ('\\W+', 0, ['a, b! c']),
    ('[abc]+', 0, ['xxabcbay', 'd']),
    ('[^abc]+', 0, ['abxyzc']),
    ('[a-z0-9_]+', 0, ['Hello_World42!']),
    ('[\\d\\s]+', 0, ['a1 2 3b']),
    ('[^\\W\\d]+', 0, ['ab12cd_e']),
    ('[\u0100-\u01ff]+', 0, ['abcĀāĂxyz']),
    ('[\u4e00-\u9fff]+', 0, ['中文字 text']),
    ('[\U0001f600-\U0001f64f]+', 0, ['smile 😀😃 ok']),
    ('😀+', 0, ['x😀😀y']),
    ('.', 0, ['😀']),
    ('[^😀]', 0, ['😀a']),
    ('[aeiouäöü]', 0, ['xöy', 'xyz']),
    ('[\u0400-\u04ff\u0100-\u017f\u4e00-\u4e10]+', 0, ['Ёлка ĀĒ 一丁']),
    ('abc', I, ['ABC', 'aBc', 'xAbC']),
    ('[a-z]+', I, ['HeLLo World']),
    ('[^a-z]+', I, ['HeLLo 123']),
    ('straße', I, ['STRASSE', 'STRAẞE', 'Straße']),
    ('ǅ', I, ['Ǆ', 'ǆ', 'ǅ']),
    ('σ', I, ['Σ', 'ς', 'σ']),
    ('[σ]', I, ['Σ', 'ς']),
    ('k', I, ['K', '\u212a']),
    ('[k-l]', I, ['K', '\u212a', 'L']),
    ('ß', I, ['ẞ', 'ss']),
    ('i', I, ['I', 'İ', 'ı']),
    ('[ſ]', I, ['s', 'S']),
    ('é+', I, ['ÉéÉ']),
    ('é+', I | A, ['ÉéÉ', 'ééé']),
    ('abc', I | A, ['ABC']),
    ('[a-z]+', I | A, ['HeLLo']),
    ('(a)\\1', 0, ['aa', 'ab']),
    ('(a+)b\\1', 0, ['aabaa', 'aaba', 'abaa']),
    ('(a)\\1', I, ['aA', 'Aa']),
    ('(é)\\1', I, ['éÉ']),
    ('(é)\\1', I | A, ['éÉ', 'éé']),
    ('(?P<q>[\'"]).*?(?P=q)', 0, ['say "hi" and \'bye\'']),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac', 'b']),
    ('(?P<x>a)?(?(x)b|c)d', 0, ['abd', 'cd', 'acd']),
    ('foo(?=bar)', 0, ['foobar', 'foobaz']),
    ('foo(?!bar)', 0, ['foobar', 'foobaz']),
    ('(?<=ab)c', 0, ['abc', 'xbc']),
    ('(?<!ab)c', 0, ['abc', 'xbc', 'c']),
    ('(?<=(a))b', 0, ['ab']),
    ('(?=(\\w+))\\w', 0, ['abc']),
    ('(?!(a)b)(a)', 0, ['ac', 'ab']),
    ('(?>a+)b', 0, ['aaab', 'aaa']),
    ('(?>a+)a', 0, ['aaaa']),
    ('(?>(a)|(ab))c', 0, ['abc', 'ac']),
    ('a++b', 0, ['aaab', 'aaa']),
    ('a++a', 0, ['aaa']),
    ('a*+', 0, ['aaa', '']),
    ('a?+a', 0, ['a', 'aa']),
    ('(?:ab)++c', 0, ['ababc', 'ababa']),
    ('(?:ab)*+ab', 0, ['abab']),
    ('(?:a|b)++', 0, ['abba', 'c']),
    ('(ab|a){2,3}+c', 0, ['ababac', 'aac']),
    ('x{0,2}+y', 0, ['xxxy', 'xy', 'y']),
    ('(?:)++', 0, ['abc']),
    ('(?:a*)*+', 0, ['aaa']),
    ('a|b|c', 0, ['c', 'x', 'bca']),
    ('ab|ac|ad', 0, ['ad', 'ae']),
    ('[ab]x|[cd]y|z', 0, ['dy', 'ax', 'z', 'cx']),
    ('(?i)ab|AC', 0, ['aC', 'Ab']),
    ('a(?=b)|a', 0, ['ab', 'ac']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    ('(?s:.)(?-s:.)', 0, ['\n\n', 'a\n', '\na']),
    ('(?x) a b # comment\n c', 0, ['abc']),
    ('\\n\\t\\x41\\u00e9\\U0001f600', 0, ['\n\tAé😀']),
    ('[\\x00-\\x1f]+', 0, ['a\x01\x02b']),
    ('a{3}', 0, ['aaaa', 'aa']),
    ('a{,2}b', 0, ['aaab']),
    ('(a{2})*', 0, ['aaaaa']),
    ('(?:(a)|b)*', 0, ['abab', 'ba']),
    ('(a)*', 0, ['aaa']),
    ('((a)|b)+', 0, ['ab', 'ba']),
    ('(\\w+)\\s*=\\s*(\\w+)', 0, ['x = 1, yy=22 ,z= 3']),
    ('\\$\\d+(\\.\\d\\d)?', 0, ['costs $100 or $3.50']),
    ('[-+]?\\d*\\.?\\d+([eE][-+]?\\d+)?', 0, ['1.5e10 -3 +.5 7E-2']),
    ('(?m)^\\s*#.*$', 0, ['code\n  # comment\nmore # no\n# yes']),
    ('<([a-z]+)[^>]*>(.*?)</\\1>', 0, ['<b class="x">bold</b> <i>it</i>']),
    ('(\\d{1,3})(?=(\\d{3})+$)', 0, ['1234567']),
    ('\\b(\\w)(\\w*)\\1\\b', 0, ['abca dad noon xyz']),
    ('(.)(?!\\1).', 0, ['aabbcd']),
    ('(?i)(?:[a-z]|\\d)+@[a-z]+\\.(?:com|org)', 0, ['Mail: John99@Example.COM, x@y.org']),
    ('', 0, ['', 'abc']),
    ('x*', 0, ['axbxxc']),
    ('\\b', 0, ['ab cd']),
    ('$', 0, ['ab\n']),
    ('^', M, ['a\nb\n']),
    ('(?:^|,)([^,]*)', 0, ['a,,b,']),
    ('.*', 0, ['ab\ncd']),
    ('.*?', 0, ['ab']),
    ('(a*)b?', 0, ['aabab']),
    ('a|', 0, ['bab']),
    ('\\W*', 0, ['a  b']),
    (b'abc', 0, [b'xabcx', b'ab']),
    (b'[a-z]+', 0, [b'Hello world']),
    (b'\\w+', 0, [b'caf\xe9 ok']),
    (b'\\w+', L, [b'caf\xe9 ok']),
    (b'abc', I, [b'ABC', b'aBc']),
    (b'[a-z]+', I, [b'HeLLo']),
    (b'abc', I | L, [b'ABC']),
    (b'[a-c]+', I | L, [b'xABCcba']),
    (b'[^a-c]+', I | L, [b'xyABC']),
    (b'\\bx\\b', L, [b'a x b']),
    (b'\\Bx', L, [b'ax']),
    (b'(a)\\1', I | L, [b'aA']),
    (b'\\d+\\s+\\D', 0, [b'12  x']),
    (b'[\\x80-\\xff]+', 0, [b'ab\x80\x90\xffcd']),
    (b'\\xe9', I, [b'\xc9']),
    (b'.', 0, [b'\n', b'\xff']),
    (b'(?P<n>\\d+)', 0, [b'abc 42']),
    ('(?u)\\w+', 0, ['žluť']),
    ('[]a]', 0, [']']),
    ('[\\]]+', 0, ['a]]b']),
    ('[a\\-z]+', 0, ['a-z']),
    ('\\.+', 0, ['a...b']),
    ('[.]', 0, ['a.b']),
    ('(?:a|b|c|d|e|f|g)+', 0, ['gfedcbaz']),
    ('(?:ab|cd|ef|gh|ij|kl|mn|op)+', 0, ['abcdghijklop!']),
    ('[^\\n]+', 0, ['ab\ncd']),
    ('[\\s\\S]+', 0, ['ab\ncd']),
    ('(?a)[\\w\\s]+', 0, ['ab é']),
    ('[^\\s\\d]', 0, [' 1x']),
    ('(a(b(c)))', 0, ['abc']),
    ('(?P<a>x)(?P<b>y)?(?P<c>z)', 0, ['xz', 'xyz']),
    ('(a)|b', 0, ['b']),
    ('(?:(a)|(b)|(c))+', 0, ['abc', 'cba']),
    ('([a-c]*)(\\d*)', 0, ['ab12', '12', '']),
    ('(\\w+)(?:,\\s*(\\w+))*', 0, ['a, b, c']),
    ('(?i)\\bAND\\b', 0, ['this and that, AND more, Andy']),
    ('\\d{2,4}?\\d', 0, ['12345']),
    ('(?:\\d{3}-)?\\d{4}', 0, ['555-1234 and 9876']),
    ('(a|ab)(bc|c)?', 0, ['abc']),
    ('(?:a|ab)c', 0, ['abc']),
    ('(x)?(?(1)y|z)+', 0, ['xyy', 'zz']),
    ('[\u00e0-\u00ff]+', I, ['ÀÉÎ àéî']),
    ('[\u0391-\u03a9]+', I, ['αβγ ΑΒΓ']),
    ('[\u0410-\u042f]+', I, ['привет МИР']),
    ('\u0130', I, ['i', 'İ', 'i̇']),
    ('[\U00010400-\U0001044f]+', I, ['\U00010400\U00010428']),
    ('\U00010400', I, ['\U00010428']),
    ('(?i)[^k]', 0, ['\u212a', 'K', 'x']),
    ('(?i)[\u212a]', 0, ['k', 'K']),
    ('(?i)\u1e9e', 0, ['ß']),
    ('(?i)[\u00b5]', 0, ['μ', 'Μ']),
    ('(?i)[ϐβ]', 0, ['Β']),
    ('(?i)[\u1f80-\u1f8f]', 0, ['\u1f88']),
    ('\\u2028|\\u2029', 0, ['a\u2029b']),
    ('aab', 0, ['aaab', 'aabaab', 'aa']),
    ('[\\S]x|[\\W]', A, ['a x!', 'éx']),
    ('[\\S\\W]+', A, ['ab  !é']),
    (b'[\\W]+', L, [b'ab, \xe9!']),
    ('[^a]', I | A, ['A', 'b', 'É']),
    (b'[^a]+', I | L, [b'AaBb']),
    ('[^\u00e9]+', I, ['É\u00e9x']),
    ('abab(c)', 0, ['abababc', 'ababab']),
    ('ab(?=c)', 0, ['abdabc']),
    ('x(y)z', 0, ['xyxyz']),
    ('abc(?:d|e)f', 0, ['abcabcef']),
    ('[ab]c', 0, ['xacbc', 'cc']),
    ('(?:x|y)+z', 0, ['axyxz', 'xyx']),
    ('\u00e9t\u00e9', 0, ['un \u00e9t\u00e9 chaud']),
]

# Patterns the hand-written tests/python/re/sre_api.py uses, written to sre_api_data.py.
API = [
    ('(?P<first>\\w+) (?P<last>\\w+)', 0),
    ('(a)(b)?', 0),
    ('a+', I),
    ('a+', I | M | S | X),
    ('x', A | 512),
    (b'x', L),
    (b'(?P<n>\\d+)', 0),
    ('\\d+', 0),
    ('', 0),
    ('x*', 0),
    ('(?:(a)|(b))+', 0),
    ('(a)|(b)', 0),
    ('a' * 250, 0),
    ('(x)|(y)|(z)', 0),
    ('(a|b)*c', 0),
    ('(?:a|b)*+c', 0),
    ('((((((((((a))))))))))', 0),
]

out = []
for pattern, flags, subjects in CASES:
    captured.clear()
    re.compile(pattern, flags)
    re.purge()
    args = captured[-1]
    args = (args[0], args[1], [int(c) for c in args[2]]) + args[3:]
    out.append((args, subjects))
_sre.compile = _orig

HEADER = '''# Generated by src/test/resources/gen_sre_corpus.py from CPython 3.11's Lib/re/_compiler.py: each
# case is the argument tuple of one _sre.compile call and the subjects to run the pattern on.
import _sre
from sre_driver import run

'''


def write(path, cases):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        f.write('CASES = [\n')
        for args, subjects in cases:
            f.write('    (%r, %r),\n' % (args, subjects))
        f.write(']\n\nrun(_sre, CASES)\n')


api = []
_sre.compile = _capture
for pattern, flags in API:
    captured.clear()
    re.compile(pattern, flags)
    re.purge()
    a = captured[-1]
    api.append((a[0], a[1], [int(c) for c in a[2]]) + a[3:])
_sre.compile = _orig
with open('tests/python/re/sre_api_data.py', 'w', encoding='utf-8') as f:
    f.write('# Generated by src/test/resources/gen_sre_corpus.py: _sre.compile argument tuples.\nARGS = [\n')
    for a in api:
        f.write('    %r,\n' % (a,))
    f.write(']\n')

half = len(out) // 2
write('tests/python/re/sre_corpus1.py', out[:half])
write('tests/python/re/sre_corpus2.py', out[half:])
print(len(out), 'patterns,', sum(len(s) for _, s in out), 'subjects')
