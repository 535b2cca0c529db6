# os.utime's conversion of float seconds (floor to nanoseconds) and its range and type errors.
import os
p = "/tmp/sanca_ut_%d" % os.getpid()
os.close(os.open(p, os.O_CREAT|os.O_WRONLY))
for t in [1.0000000005, 1.9999999999, -1.5, -0.0000000001, 1e9 + 0.123456789, 5, -7, 2.5]:
    os.utime(p, (t, t))
    st = os.stat(p)
    print(t, st.st_atime_ns, st.st_mtime)
for bad in [(2**70, 1), (1e300, 1), (float('nan'), 1), ("x", 1)]:
    try: os.utime(p, bad)
    except Exception as e: print(type(e).__name__, e)
os.unlink(p)
