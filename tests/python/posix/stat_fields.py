# os.stat, lstat, fstat and stat_result on files this program makes under a private /tmp directory.
import os, stat

base = "/tmp/sanca_posix_stat_%d" % os.getpid()
os.mkdir(base)
try:
    f = os.path.join(base, "data.bin")
    fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, b"x" * 1000)
    os.close(fd)
    os.chmod(f, 0o640)
    st = os.stat(f)
    print(type(st).__name__, len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(st.st_size, st[6], st.st_nlink, st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2])
    print(st.st_uid == os.getuid(), st.st_gid == os.getgid(), st.st_blocks >= 0, st.st_blksize > 0, st.st_rdev)
    print(type(st.st_atime).__name__, type(st[7]).__name__, type(st.st_mtime_ns).__name__)
    os.utime(f, (1000000000, 1200000000.5))
    st = os.stat(f)
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns, st.st_mtime_ns)
    os.utime(f, ns=(1500000000123456789, 1600000000987654321))
    st = os.stat(f)
    print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8], st.st_mtime)
    print(os.path.getsize(f), os.path.getmtime(f), os.path.getatime(f))
    d = os.stat(base)
    print(stat.S_ISDIR(d.st_mode), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "/nope"))
    os.symlink("data.bin", os.path.join(base, "link"))
    ls = os.lstat(os.path.join(base, "link"))
    print(stat.S_ISLNK(ls.st_mode), stat.S_ISLNK(os.stat(os.path.join(base, "link")).st_mode))
    print(os.stat(os.path.join(base, "link"), follow_symlinks=False).st_mode == ls.st_mode)
    print(os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")))
    print(os.path.samefile(f, os.path.join(base, "link")), os.path.realpath(os.path.join(base, "link")) == os.path.realpath(f))
    os.link(f, os.path.join(base, "hard"))
    print(os.stat(f).st_nlink, os.path.samestat(os.stat(f), os.stat(os.path.join(base, "hard"))))
    fd = os.open(f, os.O_RDONLY)
    print(os.fstat(fd).st_size, os.stat(fd).st_size, os.fstat(fd) == os.stat(f))
    os.close(fd)
    dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    print(os.stat("data.bin", dir_fd=dfd).st_size, stat.S_ISLNK(os.stat("link", dir_fd=dfd, follow_symlinks=False).st_mode))
    os.unlink("hard", dir_fd=dfd)
    os.close(dfd)
    print(sorted(os.listdir(base)))
    print(os.access(f, os.R_OK), os.access(f, os.F_OK), os.access(base + "/nope", os.F_OK))
    os.truncate(f, 10)
    print(os.stat(f).st_size)
    r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(r, r.st_atime, r.st_rdev, r[7:], r.st_mode)
    r = os.stat_result(tuple(range(19)))
    print(r, r.st_atime, r.st_mtime_ns, r.st_rdev, len(r))
    r = os.stat_result(range(10, 20), {"st_rdev": 99, "st_atime": 1.5})
    print(r.st_rdev, r.st_atime, r.st_blocks, r.__reduce__())
    for bad in [(1,) * 9, (1,) * 20, 5]:
        try:
            os.stat_result(bad)
        except TypeError as e:
            print("TypeError:", e)
finally:
    for name in ("data.bin", "link", "hard"):
        try:
            os.unlink(os.path.join(base, name))
        except FileNotFoundError:
            pass
    os.rmdir(base)
print(os.path.exists(base))
