# print (sep, end, file, flush, errors) and input() with sys.stdin and sys.stdout redirected to io.StringIO
import io, sys
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('x', end='|')
print('y', end='\n')
print(1, 2.5, None, [3], sep=' :: ', end=' <end>\n')
print(*range(5), sep=',')
print(*[], sep='ignored')
buf = io.StringIO()
print('to buffer', 42, file=buf)
print('second', file=buf, end='', flush=True)
print(repr(buf.getvalue()))
print('file none', file=None)
show(print, 'x', sep=5); show(print, 'x', end=[]); show(print, 'x', file=5); show(print, 'x', bogus=1)
show(print, 'x', file=object())
class Writer:
    def __init__(self): self.parts = []; self.flushed = 0
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.flushed += 1
w = Writer()
print('one', 'two', file=w)
print('three', file=w, flush=True)
print(w.parts, w.flushed)
class NoFlush:
    def write(self, s): pass
show(print, 'x', file=NoFlush(), flush=True)
print('no flush needed', file=NoFlush())
class S:
    def __str__(self): return 'str of S'
    def __repr__(self): return 'repr of S'
print(S(), [S()], sep=' / ')
class BadStr:
    def __str__(self): return 3
show(print, BadStr())
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
print('more', end='!')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

sys.stdin = io.StringIO('first line\nsecond\n\nlast without newline')
print(repr(input()), repr(input()), repr(input()), repr(input()))
show(input)
sys.stdin = io.StringIO('prompted\r\nx\n')
out = io.StringIO()
sys.stdout = out
v = input('Prompt> ')
v2 = input(123)
sys.stdout = old
print(repr(v), repr(v2), repr(out.getvalue()))
show(input, 'a', 'b')
sys.stdin = io.StringIO('')
show(input)
sys.stdin = None
show(input)
class Reader:
    def readline(self): return 'from reader\n'
sys.stdin = Reader()
show(input)
sys.stdin = io.StringIO('a\nb\n')
print([line for line in sys.stdin])
sys.stdin = sys.__stdin__
print(print.__name__, input.__name__, print('inner') is None)
