# Back-references (version 3 and up): shared objects stay shared, recursive containers round trip.
import marshal

a = [1, 2]
t = (a, a, 'name', 'name')
for version in range(5):
    u = marshal.loads(marshal.dumps(t, version))
    print(version, u, u[0] is u[1], len(marshal.dumps(t, version)) <= len(marshal.dumps((a, [1, 2], 'name', 'name'), version)))

l = []
l.append(l)
m = marshal.loads(marshal.dumps(l))
print(m, m[0] is m)
d = {}
d['self'] = d
e = marshal.loads(marshal.dumps(d))
print(e, e['self'] is e)
s = [1]
pair = (s, [s, s])
p = marshal.loads(marshal.dumps(pair))
print(p, p[0] is p[1][0] is p[1][1])
# a recursive list cannot be written without references
for version in (0, 1, 2):
    try:
        marshal.dumps(l, version)
    except ValueError as exc:
        print(version, 'ValueError', exc)

# references written by hand: CPython's reader semantics
print(marshal.loads(b'\xa9\x02\xe9\x05\x00\x00\x00r\x01\x00\x00\x00'))
print(marshal.loads(b'\xdb\x02\x00\x00\x00\xfa\x01xr\x01\x00\x00\x00'))
r = marshal.loads(b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00')
print(r, r[0] is r)
r = marshal.loads(b'\xa9\x01r\x00\x00\x00\x00')
print(type(r), len(r), r[0] is r)
# a flag on a singleton registers nothing; a frozenset is registered only once complete
for data in (b'\xa9\x02\xcer\x00\x00\x00\x00', b'\xa9\x02\xbe\x00\x00\x00\x00r\x00\x00\x00\x00',
             b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xa9\x02\xbe\x01\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00',
             b'r\x00\x00\x00\x00', b'\xe9\x01\x00\x00\x00'):
    try:
        print(marshal.loads(data))
    except Exception as exc:
        print(type(exc).__name__, exc)

# nesting limits
x = []
for i in range(1999):
    x = [x]
print(len(marshal.dumps(x)))
x = [x]
try:
    marshal.dumps(x)
except ValueError as exc:
    print('ValueError', exc)
deep = b'[\x01\x00\x00\x00' * 1999 + b'N'
y = marshal.loads(deep)
n = 0
while y is not None:
    y = y[0]
    n += 1
print(n)
try:
    marshal.loads(b'[\x01\x00\x00\x00' * 2000 + b'N')
except ValueError as exc:
    print('ValueError', exc)
