# time.sleep: its argument checks as _PyTime_FromObject makes them, and that it sleeps.
import time
for v in (1e10, float('inf'), -1, float('nan'), 'x'):
    try:
        time.sleep(v)
    except Exception as e:
        print(type(e).__name__, e)
t = time.monotonic(); time.sleep(0.05); print(time.monotonic() - t >= 0.05)
