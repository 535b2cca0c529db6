# str.partition/rpartition and the strip family (strip, lstrip, rstrip) with chars arguments

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

for s in ['', 'abc', 'a=b=c', '=', '==', 'key=value', 'no sep', '=lead', 'trail=']:
    print(repr(s), s.partition('='), s.rpartition('='), s.partition('=='), s.rpartition('b='))
print('\U0001F600x\U0001F600'.partition('x'), 'é=ü'.rpartition('='), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
show('partition empty', lambda: 'abc'.partition(''))
show('rpartition empty', lambda: 'abc'.rpartition(''))
show('partition None', lambda: 'abc'.partition(None))
show('partition bytes', lambda: 'abc'.partition(b'b'))
show('partition no arg', lambda: 'abc'.partition())

ws = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000'
body = ws + 'mid dle' + ws
print(repr(body.strip()), repr(body.lstrip())[:20], repr(body.rstrip())[-20:])
print(repr('\u200bzero width\u200b'.strip()), repr('\ufeffbom'.strip()))
for s in ['', 'xxhixx', 'xyxhiyxy', 'hello', 'aaa', '  spaced  ', '.,;text;,.']:
    print(repr(s), repr(s.strip('xy')), repr(s.lstrip('xy')), repr(s.rstrip('xy')), repr(s.strip('.,;')), repr(s.strip(None)), repr(s.strip('')))
print(repr('www.example.com'.strip('cmowz.')), repr('ééaéé'.strip('é')), repr('\U0001F600a\U0001F600'.strip('\U0001F600')))
show('strip int', lambda: 'abc'.strip(1))
show('strip bytes', lambda: 'abc'.lstrip(b'a'))
show('strip two', lambda: 'abc'.rstrip('a', 'b'))
show('strip kw', lambda: 'abc'.strip(chars='a'))
class S(str):
    pass
print(type(S(' a ').strip()).__name__, type(S('a').strip()).__name__, type(S('a=b').partition('=')[0]).__name__)
s = 'unchanged'
print(s.strip() is s, s.lstrip('z') is s, s.partition('=')[0] is s)
