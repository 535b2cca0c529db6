package org.sanca.modules;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

import org.sanca.modules.PosixPath.Path;

/**
 * os.utime: set a file's access and modification times from seconds (int or float), nanoseconds
 * or now, through utimensat/futimens.
 * CPython: Modules/posixmodule.c (os_utime_impl, utime_converter).
 */
final class PosixUtime {
    private PosixUtime() {}

    private static final long BILLION = 1_000_000_000L;

    private static final PosixArgs.Sig SIG_UTIME =
        PosixArgs.sig("utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=");

    static void populate(PyModule m, PyDict d) {
        PosixFiles.def(m, d, "utime", PosixUtime::utime);
    }

    private static PyObject utime(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] args = PosixArgs.parse(SIG_UTIME, a, o, n, k);
        Path p = PosixPath.path("utime", "path", args[0], true, false);
        PyObject times = args[1] == null ? Py.None : args[1];
        if (times != Py.None && args[2] != null)
            throw PyErr.format(PyExc.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        long[] ts = null;
        if (times != Py.None) {
            if (!(times instanceof PyTuple t) || t.size() != 2)
                throw PyErr.format(PyExc.TypeError, "utime: 'times' must be either a tuple of two ints or None");
            ts = new long[4];
            fromSeconds(t.get(0), ts, 0);
            fromSeconds(t.get(1), ts, 2);
        } else if (args[2] != null) {
            if (!(args[2] instanceof PyTuple t) || t.size() != 2)
                throw PyErr.format(PyExc.TypeError, "utime: 'ns' must be a tuple of two ints");
            ts = new long[4];
            fromNanos(t.get(0), ts, 0);
            fromNanos(t.get(1), ts, 2);
        }
        int flags = PosixFiles.flag(args[4], true) ? 0 : Libc.AT_SYMLINK_NOFOLLOW;
        int r = p.isFd() ? Libc.utimens(p.fd(), null, ts, 0)
            : Libc.utimens(PosixFiles.dirFd(args[3]), p.bytes(), ts, flags);
        if (r < 0) throw PosixPath.error(Libc.errno());
        return Py.None;
    }

    /** _PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR: an int or float of seconds. */
    private static void fromSeconds(PyObject v, long[] ts, int i) {
        if (v instanceof PyFloat f) {
            double x = f.value;
            if (Double.isNaN(x)) throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
            double sec = x < 0 ? Math.ceil(x) : Math.floor(x);
            double nsec = Math.floor((x - sec) * 1e9);
            if (nsec >= 1e9) {
                nsec -= 1e9;
                sec += 1;
            } else if (nsec < 0) {
                nsec += 1e9;
                sec -= 1;
            }
            if (!(sec >= -0x1p63 && sec < 0x1p63)) throw outOfRange();
            ts[i] = (long) sec;
            ts[i + 1] = (long) nsec;
            return;
        }
        PyInt n = PyNumber.index(v);
        if (!n.fitsLong()) throw outOfRange();
        ts[i] = n.longValue();
        ts[i + 1] = 0;
    }

    private static RuntimeException outOfRange() {
        return PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
    }

    private static void fromNanos(PyObject v, long[] ts, int i) {
        PyInt ns = PyNumber.index(v);
        long x = ns.longValue();
        ts[i] = Math.floorDiv(x, BILLION);
        ts[i + 1] = Math.floorMod(x, BILLION);
    }
}
