# eventfd (with eventfd_read/eventfd_write) and memfd_create, their flags and errors.
import os
fd = os.eventfd(3)
print(os.get_inheritable(fd), os.eventfd_write(fd, 4), os.eventfd_read(fd))
os.eventfd_write(fd, 2**64 - 2)
print(os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_SEMAPHORE)
try:
    os.eventfd_read(fd)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.eventfd_write(fd, 2)
print(os.eventfd_read(fd), os.eventfd_read(fd))
os.close(fd)
for c in ['os.eventfd(-1)', 'os.eventfd_write(987654, -1)', 'os.memfd_create("x", 12345)', 'os.memfd_create(5)',
          'os.eventfd_read(987654)', 'os.eventfd(2**33)', 'os.eventfd_write(987654, 2**64)', 'os.memfd_create()', 'os.eventfd()']:
    try:
        r = eval(c)
        print(c, "ok", type(r).__name__)
    except Exception as e:
        print(c, type(e).__name__, e)
m = os.memfd_create("sanca-test")
os.write(m, b"abc")
print(os.fstat(m).st_size, os.readlink("/proc/self/fd/%d" % m), os.get_inheritable(m))
os.close(m)
m = os.memfd_create(b"b", 0)
print(os.get_inheritable(m))
os.close(m)
print(os.MFD_CLOEXEC, os.EFD_CLOEXEC, os.EFD_NONBLOCK, os.ST_RDONLY, os.SCHED_OTHER)
