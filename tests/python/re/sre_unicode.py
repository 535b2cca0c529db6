"""_sre's Unicode categories and case helpers against CPython 3.11's (Unicode 14)."""
import _sre
CPS = list(range(0x32000)) + list(range(0xe0000, 0xe0200)) + [0x10ffff]
def ranges(pred):
    out = []; start = None
    for c in CPS:
        if pred(c):
            if start is None: start = c
        elif start is not None:
            out.append((start, c - 1)); start = None
    if start is not None: out.append((start, CPS[-1]))
    return out
def prog(cat):
    # IN [CATEGORY cat] FAILURE
    return _sre.compile('x', 32, [13, 4, 8, cat, 0, 1], 0, {}, (None,))
for name, cat in [('digit', 10), ('space', 12), ('word', 14), ('linebreak', 16)]:
    p = prog(cat)
    r = ranges(lambda c: p.match(chr(c)) is not None)
    print(name, len(r), r[:3], hash(tuple(r)))
low = [c for c in CPS if _sre.unicode_tolower(c) != c]
print('tolower', len(low), hash(tuple((c, _sre.unicode_tolower(c)) for c in low)))
cased = [c for c in CPS if _sre.unicode_iscased(c)]
print('iscased', len(cased), hash(tuple(cased)))
