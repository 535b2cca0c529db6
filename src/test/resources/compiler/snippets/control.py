import os, sys as system
import os.path as osp
from collections import OrderedDict as OD, defaultdict
from . import sibling
x = 5
while x > 0:
    x -= 1
    if x == 2:
        continue
    elif x == 1:
        break
else:
    print("done")
for i in range(3):
    if i:
        pass
try:
    risky()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    raise
else:
    print("ok")
finally:
    cleanup()
try:
    pass
except* OSError as eg:
    print(eg)
with open("f") as fh, open("g"):
    data = fh.read()
assert x, "message"
assert not x
del x
global_var = [a for a in range(10) if a % 2]
s = {b for b in "abc"}
d = {k: v for k, v in zip("ab", "cd")}
g = (c for c in range(3))
if 0 < x < 10 and not (x is None or x in (1, 2)):
    print(x if x else -x)
y = 1 if x else 2
z = a and b or c
