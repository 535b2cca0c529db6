# The fd-based calls shutil.rmtree makes (open/stat/unlink/rmdir with dir_fd, scandir(fd)) on a private tree.
import os, stat

base = "/tmp/sanca_posix_rmtree_%d" % os.getpid()
os.makedirs(os.path.join(base, "d1", "d2"))
for rel in ("f0", "d1/f1", "d1/d2/f2"):
    os.close(os.open(os.path.join(base, rel), os.O_CREAT | os.O_WRONLY, 0o600))
os.symlink("d1", os.path.join(base, "link_to_dir"))
print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)

def remove_tree(topfd, path, log):
    with os.scandir(topfd) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        full = os.path.join(path, entry.name)
        is_dir = entry.is_dir(follow_symlinks=False)
        st = entry.stat(follow_symlinks=False)
        log.append((full, is_dir, stat.S_ISLNK(st.st_mode), entry.path == entry.name))
        if is_dir:
            orig = os.stat(entry.name, dir_fd=topfd, follow_symlinks=False)
            fd = os.open(entry.name, os.O_RDONLY, dir_fd=topfd)
            try:
                if os.path.samestat(orig, os.fstat(fd)):
                    remove_tree(fd, full, log)
                    os.rmdir(entry.name, dir_fd=topfd)
            finally:
                os.close(fd)
        else:
            os.unlink(entry.name, dir_fd=topfd)

log = []
fd = os.open(base, os.O_RDONLY)
try:
    remove_tree(fd, "", log)
finally:
    os.close(fd)
os.rmdir(base)
for item in log:
    print(item)
print(os.path.exists(base))
