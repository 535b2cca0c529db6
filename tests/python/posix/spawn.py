# posix_spawn/posix_spawnp with file actions, process group and signal sets; waitpid and the status macros.
# (os.wait() is not called: in the test JVM it could reap a child that is not ours.)
import os
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 7"], os.environ)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status))
r, w = os.pipe()
pid = os.posix_spawnp("echo", ["echo", "hello", "w\u00f6rld"], os.environ,
                      file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
print(os.read(r, 100))
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, status)
os.close(r)
r, w = os.pipe()
pid = os.posix_spawn("/usr/bin/env", ["env"], {"ONLY": "this", "B": "x=y"}, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
print(sorted(os.read(r, 1000).decode().split()))
os.waitpid(pid, 0)
os.close(r)
path = "/tmp/sanca_posix_spawn_%d" % os.getpid()
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "echo written; echo err >&2"], os.environ,
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                                   (os.POSIX_SPAWN_DUP2, 1, 2)], setpgroup=0, setsigmask=[10], setsigdef=[15])
os.waitpid(pid, 0)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)
os.unlink(path)
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "kill -9 $$"], os.environ)
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
for c in ['os.posix_spawn()', 'os.posix_spawn("a")', 'os.posix_spawn(path="a", argv=["a"], env={})',
          'os.posix_spawn("/bin/true", ["a"], {}, bogus=1)', 'os.posix_spawn("/bin/true", ["a"], {}, 5)',
          'os.waitpid()', 'os.waitpid(1)', 'os.wait(1)', 'os.posix_spawn("/bin/true", ["a"], {}, setpgroup="x")',
          'os.posix_spawn("/bin/true", ["a"], {}, setsigmask=5)', 'os.posix_spawn("/bin/true", [], {})',
          'os.posix_spawn("/bin/true", "x", {})', 'os.posix_spawn("/bin/true", [""], {})',
          'os.posix_spawn("/nonexistent/x", ["a"], {})', 'os.posix_spawnp("no_such_program_sanca", ["a"], {})',
          'os.posix_spawn("/bin/true", ["a"], 5)', 'os.posix_spawn("/bin/true", ["a"], {}, file_actions=5)',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[5])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[(99,)])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[(os.POSIX_SPAWN_DUP2, 1)])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1)])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[()])',
          'os.posix_spawn("/bin/true", ["a"], {}, setsigmask=[1000])',
          'os.posix_spawn("/bin/true", ["a"], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1, "/nonexistent/x", os.O_RDONLY, 0)])',
          'os.waitpid(2**22 + 54321, 0)']:
    try:
        r = eval(c)
        print(c, "ok", type(r).__name__)
        if isinstance(r, int):
            os.waitpid(r, 0)
    except Exception as e:
        print(c, type(e).__name__, e)
