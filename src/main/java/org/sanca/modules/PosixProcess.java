package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.StructSeq;

/**
 * posix's functions on processes: ids, process groups and sessions, signals, exit and exec, system,
 * times, priorities, and the decoding of wait statuses.
 * CPython: Modules/posixmodule.c.
 */
final class PosixProcess {
    private PosixProcess() {}

    static final PyType TIMES_RESULT = StructSeq.type("posix", "times_result", "user", "system", "children_user",
        "children_system", "elapsed");

    private static final PosixArgs.Sig SIG_GETPGID = PosixArgs.sig("getpgid", "pid");
    private static final PosixArgs.Sig SIG_EXIT = PosixArgs.sig("_exit", "status");
    private static final PosixArgs.Sig SIG_SYSTEM = PosixArgs.sig("system", "command");
    private static final PosixArgs.Sig SIG_WAITSTATUS_TO_EXITCODE = PosixArgs.sig("waitstatus_to_exitcode", "status");

    private static final PosixArgs.Sig SIG_EXECVE = PosixArgs.sig("execve", "path, argv, env");
    private static final PosixArgs.Sig SIG_GETPRIORITY = PosixArgs.sig("getpriority", "which, who");
    private static final PosixArgs.Sig SIG_SETPRIORITY = PosixArgs.sig("setpriority", "which, who, priority");

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        PosixFiles.def(m, d, name, f);
    }

    private static void noArgs(String name, int n, PyTuple k) {
        BuiltinsModule.noArgs(name, n, k);
    }

    static void populate(PyModule m, PyDict d) {
        def(m, d, "getpid", (s, a, o, n, k) -> id("getpid", n, k, Libc.getpid()));
        def(m, d, "getppid", (s, a, o, n, k) -> id("getppid", n, k, Libc.getppid()));
        def(m, d, "getuid", (s, a, o, n, k) -> id("getuid", n, k, Libc.getuid()));
        def(m, d, "geteuid", (s, a, o, n, k) -> id("geteuid", n, k, Libc.geteuid()));
        def(m, d, "getgid", (s, a, o, n, k) -> id("getgid", n, k, Libc.getgid()));
        def(m, d, "getegid", (s, a, o, n, k) -> id("getegid", n, k, Libc.getegid()));
        def(m, d, "_exit", (s, a, o, n, k) -> {
            int status = PosixPath.cint(PosixArgs.parse(SIG_EXIT, a, o, n, k)[0]);
            Runtime.getRuntime().halt(status);
            return Py.None;
        });
        def(m, d, "kill", (s, a, o, n, k) -> {
            twoInts("kill", n, k);
            PosixPath.check(Libc.kill(PosixPath.cint(a[o]), PosixPath.cint(a[o + 1])));
            return Py.None;
        });
        def(m, d, "umask", (s, a, o, n, k) -> {
            int mask = PosixPath.cint(PosixArgs.one("umask", a, o, n, k));
            return PyInt.of(Libc.umask(mask));
        });
        def(m, d, "times", (s, a, o, n, k) -> times(n, k));
        def(m, d, "getlogin", (s, a, o, n, k) -> {
            noArgs("posix.getlogin", n, k);
            byte[] b = Libc.getlogin();
            if (b == null) throw PosixPath.error(Libc.errno());
            return PosixPath.decode(b);
        });
        def(m, d, "getpgrp", (s, a, o, n, k) -> id("getpgrp", n, k, Libc.getpgrp()));
        def(m, d, "getpgid", (s, a, o, n, k) -> pidQuery("getpgid", a, o, n, k, true));
        def(m, d, "getsid", (s, a, o, n, k) -> pidQuery("getsid", a, o, n, k, false));
        def(m, d, "system", (s, a, o, n, k) -> {
            byte[] cmd = PosixPath.fsConverter(PosixArgs.parse(SIG_SYSTEM, a, o, n, k)[0]);
            return PyInt.of(Libc.system(cmd));
        });
        def(m, d, "abort", (s, a, o, n, k) -> {
            noArgs("posix.abort", n, k);
            Libc.abort();
            return Py.None;
        });
        def(m, d, "getloadavg", (s, a, o, n, k) -> {
            noArgs("posix.getloadavg", n, k);
            double[] l = Libc.getloadavg();
            if (l == null) throw PyErr.format(PyExc.OSError, "Load averages are unobtainable");
            return PyTuple.of(PyFloat.of(l[0]), PyFloat.of(l[1]), PyFloat.of(l[2]));
        });
        waitStatus(m, d);
        exec(m, d);
        groupsAndPriorities(m, d);
        PosixSpawn.populate(m, d);
    }

    private static PyObject id(String name, int n, PyTuple k, long v) {
        noArgs("posix." + name, n, k);
        return PyInt.of(v);
    }

    private static PyObject pidQuery(String fn, PyObject[] a, int o, int n, PyTuple k, boolean pgid) {
        int pid = PosixPath.cint(pgid ? PosixArgs.parse(SIG_GETPGID, a, o, n, k)[0] : PosixArgs.one(fn, a, o, n, k));
        int r = pgid ? Libc.getpgid(pid) : Libc.getsid(pid);
        PosixPath.check(r);
        return PyInt.of(r);
    }

    private static PyObject times(int n, PyTuple k) {
        noArgs("posix.times", n, k);
        long[] t = Libc.times();
        if (t == null) throw PosixPath.error(Libc.errno());
        double tick = Libc.sysconf(2);
        PyObject[] v = new PyObject[5];
        for (int i = 0; i < 5; i++) v[i] = PyFloat.of(t[i] / tick);
        return StructSeq.make(TIMES_RESULT, v);
    }

    /** WIFEXITED and friends, and waitstatus_to_exitcode (Linux's encoding of a wait status). */
    private static void waitStatus(PyModule m, PyDict d) {
        statusTest(m, d, "WIFEXITED", st -> PyBool.of((st & 0x7f) == 0));
        statusTest(m, d, "WEXITSTATUS", st -> PyInt.of((st >> 8) & 0xff));
        statusTest(m, d, "WIFSIGNALED", st -> PyBool.of((byte) ((st & 0x7f) + 1) >> 1 > 0));
        statusTest(m, d, "WTERMSIG", st -> PyInt.of(st & 0x7f));
        statusTest(m, d, "WIFSTOPPED", st -> PyBool.of((st & 0xff) == 0x7f));
        statusTest(m, d, "WSTOPSIG", st -> PyInt.of((st >> 8) & 0xff));
        statusTest(m, d, "WIFCONTINUED", st -> PyBool.of(st == 0xffff));
        statusTest(m, d, "WCOREDUMP", st -> PyBool.of((st & 0x80) != 0));
        def(m, d, "waitstatus_to_exitcode", (s, a, o, n, k) -> {
            int st = PosixPath.cint(PosixArgs.parse(SIG_WAITSTATUS_TO_EXITCODE, a, o, n, k)[0]);
            if ((st & 0x7f) == 0) return PyInt.of((st >> 8) & 0xff);
            if ((byte) ((st & 0x7f) + 1) >> 1 > 0) return PyInt.of(-(st & 0x7f));
            if ((st & 0xff) == 0x7f)
                throw PyErr.format(PyExc.ValueError, "process stopped by delivery of signal %d", (st >> 8) & 0xff);
            throw PyErr.format(PyExc.ValueError, "invalid wait status: %d", st);
        });
    }

    private interface StatusFn {
        PyObject apply(int status);
    }

    private static void statusTest(PyModule m, PyDict d, String name, StatusFn f) {
        if (name.equals("WCOREDUMP")) {
            def(m, d, name, (s, a, o, n, k) -> f.apply(PosixPath.cint(PosixArgs.one(name, a, o, n, k))));
            return;
        }
        PosixArgs.Sig sig = PosixArgs.sig(name, "status");
        def(m, d, name, (s, a, o, n, k) ->
            f.apply(PosixPath.cint(PosixArgs.parse(sig, a, o, n, k)[0])));
    }

    // ---- exec -------------------------------------------------------------------------------

    private static void exec(PyModule m, PyDict d) {
        def(m, d, "execv", (s, a, o, n, k) -> {
            PosixArgs.positional("execv", n, k, 2, 2);
            PosixPath.Path p = PosixPath.path("execv", "path", a[o], false, false);
            List<byte[]> argv = argv("execv() arg 2", a[o + 1]);
            Libc.execve(-1, p.bytes(), argv, null);
            throw PosixPath.error(Libc.errno());
        });
        def(m, d, "execve", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_EXECVE, a, o, n, k);
            PosixPath.Path p = PosixPath.path("execve", "path", args[0], true, false);
            List<byte[]> argv = argv("execve() arg 2", args[1]);
            Libc.execve(p.fd(), p.isFd() ? null : p.bytes(), argv, envp("execve", args[2]));
            throw PosixPath.error(p);
        });
    }

    /**
     * An argument vector: a non-empty tuple or list whose first item is not empty; {@code what} names
     * it in errors ("execv() arg 2", "posix_spawn: argv").
     */
    static List<byte[]> argv(String what, PyObject seq) {
        if (!(seq instanceof PyTuple) && !(seq instanceof PyList))
            throw PyErr.format(PyExc.TypeError, "%s must be a tuple or list", what);
        List<byte[]> out = new ArrayList<>();
        for (PyObject item : PyTuple.fromIterable(seq).toArray()) out.add(PosixPath.fsConverter(item));
        if (out.isEmpty()) throw PyErr.format(PyExc.ValueError, "%s must not be empty", what);
        if (out.get(0).length == 0) throw PyErr.format(PyExc.ValueError, "%s first element cannot be empty", what);
        return out;
    }

    /** parse_envlist: "KEY=value" byte strings from a mapping. */
    static List<byte[]> envp(String fn, PyObject env) {
        if (env.type().mp_subscript == null)
            throw PyErr.format(PyExc.TypeError, "%s: environment must be a mapping object", fn);
        List<byte[]> out = new ArrayList<>();
        PyObject keys = Abstract.getIter(Abstract.callMethod(env, "keys"));
        for (PyObject key; (key = Abstract.next(keys)) != null; ) {
            byte[] name = PosixPath.fsConverter(key), value = PosixPath.fsConverter(Abstract.getItem(env, key));
            boolean bad = name.length == 0;
            for (int i = 1; i < name.length; i++) bad |= name[i] == '=';
            if (bad) throw PyErr.format(PyExc.ValueError, "illegal environment variable name");
            byte[] kv = java.util.Arrays.copyOf(name, name.length + 1 + value.length);
            kv[name.length] = '=';
            System.arraycopy(value, 0, kv, name.length + 1, value.length);
            out.add(kv);
        }
        return out;
    }

    // ---- groups, sessions, priorities ---------------------------------------------------------

    private static void groupsAndPriorities(PyModule m, PyDict d) {
        def(m, d, "getgroups", (s, a, o, n, k) -> {
            noArgs("posix.getgroups", n, k);
            long[] groups = Libc.getgroups();
            if (groups == null) throw PosixPath.error(Libc.errno());
            PyList out = new PyList();
            for (long g : groups) out.append(PyInt.of(g));
            return out;
        });
        def(m, d, "killpg", (s, a, o, n, k) -> {
            twoInts("killpg", n, k);
            PosixPath.check(Libc.killpg(PosixPath.cint(a[o]), PosixPath.cint(a[o + 1])));
            return Py.None;
        });
        def(m, d, "setpgid", (s, a, o, n, k) -> {
            twoInts("setpgid", n, k);
            PosixPath.check(Libc.setpgid(PosixPath.cint(a[o]), PosixPath.cint(a[o + 1])));
            return Py.None;
        });
        def(m, d, "setsid", (s, a, o, n, k) -> {
            noArgs("posix.setsid", n, k);
            PosixPath.check(Libc.setsid());
            return Py.None;
        });
        def(m, d, "sched_getaffinity", (s, a, o, n, k) -> {
            int pid = PosixPath.cint(PosixArgs.one("sched_getaffinity", a, o, n, k));
            java.util.BitSet cpus = Libc.schedGetaffinity(pid);
            if (cpus == null) throw PosixPath.error(Libc.errno());
            PyList list = new PyList();
            for (int c = cpus.nextSetBit(0); c >= 0; c = cpus.nextSetBit(c + 1)) list.append(PyInt.of(c));
            return PySet.fromIterable(list);
        });
        def(m, d, "sched_setaffinity", (s, a, o, n, k) -> {
            PosixArgs.positional("sched_setaffinity", n, k, 2, 2);
            int pid = PosixPath.cint(a[o]);
            PosixPath.check(Libc.schedSetaffinity(pid, cpuSet(a[o + 1])));
            return Py.None;
        });
        def(m, d, "sched_yield", (s, a, o, n, k) -> {
            noArgs("posix.sched_yield", n, k);
            Libc.schedYield();
            return Py.None;
        });
        def(m, d, "getresuid", (s, a, o, n, k) -> resIds("getresuid", n, k, false));
        def(m, d, "getresgid", (s, a, o, n, k) -> resIds("getresgid", n, k, true));
        def(m, d, "setpgrp", (s, a, o, n, k) -> {
            noArgs("posix.setpgrp", n, k);
            PosixPath.check(Libc.setpgid(0, 0));
            return Py.None;
        });
        def(m, d, "tcgetpgrp", (s, a, o, n, k) -> {
            int r = Libc.tcgetpgrp(PosixPath.fd(PosixArgs.one("tcgetpgrp", a, o, n, k)));
            PosixPath.check(r);
            return PyInt.of(r);
        });
        def(m, d, "tcsetpgrp", (s, a, o, n, k) -> {
            PosixArgs.positional("tcsetpgrp", n, k, 2, 2);
            PosixPath.check(Libc.tcsetpgrp(PosixPath.fd(a[o]), PosixPath.cint(a[o + 1])));
            return Py.None;
        });
        def(m, d, "sync", (s, a, o, n, k) -> {
            noArgs("posix.sync", n, k);
            Libc.sync();
            return Py.None;
        });
        def(m, d, "nice", (s, a, o, n, k) -> {
            int r = Libc.nice(PosixPath.cint(PosixArgs.one("nice", a, o, n, k)));
            if (r == -1 && Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            return PyInt.of(r);
        });
        def(m, d, "getpriority", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_GETPRIORITY, a, o, n, k);
            int r = Libc.getpriority(PosixPath.cint(args[0]), PosixPath.cint(args[1]));
            if (r == -1 && Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            return PyInt.of(r);
        });
        def(m, d, "setpriority", (s, a, o, n, k) -> {
            PyObject[] args = PosixArgs.parse(SIG_SETPRIORITY, a, o, n, k);
            PosixPath.check(Libc.setpriority(PosixPath.cint(args[0]), PosixPath.cint(args[1]),
                PosixPath.cint(args[2])));
            return Py.None;
        });
    }

    private static PyObject resIds(String fn, int n, PyTuple k, boolean gids) {
        noArgs("posix." + fn, n, k);
        long[] ids = Libc.getres(gids);
        if (ids == null) throw PosixPath.error(Libc.errno());
        return PyTuple.of(PyInt.of(ids[0]), PyInt.of(ids[1]), PyInt.of(ids[2]));
    }

    /** sched_setaffinity's mask: an iterable of non-negative CPU numbers. */
    private static java.util.BitSet cpuSet(PyObject iterable) {
        java.util.BitSet cpus = new java.util.BitSet();
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (!(x instanceof PyInt i))
                throw PyErr.format(PyExc.TypeError, "expected an iterator of ints, but iterator yielded %R", x.type());
            if (!i.fitsLong()) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            long cpu = i.longValue();
            if (cpu < 0) throw PyErr.format(PyExc.ValueError, "negative CPU number");
            if (cpu >= (1 << 24)) throw PosixPath.error(22);
            cpus.set((int) cpu);
        }
        return cpus;
    }

    /** The PyArg_ParseTuple form of two-int functions (kill, killpg, setpgid). */
    static void twoInts(String fn, int n, PyTuple k) {
        Args.noKeywords("posix." + fn, k);
        if (n != 2) throw PyErr.format(PyExc.TypeError, "%s() takes exactly 2 arguments (%d given)", fn, n);
    }
}
