package org.sanca.modules;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * posix_spawn and posix_spawnp (file actions, process group, session, signal sets) and the waits
 * that collect their children: waitpid and wait. Spawning is the JVM-safe way to start a process;
 * fork is not offered.
 * CPython: Modules/posixmodule.c (py_posix_spawn, parse_file_actions, os_waitpid_impl).
 */
final class PosixSpawn {
    private PosixSpawn() {}

    private static final String SPEC = "path, argv, env, /, *, file_actions=, setpgroup=, resetids=, setsid=, "
        + "setsigmask=, setsigdef=, scheduler=";
    private static final PosixArgs.Sig SIG_SPAWN = PosixArgs.sig("posix_spawn", SPEC);
    private static final PosixArgs.Sig SIG_SPAWNP = PosixArgs.sig("posix_spawnp", SPEC);
    private static final int NSIG = 65;

    static void populate(PyModule m, PyDict d) {
        PosixFiles.def(m, d, "posix_spawn", (s, a, o, n, k) -> spawn(SIG_SPAWN, false, PosixArgs.parse(SIG_SPAWN,
            a, o, n, k)));
        PosixFiles.def(m, d, "posix_spawnp", (s, a, o, n, k) -> spawn(SIG_SPAWNP, true, PosixArgs.parse(SIG_SPAWNP,
            a, o, n, k)));
        PosixFiles.def(m, d, "waitpid", (s, a, o, n, k) -> {
            PosixProcess.twoInts("waitpid", n, k);
            return waitResult(Libc.waitpid(PosixPath.cint(a[o]), PosixPath.cint(a[o + 1])));
        });
        PosixFiles.def(m, d, "wait", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("posix.wait", n, k);
            return waitResult(Libc.waitpid(-1, 0));
        });
    }

    private static PyObject waitResult(int[] r) {
        if (r == null) throw PosixPath.error(Libc.errno());
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    /** posix_spawn's arguments: path, argv, env, then the keyword-only options. */
    private static PyObject spawn(PosixArgs.Sig sig, boolean searchPath, PyObject[] args) {
        String fn = sig.fn();
        PosixPath.Path path = PosixPath.path(fn, "path", args[0], false, false);
        List<byte[]> argv = PosixProcess.argv(fn + ": argv", args[1]);
        List<byte[]> env = PosixProcess.envp(fn, args[2]);
        List<Libc.SpawnAction> actions = fileActions(args[3]);
        if (args[9] != null && args[9] != Py.None)
            throw PyErr.format(PyExc.NotImplementedError, "%s: scheduler is not supported", fn);
        int[] pid = new int[1];
        int r = Libc.posixSpawn(searchPath, path.bytes(), argv, env, actions, attributes(args), pid);
        if (r != 0) throw PosixPath.error(r, path.object());
        return PyInt.of(pid[0]);
    }

    private static Libc.SpawnAttributes attributes(PyObject[] args) {
        int flags = 0, pgroup = 0;
        if (args[4] != null && args[4] != Py.None) {
            pgroup = PosixPath.cint(args[4]);
            flags |= Libc.SpawnAttributes.SETPGROUP;
        }
        if (PosixFiles.flag(args[5], false)) flags |= Libc.SpawnAttributes.RESETIDS;
        if (PosixFiles.flag(args[6], false)) flags |= Libc.SpawnAttributes.SETSID;
        int[] mask = signals(args[7]), def = signals(args[8]);
        if (args[7] != null) flags |= Libc.SpawnAttributes.SETSIGMASK;
        if (args[8] != null) flags |= Libc.SpawnAttributes.SETSIGDEF;
        return new Libc.SpawnAttributes(flags, pgroup, mask, def);
    }

    /** convert_sigset: an iterable of signal numbers in [1; NSIG-1]. */
    private static int[] signals(PyObject iterable) {
        if (iterable == null) return new int[0];
        List<Integer> out = new ArrayList<>();
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            long sig = PosixPath.clong(x);
            if (sig <= 0 || sig >= NSIG)
                throw PyErr.format(PyExc.ValueError, "signal number %d out of range [1; %d]", sig, NSIG - 1);
            out.add((int) sig);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** parse_file_actions. */
    private static List<Libc.SpawnAction> fileActions(PyObject seq) {
        List<Libc.SpawnAction> out = new ArrayList<>();
        if (seq == null || seq == Py.None) return out;
        if (!(seq instanceof PyTuple) && !(seq instanceof PyList))
            throw PyErr.format(PyExc.TypeError, "file_actions must be a sequence or None");
        for (PyObject item : PyTuple.fromIterable(seq).toArray()) {
            if (!(item instanceof PyTuple t) || t.size() == 0)
                throw PyErr.format(PyExc.TypeError, "Each file_actions element must be a non-empty tuple");
            out.add(fileAction(t));
        }
        return out;
    }

    private static Libc.SpawnAction fileAction(PyTuple t) {
        long tag = PosixPath.clong(t.get(0));
        if (tag == Libc.SpawnAction.OPEN) {
            need(t, 5, "open");
            PosixPath.Path p = PosixPath.path("posix_spawn", "path", t.get(2), false, false);
            return new Libc.SpawnAction((int) tag, PosixPath.fd(t.get(1)), 0, p.bytes(), PosixPath.cint(t.get(3)),
                PosixPath.cint(t.get(4)));
        }
        if (tag == Libc.SpawnAction.CLOSE) {
            need(t, 2, "close");
            return new Libc.SpawnAction((int) tag, PosixPath.fd(t.get(1)), 0, null, 0, 0);
        }
        if (tag == Libc.SpawnAction.DUP2) {
            need(t, 3, "dup2");
            return new Libc.SpawnAction((int) tag, PosixPath.fd(t.get(1)), PosixPath.fd(t.get(2)), null, 0, 0);
        }
        throw PyErr.format(PyExc.TypeError, "Unknown file_actions identifier");
    }

    private static void need(PyTuple t, int size, String kind) {
        if (t.size() != size)
            throw PyErr.format(PyExc.TypeError, "A %s file_action tuple must have %d elements", kind, size);
    }
}
