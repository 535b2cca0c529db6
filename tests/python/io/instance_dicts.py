# Instance dicts of _io objects: attributes set on streams, FileIO's name and TextIOWrapper's mode live there.
import io, sys
f = io.StringIO()
f.custom = 5
print(f.custom, f.__dict__)
sys.stdout.extra = 1
print(sys.stdout.extra, sys.stdout.__dict__)
class S(io.BytesIO):
    pass
s = S(b"x")
s.a = 2
print(s.__dict__, s.read())
t = io.TextIOWrapper(io.BytesIO())
print(t.__dict__)
try:
    f.nothing
except AttributeError as e:
    print(e)
import os
os.mkdir("io_dicts_tmp")
p = os.path.join("io_dicts_tmp", "f")
with io.FileIO(p, "w") as r:
    print(r.__dict__ == {"name": p}, repr(r) == "<_io.FileIO name=%r mode='wb' closefd=True>" % p)
    del r.name
    print(repr(r).startswith("<_io.FileIO fd="))
    r.name = 7
    print(repr(r))
with open(p) as f:
    print(f.__dict__, f.buffer.__dict__, f.buffer.raw.__dict__ == {"name": p})
os.remove(p)
os.rmdir("io_dicts_tmp")
