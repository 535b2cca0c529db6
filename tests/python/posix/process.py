# Process functions: exec's argument checks and failures (a successful exec would end the test),
# groups, priorities, process groups, FIFOs and device nodes.
import os, stat

for call in ('os.execv("/bin/true", [])', 'os.execv("/bin/true", "x")', 'os.execv("/bin/true", [""])',
             'os.execv("/nonexistent/x", ["a"])', 'os.execv("/bin/true", [1])', 'os.execve("/bin/true", ["a"], 5)',
             'os.execve("/bin/true", ["a"], [])', 'os.execve("/nonexistent/x", ["a"], {})',
             'os.execve("/bin/true", ["a"], {1: "x"})', 'os.execve("/bin/true", ["a"], {"a=b": "x"})',
             'os.execve("/bin/true", ["a"], {"": "x"})', 'os.execve(3.5, ["a"], {})', 'os.execv(3, ["a"])',
             'os.execv()', 'os.execve()', 'os.killpg()', 'os.setpgid()', 'os.nice()', 'os.getpriority()',
             'os.killpg(2**22 + 54321, 0)', 'os.setpgid(2**22 + 54321, 0)', 'os.getgroups(1)', 'os.sync(1)',
             'os.setsid(1)', 'os.mkfifo("/nonexistent/x")', 'os.mknod("/nonexistent/x")', 'os.mkfifo()'):
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
print(type(os.getgroups()).__name__, all(type(g) is int for g in os.getgroups()))
print(os.nice(0) == os.getpriority(os.PRIO_PROCESS, 0), os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0)))
print(os.sync())
base = "/tmp/sanca_posix_proc_%d" % os.getpid()
os.mkdir(base)
try:
    os.mkfifo(os.path.join(base, "fifo"), 0o600)
    st = os.stat(os.path.join(base, "fifo"))
    print(stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    os.mknod(os.path.join(base, "node"), stat.S_IFREG | 0o640)
    st = os.stat(os.path.join(base, "node"))
    print(stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)), st.st_size)
    dfd = os.open(base, os.O_RDONLY)
    os.mkfifo("fifo2", dir_fd=dfd)
    print(stat.S_ISFIFO(os.stat("fifo2", dir_fd=dfd).st_mode))
    os.close(dfd)
finally:
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
