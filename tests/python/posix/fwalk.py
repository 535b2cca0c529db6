# os.fwalk (defined by os.py when posix has the dir_fd and fd functions), top-down and bottom-up.
import os

base = "/tmp/sanca_posix_fwalk_%d" % os.getpid()
os.makedirs(base + "/a/b")
os.close(os.open(base + "/a/f", os.O_CREAT | os.O_WRONLY))
os.symlink("a", base + "/l")
try:
    for root, dirs, files, rootfd in os.fwalk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files), type(rootfd).__name__, os.fstat(rootfd).st_ino == os.stat(root).st_ino)
    print(sorted((os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f, fd in os.fwalk(base, topdown=False, follow_symlinks=True)))
    print(sorted((r.startswith(b"/"), sorted(d), sorted(f)) for r, d, f, fd in os.fwalk(os.fsencode(base))))
finally:
    os.unlink(base + "/a/f")
    os.unlink(base + "/l")
    os.removedirs(base + "/a/b")
print(os.path.exists(base))
