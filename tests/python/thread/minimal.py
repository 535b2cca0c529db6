import _thread as t
print(t.TIMEOUT_MAX, t.error is RuntimeError, t.LockType, t.RLock, t._local)
print(isinstance(t.get_ident(), int), t.get_ident() == t.get_ident())
l = t.allocate_lock()
print(repr(l).split(' at ')[0], l.acquire(), repr(l).split(' at ')[0], l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
for f in (l.release, lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with l:
    print('in', l.locked())
print('out', l.locked(), type(l) is t.LockType)
r = t.RLock()
print(repr(r).split(' at ')[0])
r.acquire(); r.acquire()
print(repr(r).split(' owner=')[0], r._is_owned())
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('nested', r._is_owned())
loc = t._local()
loc.x = 5
print(loc.x, loc.__dict__)
try:
    t._local(1)
except TypeError as e:
    print('TypeError', e)
class L(t._local):
    def __init__(self, v):
        self.v = v
print(L(3).v)
