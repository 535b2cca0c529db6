"""The _sre module's functions and the Pattern, Match and Scanner objects' API (no 'import re' needed)."""
import _sre
from sre_api_data import ARGS

NAMES, AB, AI, AFLAGS, XA, BL, BN, DIG, EMPTY, XSTAR, ALT, AORB, LONG, XYZ, REP, POSS, DEEP = [
    _sre.compile(*a) for a in ARGS]


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9)], [_sre.unicode_iscased(c) for c in (65, 0xe9, 0x4e00, 0x1c5)])
print([_sre.ascii_tolower(c) for c in (65, 0xc9, 0x130)], [_sre.unicode_tolower(c) for c in (65, 0xc9, 0x130, 0x1e9e)])

for p in (NAMES, AB, AI, AFLAGS, XA, BL, BN, EMPTY, LONG):
    print(repr(p), p.pattern, p.flags, p.groups, p.groupindex)
print(type(NAMES).__name__, type(NAMES).__module__, type(NAMES.match('a b')).__name__)
print(type(NAMES.groupindex).__name__, attempt(lambda: NAMES.groupindex.__setitem__('x', 1)))
print(NAMES == _sre.compile(*ARGS[0]), NAMES != _sre.compile(*ARGS[0]), NAMES == AB, NAMES == 1,
      hash(NAMES) == hash(_sre.compile(*ARGS[0])))
print(NAMES.__copy__() is NAMES, NAMES.__deepcopy__({}) is NAMES)
print(type(NAMES).__class_getitem__(str), type(NAMES.match('a b')).__class_getitem__(bytes))

m = NAMES.match('Jane Doe rest')
print(m, m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'first', 0), m[0], m['first'], m[2])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start('last'), m.end(2), m.span('first'))
print(m.pos, m.endpos, m.re is NAMES, m.string, m.lastindex, m.lastgroup, m.regs)
print(attempt(m.group, 3), attempt(m.group, 'nope'), attempt(m.group, -1), attempt(m.start, 5), attempt(m.__getitem__, 9))
print(m.__copy__() is m, m.__deepcopy__({}) is m)

m = AB.match('ac')
print(m.groups(), m.groups('-'), m.groups(default=0), m.group(2), m.span(2), m.start(2), m.regs, m.lastindex)
print(AB.match('ab').lastindex, AB.match('ab').lastgroup, ALT.match('ab').lastindex, AORB.match('b').lastindex)
print(ALT.match('ab').groups(), ALT.match('ba').groups(), XYZ.match('z').lastindex, XYZ.match('z').regs)
m = BN.search(b'abc 42 7')
print(m, m.group('n'), m.groupdict(), m.groupdict('x'), BN.groupindex)
print(BN.match(bytearray(b'12')), BN.match(memoryview(b'34')).group(), BN.search(bytearray(b'x5')).string)

print(DIG.match('12ab'), DIG.match('ab12'), DIG.search('ab12cd'), DIG.fullmatch('12'), DIG.fullmatch('12a'))
print(DIG.match('a123', 1), DIG.match('a123', 1, 3), DIG.match('a123', pos=2), DIG.search('123', endpos=2))
print(DIG.match('123', -5), DIG.match('123', 10), DIG.search('123', 2, 1), DIG.search('1234', 1, 100))
print(DIG.match(string='42'), DIG.search('x42', pos=1, endpos=2))
print(attempt(DIG.match, b'12'), attempt(BL.match, 'x'), attempt(DIG.match, 12), attempt(DIG.match, None))
print(attempt(DIG.match), attempt(DIG.match, 'a', 1, 2, 3), attempt(DIG.match, 'a', foo=1), attempt(DIG.match, 'a', pos='x'))

print(DIG.findall('a1b22c333'), DIG.findall('a1b22c333', 2), DIG.findall('a1b22c333', 2, 6), NAMES.findall('a b c d e'))
print(XSTAR.findall('axxbx'), EMPTY.findall('abc'), AB.findall('abacab'), BN.findall(b'1 22 x'))
print([m.span() for m in DIG.finditer('1 22 333')], type(DIG.finditer('1')).__name__)
print([m.span() for m in XSTAR.finditer('axxb', 1)], [m.group() for m in EMPTY.finditer('ab')])

print(DIG.sub('#', 'a1b22c333'), DIG.sub('#', 'a1b22c333', 2), DIG.sub('#', 'a1b22c333', count=1), DIG.sub('#', 'x'))
print(DIG.subn('#', 'a1b22c333'), DIG.subn('', '123'), DIG.sub('#', 'a1b2', -1), XSTAR.sub('-', 'abxc'))
print(DIG.sub(lambda m: str(int(m.group()) * 2), 'a1b22c333'), DIG.sub(lambda m: None, 'a1b2'))
print(EMPTY.sub('-', 'abc'), EMPTY.subn('-', ''), BN.sub(b'#', b'a1b22'), BN.subn(lambda m: m.group()[::-1], b'12 34'))
print(attempt(DIG.sub, lambda m: 1, 'a1'), attempt(DIG.sub, b'x', 'a1'))
print(attempt(DIG.sub, '#', b'1'), DIG.sub(repl='#', string='a1'), attempt(DIG.sub, '#'))

print(DIG.split('a1b22c'), DIG.split('a1b22c', 1), DIG.split('a1b22c', maxsplit=-1), DIG.split('1a1'))
print(XSTAR.split('axbxxc'), EMPTY.split('abc'), AB.split('xaby ac'), ALT.split('xaybz'), BN.split(b'a1b'))

s = DIG.scanner('1 22 x 333')
print(type(s).__name__, s.pattern is DIG, s.search().group(), s.search().group(), s.match(), s.search(), s.search())
s = DIG.scanner('12ab34')
print(s.match().span(), s.match(), s.match())
s = XSTAR.scanner('axxb')
print([s.search().span() for _ in range(4)], s.search())

print(REP.match('ababc').groups(), POSS.match('abbac'), POSS.match('abab'), DEEP.match('a').groups())
big = 'ab' * 50000 + 'c'
print(REP.match(big).span(), REP.match(big).group(1), POSS.match(big).span())
print(LONG.match('a' * 250).span(), len(repr(LONG.match('a' * 300))), repr(LONG.match('a' * 260)))
print(repr(AI.match('AaAbA')), AI.findall('xAaxA'), repr(NAMES.match('ü ö')))
print(repr(EMPTY.match('😀')), repr(XSTAR.match('xx😀')), DIG.search('😀12😀').span())

print(attempt(type(NAMES)), attempt(type(NAMES.match('a b'))), type(NAMES.scanner('x')).__module__)
m = NAMES.match('a b')
print(attempt(m.__getitem__, True), attempt(m.group, 1.0), attempt(m.group, None), m.start(False))
print(attempt(NAMES.sub, '#', 'a b', 'x'), attempt(NAMES.split, 'a b', None))
print(NAMES.match('\ud800 \udc00'), NAMES.search('x\U0001f600 y'), NAMES.search('\U00010400x y'))
print(BN.sub(bytearray(b'#'), b'1a'), BN.sub(memoryview(b'#'), b'1a'), attempt(BN.sub, lambda m: 'x', b'1a'))
print([attempt(_sre.compile, 'x', 0, [c], 0, {}, (None,)) for c in ('a', -1, 2**40, 2**70)])
print(attempt(_sre.unicode_iscased, 'a'), _sre.unicode_iscased(0x10400), _sre.ascii_tolower(0xffff))
