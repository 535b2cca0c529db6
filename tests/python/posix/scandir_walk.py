# os.listdir, os.scandir (DirEntry), os.walk, os.makedirs/removedirs on a private /tmp tree.
import os, stat

base = "/tmp/sanca_posix_walk_%d" % os.getpid()
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "d"), exist_ok=True)
for rel, size in [("top.txt", 3), ("a/one.py", 10), ("a/b/two.py", 20), ("a/b/c/three", 0), ("a/d/four", 4)]:
    fd = os.open(os.path.join(base, rel), os.O_CREAT | os.O_WRONLY, 0o600)
    os.write(fd, b"z" * size)
    os.close(fd)
os.symlink("a/one.py", os.path.join(base, "alink"))
os.symlink("a", os.path.join(base, "dlink"))
os.symlink("missing", os.path.join(base, "broken"))
try:
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(os.fsencode(base))))
    print(sorted(os.listdir(os.path.join(base, "a", "b", "c"))))
    fd = os.open(base, os.O_RDONLY)
    print(sorted(os.listdir(fd)))
    with os.scandir(fd) as it:
        print(sorted((e.name, e.path, e.is_dir()) for e in it))
    os.close(fd)
    cwd = os.getcwd()
    os.chdir(base)
    try:
        print(sorted(os.listdir()), os.getcwd() == os.path.realpath(base), os.getcwdb() == os.fsencode(os.getcwd()))
        with os.scandir() as it:
            print(sorted(e.path for e in it))
    finally:
        os.chdir(cwd)
    print(os.getcwd() == cwd)
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e) == e.path,
              e.inode() == os.lstat(e.path).st_ino)
        if e.name != "broken":
            print("  ", e.stat().st_size == os.stat(e.path).st_size, stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode))
    broken = [e for e in entries if e.name == "broken"][0]
    try:
        broken.stat()
    except FileNotFoundError as exc:
        print("FileNotFoundError", exc.errno, exc.filename == broken.path)
    with os.scandir(os.fsencode(base)) as it:
        print(sorted((e.name, type(e.path).__name__) for e in it if e.is_file()))
    it = os.scandir(base)
    print(type(it).__name__, next(it).name in os.listdir(base))
    it.close()
    it.close()
    print(list(it))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    bottom_up = [(os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base, topdown=False)]
    order = [r for r, d, f in bottom_up]
    print(sorted(bottom_up))
    print(all(order.index(r) > order.index(c) for r in order for c in order if c.startswith(r + "/") or r == "."
              and c != "."))
    print([os.path.relpath(r, base) for r, d, f in sorted(os.walk(base, followlinks=True))])
    print(list(os.walk(os.path.join(base, "nope"))))
    errors = []
    list(os.walk(os.path.join(base, "nope"), onerror=errors.append))
    print([type(e).__name__ for e in errors], errors[0].filename == os.path.join(base, "nope"))
    os.makedirs(os.path.join(base, "x", "y", "z"))
    os.removedirs(os.path.join(base, "x", "y", "z"))
    print(os.path.exists(os.path.join(base, "x")))
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as exc:
        print("FileExistsError:", exc.strerror, exc.filename == os.path.join(base, "a"))
    os.rename(os.path.join(base, "top.txt"), os.path.join(base, "top2.txt"))
    os.replace(os.path.join(base, "top2.txt"), os.path.join(base, "a", "one.py"))
    print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "a", "one.py")))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
