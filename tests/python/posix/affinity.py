# sched_getaffinity/sched_setaffinity (the current mask only, so the test JVM keeps its CPUs) and sched_yield.
import os
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(type(c) is int for c in cpus), len(cpus) <= os.cpu_count())
print(os.sched_yield(), os.sched_setaffinity(0, cpus), os.sched_getaffinity(0) == cpus)
for c in ['os.sched_getaffinity(2**22 + 54321)', 'os.sched_setaffinity(0, [])', 'os.sched_setaffinity(0, [-1])', 'os.sched_setaffinity(0, ["x"])', 'os.sched_setaffinity(0, 5)', 'os.sched_setaffinity(0, [100000])', 'os.sched_getaffinity()', 'os.sched_setaffinity(0, [2**70])', 'os.sched_yield(1)']:
    try: print(c, repr(eval(c)))
    except Exception as e: print(c, type(e).__name__, e)
