# time's calendar functions on fixed timestamps: gmtime, struct_time, asctime, ctime/localtime/mktime under
# fixed POSIX TZ strings (set through os.environ and tzset, restored at the end), strftime's directives
import os
import time

STAMPS = [0, 1, -1, 86399, 951782400, 1e9, 1234567890.75, -1234567890.25, 2**31, 2**31 - 1, -2**31, 4102444800,
          253402300799, -62135596800, 1700000000, 1709208000]
for t in STAMPS:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_zone, g.tm_gmtoff, time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %V %G %y %C %e %p %I %D %T %R %F %h %n%t%% %Z %z %s", g))

g = time.gmtime(1234567890)
print(repr(g), g[0], g[-1], g[2:5], len(g), list(g) == list(tuple(g)), g == tuple(g), hash(g) == hash(tuple(g)))
print(g.__reduce__(), time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(repr(s), s.tm_zone, s.tm_gmtoff, time.asctime(s), time.strftime("%c|%x|%X", s))
s2 = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, "XYZ", 3600))
print(repr(s2), s2.tm_zone, s2.tm_gmtoff, time.strftime("%Z %z", s2))
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((99999, 12, 31, 23, 59, 61, 6, 366, 1)),
      time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y|%d", (2024, 0, 0, 0, 0, 0, 0, 0, -5)), repr(time.strftime("", g)), time.strftime("x" * 5000, g)[-3:],
      time.strftime("é%Y€", g), time.strftime("%%%Y%q", g))
print(time._STRUCT_TM_ITEMS, time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID)

old = os.environ.get("TZ")
try:
    for tz in ["UTC0", "EST+05EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3", "IST-05:30", "<+0130>-01:30"]:
        os.environ["TZ"] = tz
        time.tzset()
        print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
        for t in [0, 1e9, 1700000000, 1720000000, 1711846800]:
            lt = time.localtime(t)
            print("  ", t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.ctime(t), time.mktime(lt), time.strftime("%Z %z %c", lt))
        print("  ", time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 7, 1, 0, 0, 0, 0, 0, 0)),
              time.mktime((2024, 13, 40, 25, 61, 61, 0, 0, -1)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
finally:
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()
