# str case methods on ASCII and non-ASCII: lower, upper, casefold, title, capitalize, swapcase

samples = ['hello world', 'HELLO World', "they're bill's friends", 'ǆungla ǅ Ǆ', 'straße', 'ﬁnance ﬂow',
           'İstanbul ı', 'ΣΊΣΥΦΟΣ', 'σοφός ς', 'ÉCOLE élève', 'ŉ', 'ǰ', 'ﬀ', 'ß', 'ᾳ ᾼ', 'Ꭰꭰ', '𐐀𐐨',
           'a1b2 c3d', '123abc', 'x_y-z', 'mIxEd CaSe', '', '  ', 'ǉ', 'ǈ', 'ΐ', 'ﬃ', 'Ω Ω', 'K']
for s in samples:
    print(repr(s))
    print('  lower', repr(s.lower()), 'upper', repr(s.upper()), 'casefold', repr(s.casefold()))
    print('  title', repr(s.title()), 'capitalize', repr(s.capitalize()), 'swapcase', repr(s.swapcase()))
    print('  lens', len(s), len(s.upper()), len(s.lower()), len(s.casefold()), len(s.title()))
print('Σ at end', repr('ΑΣ'.lower()), repr('ΑΣ Α'.lower()), repr('Σ'.lower()), repr('AΣb'.lower()), repr('.Σ.'.lower()))
print('casefold eq', 'Straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold() == 'fi')
for ch in 'aAzZ0 ßİıǅſ':
    print(repr(ch), ch.isupper(), ch.islower(), ch.istitle(), repr(ch.upper()), repr(ch.lower()), repr(ch.title()))
class S(str):
    pass
print(type(S('a').upper()).__name__, type(S('A').upper()).__name__, type(S('a').title()).__name__)
