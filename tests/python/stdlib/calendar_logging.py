# stdlib modules that need time, struct, random and atexit: calendar, logging, datetime, statistics, uuid, pickle
import calendar
import datetime
import io
import logging
import random
import statistics
import struct
import time
import uuid

print(calendar.month(2024, 2))
print(calendar.isleap(2000), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1), calendar.timegm((2024, 3, 1, 12, 0, 0)))
print(calendar.TextCalendar(firstweekday=6).formatyear(2023, 1, 1, 1, 6)[:400])

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.debug("hidden")
log.info("info %d", 1)
log.warning("warn %s", "x")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(stream.getvalue().splitlines()[:4])
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
rec = logging.LogRecord("n", logging.INFO, "p", 1, "msg", None, None)
rec.created = 0.0
fmt.converter = time.gmtime
print(fmt.format(rec))

d = datetime.datetime(2024, 2, 29, 13, 45, 30, 123456)
print(d, d.isoformat(), d.strftime("%A %d %B %Y %I:%M%p"), d.timetuple(), d + datetime.timedelta(days=1, hours=11))
print(tuple(datetime.date(2024, 1, 1).isocalendar()), datetime.datetime.fromtimestamp(1e9, datetime.timezone.utc),
      datetime.datetime.utcfromtimestamp(86400 * 365.25), datetime.datetime.strptime("2021-07-04 10:11", "%Y-%m-%d %H:%M"))
print(datetime.datetime(2020, 5, 17, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))).timestamp())

data = [2.5, 3.25, 5.5, 7.0, 8.0, 11.5]
print(statistics.mean(data), statistics.median(data), statistics.stdev(data), statistics.pvariance(data),
      statistics.fmean(data), statistics.geometric_mean(data), statistics.harmonic_mean(data), statistics.mode([1, 2, 2]))
random.seed(2024)
print(statistics.NormalDist(10, 2).samples(3, seed=7), statistics.quantiles(range(1, 101), n=4))
print(uuid.UUID("12345678-1234-5678-1234-567812345678").hex,
      uuid.UUID(int=random.getrandbits(128), version=4))
print(struct.unpack("<HI", struct.pack("<HI", 513, 67305985)))
