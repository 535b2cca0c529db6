package org.sanca.modules;

import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;

/**
 * The time module's clocks and sleep.
 * CPython: Modules/timemodule.c.
 */
public final class TimeModule {
    private TimeModule() {}

    private static final long START = System.nanoTime();

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "time", "time", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("time", n, k);
            return PyFloat.of(wallNanos() / 1e9);
        });
        BuiltinsModule.def(m, d, "time", "time_ns", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("time_ns", n, k);
            return PyInt.of(wallNanos());
        });
        for (String clock : new String[] {"perf_counter", "monotonic", "process_time", "thread_time"}) {
            BuiltinsModule.def(m, d, "time", clock, (s, a, o, n, k) -> {
                BuiltinsModule.noArgs(clock, n, k);
                return PyFloat.of((System.nanoTime() - START) / 1e9);
            });
            BuiltinsModule.def(m, d, "time", clock + "_ns", (s, a, o, n, k) -> {
                BuiltinsModule.noArgs(clock + "_ns", n, k);
                return PyInt.of(System.nanoTime() - START);
            });
        }
        BuiltinsModule.def(m, d, "time", "sleep", (s, a, o, n, k) -> sleep(BuiltinsModule.one("sleep", a, o, n, k)));
        return m;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static PyObject sleep(PyObject secs) {
        // _PyTime_FromObject: a float as it is, anything else through __index__
        double s = secs instanceof org.sanca.objects.PyFloat f ? f.value
            : org.sanca.objects.PyNumber.index(secs).bigValue().doubleValue();
        if (Double.isNaN(s)) {
            throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw PyErr.format(PyExc.ValueError, "sleep length must be non-negative");
        }
        if (s * 1e9 >= 0x1p63) {
            throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        org.sanca.vm.Interpreter.sleep((long) (s * 1e9));
        return Py.None;
    }
}
