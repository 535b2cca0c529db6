# time's clocks (only relations between readings are printed), get_clock_info, and CPython's errors
import time


def attempt(f, *args):
    try:
        print("  ", f.__name__, args, "->", f(*args))
    except Exception as e:
        print("  ", f.__name__, args, type(e).__name__, e)


for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f, fns = getattr(time, name), getattr(time, name + "_ns")
    a, b = f(), fns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0, time.get_clock_info(name))
m1 = time.monotonic_ns()
time.sleep(0.01)
m2 = time.monotonic_ns()
print(m2 - m1 >= 10_000_000, time.perf_counter() <= time.perf_counter(), abs(time.time() - time.time_ns() / 1e9) < 1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)),
      time.clock_getres(time.CLOCK_MONOTONIC), abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1)
print(time.localtime().tm_year >= 2024, time.gmtime(None).tm_year >= 2024, len(time.ctime()), len(time.asctime()),
      time.strftime("%Y") == str(time.localtime().tm_year), time.ctime(None) == time.ctime(time.time()) or True)
print(time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), time.strptime("Thu Jan  1 00:00:00 1970"))

attempt(time.get_clock_info, "nope")
attempt(time.get_clock_info, 5)
attempt(time.sleep, -1)
attempt(time.sleep, float("nan"))
attempt(time.sleep, "x")
attempt(time.gmtime, float("nan"))
attempt(time.gmtime, 1e20)
attempt(time.gmtime, 10**30)
attempt(time.gmtime, "x")
attempt(time.gmtime, 2**60)
attempt(time.localtime, -1e20)
attempt(time.ctime, float("inf"))
attempt(time.gmtime, 1.9999)
attempt(time.gmtime, -1.5)
attempt(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1))
attempt(time.mktime, (2020, 1.5, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, 5)
attempt(time.mktime, [2020, 1, 1, 0, 0, 0, 0, 1, 0])
attempt(time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt(time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt(time.asctime, (2020, 1, 32, 0, 0, 0, 0, 1, 0))
attempt(time.asctime, (2020, 1, 1, 24, 0, 0, 0, 1, 0))
attempt(time.asctime, (2020, 1, 1, 0, 60, 0, 0, 1, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 62, 0, 1, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, -3, 1, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 1))
attempt(time.strftime, 5)
attempt(time.strftime, "%Y\0")
attempt(time.strftime, "%Y", (2020, 0, 1, 0, 0, 0, 0, 1, 0))
attempt(time.strftime, "%Y", (2020, 1, -1, 0, 0, 0, 0, 1, 0))
attempt(time.strftime, "%Y", "abc")
attempt(time.strptime, "2020", "%d")
