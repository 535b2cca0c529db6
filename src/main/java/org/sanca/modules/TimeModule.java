package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.StructSeq;

/**
 * The time module: the clocks (time, monotonic, perf_counter, process_time, thread_time, clock_gettime and
 * their _ns forms, get_clock_info), sleep, and the calendar functions over the C library (gmtime,
 * localtime, mktime, asctime, ctime, strftime, strptime, tzset, struct_time, timezone/altzone/daylight/tzname).
 * CPython: Modules/timemodule.c.
 */
public final class TimeModule {
    private TimeModule() {}

    static final PyType STRUCT_TIME = StructSeq.type("time", "struct_time", 9, "tm_year", "tm_mon", "tm_mday",
        "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");
    static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
        CLOCK_THREAD_CPUTIME_ID = 3;
    private static final String[] CLOCKS = {"time", "monotonic", "perf_counter", "process_time", "thread_time"};

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("struct_time"), STRUCT_TIME);
        d.setItem(PyStr.of("_STRUCT_TM_ITEMS"), PyInt.of(11));
        String[] ids = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
            "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"};
        int[] values = {0, 1, 2, 3, 4, 7, 11};
        for (int i = 0; i < ids.length; i++) d.setItem(PyStr.of(ids[i]), PyInt.of(values[i]));
        clocks(m, d);
        BuiltinsModule.def(m, d, "time", "sleep", (s, a, o, n, k) -> sleep(BuiltinsModule.one("sleep", a, o, n, k)));
        calendar(m, d);
        initTimezone(d);
        return m;
    }

    private static void clocks(PyModule m, PyDict d) {
        for (String clock : CLOCKS) {
            BuiltinsModule.def(m, d, "time", clock, (s, a, o, n, k) -> {
                BuiltinsModule.noArgs(clock, n, k);
                return PyFloat.of(secondsDouble(nanos(clock)));
            });
            BuiltinsModule.def(m, d, "time", clock + "_ns", (s, a, o, n, k) -> {
                BuiltinsModule.noArgs(clock + "_ns", n, k);
                return PyInt.of(nanos(clock));
            });
        }
        BuiltinsModule.def(m, d, "time", "clock_gettime", (s, a, o, n, k) ->
            PyFloat.of(secondsDouble(clock(BuiltinsModule.one("clock_gettime", a, o, n, k), false))));
        BuiltinsModule.def(m, d, "time", "clock_gettime_ns", (s, a, o, n, k) ->
            PyInt.of(clock(BuiltinsModule.one("clock_gettime_ns", a, o, n, k), false)));
        BuiltinsModule.def(m, d, "time", "clock_getres", (s, a, o, n, k) ->
            PyFloat.of(secondsDouble(clock(BuiltinsModule.one("clock_getres", a, o, n, k), true))));
        BuiltinsModule.def(m, d, "time", "get_clock_info", (s, a, o, n, k) ->
            clockInfo(BuiltinsModule.one("get_clock_info", a, o, n, k)));
    }

    /** A clock's reading in nanoseconds. */
    private static long nanos(String clock) {
        return switch (clock) {
            case "time" -> wallNanos();
            case "process_time" -> clock(CLOCK_PROCESS_CPUTIME_ID, false);
            case "thread_time" -> clock(CLOCK_THREAD_CPUTIME_ID, false);
            default -> System.nanoTime();
        };
    }

    private static long clock(PyObject id, boolean res) {
        return clock(PyNumber.asIndex(id), res);
    }

    private static long clock(int id, boolean res) {
        try {
            return TimeNative.clock(id, res);
        } catch (TimeNative.Failure f) {
            throw PosixPath.error(f.errno);
        }
    }

    /** _PyTime_AsSecondsDouble: whole seconds exactly, else nanoseconds / 1e9. */
    private static double secondsDouble(long ns) {
        return ns % 1_000_000_000L == 0 ? (double) (ns / 1_000_000_000L) : ns / 1e9;
    }

    private static PyObject clockInfo(PyObject nameObj) {
        String name = nameObj instanceof PyStr s ? s.asString() : null;
        if (name == null) {
            throw PyErr.format(PyExc.TypeError, "get_clock_info() argument 1 must be str, not %.200s",
                PyErr.typeName(nameObj));
        }
        String impl = switch (name) {
            case "time" -> "CLOCK_REALTIME";
            case "monotonic", "perf_counter" -> "CLOCK_MONOTONIC";
            case "process_time" -> "CLOCK_PROCESS_CPUTIME_ID";
            case "thread_time" -> "CLOCK_THREAD_CPUTIME_ID";
            default -> throw PyErr.format(PyExc.ValueError, "unknown clock");
        };
        PyObject ns = Abstract.call(Namespace.TYPE);
        boolean realtime = name.equals("time");
        Abstract.setAttr(ns, "implementation", PyStr.of("clock_gettime(" + impl + ")"));
        Abstract.setAttr(ns, "monotonic", PyBool.of(!realtime));
        Abstract.setAttr(ns, "adjustable", PyBool.of(realtime));
        Abstract.setAttr(ns, "resolution", PyFloat.of(1e-09));
        return ns;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static PyObject sleep(PyObject secs) {
        // _PyTime_FromObject: a float as it is, anything else through __index__
        double s = secs instanceof PyFloat f ? f.value : PyNumber.index(secs).bigValue().doubleValue();
        if (Double.isNaN(s)) throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
        if (s < 0) throw PyErr.format(PyExc.ValueError, "sleep length must be non-negative");
        if (s * 1e9 >= 0x1p63) throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
        org.sanca.vm.Interpreter.sleep((long) (s * 1e9));
        return Py.None;
    }

    // ---- calendar functions ----

    private static void calendar(PyModule m, PyDict d) {
        BuiltinsModule.def(m, d, "time", "gmtime", (s, a, o, n, k) ->
            toStruct(breakDown(timeArg("gmtime", a, o, n, k), false)));
        BuiltinsModule.def(m, d, "time", "localtime", (s, a, o, n, k) ->
            toStruct(breakDown(timeArg("localtime", a, o, n, k), true)));
        BuiltinsModule.def(m, d, "time", "ctime", (s, a, o, n, k) ->
            PyStr.of(asctime(breakDown(timeArg("ctime", a, o, n, k), true))));
        BuiltinsModule.def(m, d, "time", "mktime", (s, a, o, n, k) -> {
            Long t = TimeNative.mktime(tmArg(BuiltinsModule.one("mktime", a, o, n, k), "mktime"));
            if (t == null) throw PyErr.format(PyExc.OverflowError, "mktime argument out of range");
            return PyFloat.of((double) t);
        });
        BuiltinsModule.def(m, d, "time", "asctime", (s, a, o, n, k) -> {
            Args.noKeywords("asctime", k);
            Args.range("asctime", n, 0, 1);
            return PyStr.of(asctime(n == 0 ? now() : checked(tmArg(a[o], "asctime"))));
        });
        BuiltinsModule.def(m, d, "time", "strftime", TimeModule::strftime);
        BuiltinsModule.def(m, d, "time", "strptime", (s, a, o, n, k) -> {
            PyObject mod = org.sanca.runtime.Importer.importModuleLevel("_strptime", null, null, 0);
            return Abstract.call(Abstract.getAttr(mod, "_strptime_time"), a, o, n, k);
        });
        BuiltinsModule.def(m, d, "time", "tzset", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("tzset", n, k);
            TimeNative.tzset();
            initTimezone(d);
            return Py.None;
        });
    }

    /** The optional seconds argument of gmtime, localtime and ctime: now (floored) when absent or None. */
    private static long timeArg(String fname, PyObject[] a, int o, int n, org.sanca.objects.PyTuple k) {
        Args.noKeywords(fname, k);
        Args.range(fname, n, 0, 1);
        if (n == 0 || a[o] == Py.None) return Math.floorDiv(wallNanos(), 1_000_000_000L);
        return toTimeT(a[o]);
    }

    /** _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR. */
    static long toTimeT(PyObject obj) {
        if (obj instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) throw timestampRange();
            return (long) d;
        }
        PyInt i = PyNumber.index(obj);
        if (!i.fitsLong()) throw timestampRange();
        return i.longValue();
    }

    private static PyException timestampRange() {
        return PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
    }

    private static TimeNative.Tm breakDown(long t, boolean local) {
        try {
            return TimeNative.breakDown(t, local);
        } catch (TimeNative.Failure f) {
            throw PosixPath.error(f.errno);
        }
    }

    private static TimeNative.Tm now() {
        return breakDown(Math.floorDiv(wallNanos(), 1_000_000_000L), true);
    }

    /** tmtotuple: a struct_time from a broken-down time. */
    static PyObject toStruct(TimeNative.Tm t) {
        return StructSeq.make(STRUCT_TIME, PyInt.of(t.year + 1900L), PyInt.of(t.mon + 1), PyInt.of(t.mday),
            PyInt.of(t.hour), PyInt.of(t.min), PyInt.of(t.sec), PyInt.of((t.wday + 6) % 7), PyInt.of(t.yday + 1),
            PyInt.of(t.isdst), t.zone == null ? Py.None : PyStr.of(t.zone), PyInt.of(t.gmtoff));
    }

    /** gettmarg: a 9-tuple or struct_time as a struct tm (with its zone and offset when a struct_time). */
    private static TimeNative.Tm tmArg(PyObject arg, String fname) {
        if (!(arg instanceof PyTuple t)) {
            throw PyErr.format(PyExc.TypeError, "Tuple or struct_time argument required");
        }
        if (t.size() != 9) throw PyErr.format(PyExc.TypeError, "%s(): illegal time tuple argument", fname);
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = cint(t.get(i));
        if (v[0] < Integer.MIN_VALUE + 1900) throw PyErr.format(PyExc.OverflowError, "year out of range");
        TimeNative.Tm tm = new TimeNative.Tm();
        tm.year = v[0] - 1900;
        tm.mon = v[1] - 1;
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        tm.wday = (v[6] + 1) % 7;
        tm.yday = v[7] - 1;
        tm.isdst = v[8];
        if (t.type() == STRUCT_TIME) {
            PyObject zone = Abstract.getAttr(t, "tm_zone"), off = Abstract.getAttr(t, "tm_gmtoff");
            if (zone != Py.None) tm.zone = ((PyStr) zone).asString();
            if (off != Py.None) tm.gmtoff = PyNumber.index(off).longValue();
        }
        return tm;
    }

    /** The "i" converter: a C int. */
    private static int cint(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
        }
        PyInt i = PyNumber.index(o);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE) {
            if (i.signum() > 0) throw PyErr.format(PyExc.OverflowError, "signed integer is greater than maximum");
        }
        if (!i.fitsLong() || i.longValue() < Integer.MIN_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "signed integer is less than minimum");
        }
        return (int) i.longValue();
    }

    /** checktm: the ranges asctime and strftime accept, zeros taken as the lowest valid value. */
    private static TimeNative.Tm checked(TimeNative.Tm t) {
        if (t.mon == -1) t.mon = 0;
        else if (t.mon < 0 || t.mon > 11) throw PyErr.format(PyExc.ValueError, "month out of range");
        if (t.mday == 0) t.mday = 1;
        else if (t.mday < 0 || t.mday > 31) throw PyErr.format(PyExc.ValueError, "day of month out of range");
        if (t.hour < 0 || t.hour > 23) throw PyErr.format(PyExc.ValueError, "hour out of range");
        if (t.min < 0 || t.min > 59) throw PyErr.format(PyExc.ValueError, "minute out of range");
        if (t.sec < 0 || t.sec > 61) throw PyErr.format(PyExc.ValueError, "seconds out of range");
        if (t.wday < 0) throw PyErr.format(PyExc.ValueError, "day of week out of range");
        if (t.yday == -1) t.yday = 0;
        else if (t.yday < 0 || t.yday > 365) throw PyErr.format(PyExc.ValueError, "day of year out of range");
        return t;
    }

    private static final String[] WDAY = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** _asctime: "Sun Jun 20 23:21:05 1993". */
    private static String asctime(TimeNative.Tm t) {
        return String.format("%s %s%3d %s:%s:%s %d", WDAY[t.wday], MON[t.mon], t.mday, two(t.hour), two(t.min),
            two(t.sec), 1900L + t.year);
    }

    /** C's %.2d. */
    private static String two(int v) {
        String s = Integer.toString(Math.abs(v));
        return (v < 0 ? "-" : "") + (s.length() < 2 ? "0" + s : s);
    }

    private static PyObject strftime(PyObject self, PyObject[] a, int o, int n, org.sanca.objects.PyTuple k) {
        Args.noKeywords("strftime", k);
        Args.range("strftime", n, 1, 2);
        if (!(a[o] instanceof PyStr)) {
            throw PyErr.format(PyExc.TypeError, "strftime() argument 1 must be str, not %.200s", PyErr.typeName(a[o]));
        }
        TimeNative.Tm t = n == 1 ? now() : checked(tmArg(a[o + 1], "strftime"));
        t.isdst = Math.max(-1, Math.min(1, t.isdst));
        byte[] fmt = PyBytes.fromObject(Abstract.callMethod(a[o], "encode", PyStr.of("utf-8"),
            PyStr.of("surrogateescape")));
        for (byte b : fmt) {
            if (b == 0) throw PyErr.format(PyExc.ValueError, "embedded null character");
        }
        byte[] out = TimeNative.strftime(fmt, t);
        return Abstract.callMethod(PyBytes.of(out), "decode", PyStr.of("utf-8"), PyStr.of("surrogateescape"));
    }

    /** init_timezone (glibc's way): the zones of January and July of this year decide timezone and altzone. */
    private static void initTimezone(PyDict d) {
        long year = (365 * 24 + 6) * 3600L;
        long t = Math.floorDiv(wallNanos(), 1_000_000_000L) / year * year;
        TimeNative.Tm jan = breakDown(t, true), july = breakDown(t + year / 2, true);
        long janzone = -jan.gmtoff, julyzone = -july.gmtoff;
        String janname = zoneName(jan), julyname = zoneName(july);
        boolean south = janzone < julyzone;
        d.setItem(PyStr.of("timezone"), PyInt.of(south ? julyzone : janzone));
        d.setItem(PyStr.of("altzone"), PyInt.of(south ? janzone : julyzone));
        d.setItem(PyStr.of("daylight"), PyInt.of(janzone != julyzone ? 1 : 0));
        d.setItem(PyStr.of("tzname"), south ? PyTuple.of(PyStr.of(julyname), PyStr.of(janname))
            : PyTuple.of(PyStr.of(janname), PyStr.of(julyname)));
    }

    private static String zoneName(TimeNative.Tm t) {
        String z = t.zone == null ? "   " : t.zone;
        return z.length() > 9 ? z.substring(0, 9) : z;
    }
}
