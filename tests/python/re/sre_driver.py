"""Runs the _sre corpus cases: every match operation on every subject, printing what it gives."""


def describe(m):
    if m is None:
        return None
    return (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def run(_sre, cases):
    for args, subjects in cases:
        p = _sre.compile(*args)
        print(repr(p), p.groups, dict(p.groupindex))
        for s in subjects:
            byt = isinstance(s, bytes)
            lt, gt, dash = (b'<', b'>', b'-') if byt else ('<', '>', '-')
            print(' ', repr(s))
            print('    match', describe(p.match(s)))
            print('    search', describe(p.search(s)), repr(p.search(s)))
            print('    fullmatch', describe(p.fullmatch(s)))
            print('    findall', attempt(p.findall, s))
            print('    finditer', [m.span() for m in p.finditer(s)])
            print('    sub', attempt(p.sub, lambda m: lt + m.group(0) + gt, s))
            print('    subn', attempt(p.subn, dash, s, 2))
            print('    split', attempt(p.split, s))
            print('    pos', describe(p.search(s, 1)), describe(p.match(s, 1, len(s) - 1)))
