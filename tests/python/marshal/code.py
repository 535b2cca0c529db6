# Code objects through marshal: dumps, loads, compare field by field, and run.
import marshal

FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
          'co_firstlineno', 'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename',
          'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable')

def differences(a, b, path='code'):
    out = [path + '.' + f for f in FIELDS if getattr(a, f) != getattr(b, f)]
    if len(a.co_consts) != len(b.co_consts):
        return out + [path + '.co_consts']
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        if type(x) is not type(y):
            out.append('%s.co_consts[%d]' % (path, i))
        elif type(x) is type(a):
            out += differences(x, y, '%s.%s' % (path, x.co_name))
        elif repr(x) != repr(y):
            out.append('%s.co_consts[%d]' % (path, i))
    return out

SOURCE = '''
import sys
def f(a, b=2, /, *args, c, d=4, **kw):
    x = [i * a for i in range(b)]
    def g():
        nonlocal x
        x = x + [c]
        return x
    return g(), args, kw
class C:
    attr = 1.5
    def m(self):
        return 'm' + type(self).__name__
    @property
    def p(self):
        return {k: v for k, v in {'a': 1}.items()}
async def co():
    return 1
def gen():
    yield from range(3)
try:
    1 / 0
except ZeroDivisionError as e:
    r = repr(e)
finally:
    done = True
with open(sys.argv[0], 'rb') as fh:
    head = fh.read(1)
match (1, 2):
    case (1, y):
        matched = y
print(f(3, c=5, z=9), C().m(), C().p, r, done, head, matched, list(gen()))
print(1 in {1, 2, 3}, 'x' not in frozenset('xyz'), 10 ** 30, -0.0, 2j, b'\\x00', ..., None)
lam = lambda q, *, w=3: q * w
print(lam(2), (lambda: __name__)(), f.__code__.co_varnames, f.__defaults__, f.__kwdefaults__)
'''

code = compile(SOURCE, 'marshal_source', 'exec')
for version in range(5):
    data = marshal.dumps(code, version)
    back = marshal.loads(data)
    print(version, type(back).__name__, differences(code, back))
    exec(back, {'__name__': 'from_marshal_%d' % version})

# loads of a code object CPython 3.11 marshalled (marshal.dumps(compile(...)))
EMBEDDED = b'\xe3\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\xf3L\x00\x00\x00\x97\x00d\x05d\x01\x84\x01Z\x00\x02\x00e\x01\x02\x00e\x00d\x02\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00e\x00d\x02d\x03\xa6\x02\x00\x00\xab\x02\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x02\x00\x00\xab\x02\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00d\x04S\x00)\x06\xe9\x01\x00\x00\x00c\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\xf3\x0c\x00\x00\x00\x97\x00|\x00|\x01z\x00\x00\x00S\x00)\x01N\xa9\x00)\x02\xda\x01a\xda\x01bs\x02\x00\x00\x00  \xda\x08embedded\xda\x03addr\x08\x00\x00\x00\x01\x00\x00\x00s\x0b\x00\x00\x00\x80\x00\xd8\x0b\x0c\x88q\x895\x80L\xf3\x00\x00\x00\x00\xe9\x02\x00\x00\x00\xe9\x03\x00\x00\x00N)\x01r\x02\x00\x00\x00)\x02r\x08\x00\x00\x00\xda\x05printr\x04\x00\x00\x00r\t\x00\x00\x00r\x07\x00\x00\x00\xfa\x08<module>r\r\x00\x00\x00\x01\x00\x00\x00sC\x00\x00\x00\xf0\x03\x01\x01\x01\xf0\x02\x01\x01\x11\xf0\x00\x01\x01\x11\xf0\x00\x01\x01\x11\xf0\x00\x01\x01\x11\xe0\x00\x05\x80\x05\x80c\x80c\x88!\x81f\x84f\x88c\x88c\x90!\x90Q\x89i\x8ci\xd1\x00\x18\xd4\x00\x18\xd0\x00\x18\xd0\x00\x18\xd0\x00\x18r\t\x00\x00\x00'
embedded = marshal.loads(EMBEDDED)
print(embedded.co_name, [c.co_varnames for c in embedded.co_consts if hasattr(c, 'co_varnames')], embedded.co_names)
exec(embedded, {})
print(differences(embedded, compile('def add(a, b=1):\n    return a + b\nprint(add(2), add(2, 3))\n', 'embedded', 'exec')))

# a function's code object, and code in containers
def h(x):
    return [x, x * 2]
hc = marshal.loads(marshal.dumps(h.__code__))
print(differences(h.__code__, hc), type(h)(hc, {})(21), hc.co_filename == __file__)
both = marshal.loads(marshal.dumps([h.__code__, h.__code__, {'c': h.__code__}]))
print(both[0] is both[1] is both[2]['c'], differences(h.__code__, both[0]))
print(marshal.loads(marshal.dumps(compile('1 + 1', 'e', 'eval'))).co_consts)
print(eval(marshal.loads(marshal.dumps(compile('[n * n for n in range(4)]', 'e', 'eval')))))

# corrupt code objects (one whose file name does not depend on where the tests run)
good = marshal.dumps(h.__code__.replace(co_filename='code.py'), 2)
for old, new in [(b's\x10\x00\x00\x00\x97\x00', b's\x0f\x00\x00\x00\x97'), (b'u\x01\x00\x00\x00h', b'i\x01\x00\x00\x00'),
                 (b'(\x01\x00\x00\x00u\x01\x00\x00\x00x', b'(\x01\x00\x00\x00i\x01\x00\x00\x00'),
                 (b'c\x01\x00\x00\x00', b'c\x05\x00\x00\x00'), (b'(\x02\x00\x00\x00N', b'[\x02\x00\x00\x00N'),
                 (b'(\x02\x00\x00\x00Ni\x02\x00\x00\x00', b'0'), (b's\x01\x00\x00\x00 ', b's\x02\x00\x00\x00  '),
                 (b's\x01\x00\x00\x00 ', b'N'), (b's\x01\x00\x00\x00 ', b's\x01\x00\x00\x00@')]:
    bad = good.replace(old, new, 1)
    try:
        print(bad == good, marshal.loads(bad).co_name)
    except Exception as exc:
        print(bad == good, type(exc).__name__ + ':', exc)
for cut in (1, 5, 21, 30, len(good) - 1):
    try:
        marshal.loads(good[:cut])
    except Exception as exc:
        print(cut, type(exc).__name__ + ':', exc)
