a = 'x', "y", '''z''', """w""", '', "", '''''', """"""
b = r'\d', R"\d", b'ab', B"ab", u'x', U"x", f'{a}', F"{b}", rb'x', Rb'x', rB'x', RB'x'
c = br'x', Br'x', bR'x', BR'x', fr'{a}', Fr'{a}', fR'{a}', FR'{a}', rf'{a}', rF'{a}', Rf'{a}', RF'{a}'
d = 'it\'s', "say \"hi\"", '\\', 'a\
b', '''multi
line
string''' + """another
'one'"""
e = f'{x!r:>{width}}', f"{'nested'}", rb'\'', br"\\"
g = 'é', "日本語", '''ü
ö'''
h = bx, rx, ux, fx, brx, rbx, b, r, u, f, br, rb, fr, rf, ub, bu
