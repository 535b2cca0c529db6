package org.sanca.modules;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The C library's calendar and clock functions as the time module calls them (localtime_r, gmtime_r,
 * mktime, strftime in the "C" LC_TIME locale, tzset, clock_gettime, clock_getres), through the Foreign
 * Function and Memory API, with {@code struct tm} as glibc lays it out on 64-bit Linux.
 * CPython: the libc calls of Modules/timemodule.c and Python/pytime.c (_PyTime_localtime, _PyTime_gmtime).
 */
final class TimeNative {
    private TimeNative() {}

    /** A broken-down time: struct tm's fields as C has them (year - 1900, month 0-11, ...). */
    static final class Tm {
        int sec, min, hour, mday, mon, year, wday, yday, isdst;
        long gmtoff;
        /** tm_zone, or null. */
        String zone;
    }

    /** A failed call's errno. */
    static final class Failure extends RuntimeException {
        final int errno;

        Failure(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    private static final int TM_SIZE = 56, GMTOFF = 40, ZONE = 48;
    private static final class Localtime { static final MethodHandle H = Libc.fn("localtime_r",
        FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS)); }
    private static final class Gmtime { static final MethodHandle H = Libc.fn("gmtime_r",
        FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS)); }
    private static final class Mktime { static final MethodHandle H = Libc.fn("mktime",
        FunctionDescriptor.of(JAVA_LONG, ADDRESS)); }
    private static final class Tzset { static final MethodHandle H = Libc.fn("tzset", FunctionDescriptor.ofVoid()); }
    private static final class Strftime { static final MethodHandle H = Libc.fn("strftime_l",
        FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS)); }
    private static final class Clock { static final MethodHandle GET = Libc.fn("clock_gettime",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle RES = Libc.fn("clock_getres", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)); }

    /** The "C" locale for strftime (CPython leaves LC_TIME at "C" unless the program sets it). */
    private static final class CLocale {
        static final MemorySegment C = make();

        private static MemorySegment make() {
            try (Arena a = Arena.ofConfined()) {
                MethodHandle h = Libc.fn("newlocale", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
                return (MemorySegment) h.invokeExact(a.allocate(Libc.CAPTURE_LAYOUT), 0x1FBF, a.allocateFrom("C"),
                    MemorySegment.NULL);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** localtime_r or gmtime_r of t; Failure with the errno (EINVAL when none) when it fails. */
    static Tm breakDown(long t, boolean local) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(Libc.CAPTURE_LAYOUT), tt = a.allocate(JAVA_LONG), tm = a.allocate(TM_SIZE, 8);
            tt.set(JAVA_LONG, 0, t);
            Libc.setErrno(cap, 0);
            MemorySegment r = local ? (MemorySegment) Localtime.H.invokeExact(cap, tt, tm)
                : (MemorySegment) Gmtime.H.invokeExact(cap, tt, tm);
            if (r.address() == 0) {
                int e = Libc.errnoOf(cap);
                throw new Failure(e == 0 ? 22 : e);
            }
            return read(tm);
        } catch (Throwable e) {
            throw fail(e);
        }
    }

    private static Tm read(MemorySegment tm) {
        Tm r = new Tm();
        r.sec = tm.get(JAVA_INT, 0);
        r.min = tm.get(JAVA_INT, 4);
        r.hour = tm.get(JAVA_INT, 8);
        r.mday = tm.get(JAVA_INT, 12);
        r.mon = tm.get(JAVA_INT, 16);
        r.year = tm.get(JAVA_INT, 20);
        r.wday = tm.get(JAVA_INT, 24);
        r.yday = tm.get(JAVA_INT, 28);
        r.isdst = tm.get(JAVA_INT, 32);
        r.gmtoff = tm.get(JAVA_LONG, GMTOFF);
        MemorySegment zone = tm.get(ADDRESS, ZONE);
        r.zone = zone.address() == 0 ? null : zone.reinterpret(256).getString(0, StandardCharsets.UTF_8);
        return r;
    }

    private static MemorySegment write(Arena a, Tm t) {
        MemorySegment tm = a.allocate(TM_SIZE, 8);
        int[] v = {t.sec, t.min, t.hour, t.mday, t.mon, t.year, t.wday, t.yday, t.isdst};
        for (int i = 0; i < v.length; i++) tm.set(JAVA_INT, 4L * i, v[i]);
        tm.set(JAVA_LONG, GMTOFF, t.gmtoff);
        tm.set(ADDRESS, ZONE, t.zone == null ? MemorySegment.NULL : a.allocateFrom(t.zone));
        return tm;
    }

    /** mktime: the timestamp of t as local time, or null when mktime fails (it left tm_wday at -1). */
    static Long mktime(Tm t) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tm = write(a, t);
            tm.set(JAVA_INT, 24, -1);
            long r = (long) Mktime.H.invokeExact(a.allocate(Libc.CAPTURE_LAYOUT), tm);
            if (r == -1 && tm.get(JAVA_INT, 24) == -1) return null;
            return r;
        } catch (Throwable e) {
            throw fail(e);
        }
    }

    /** strftime of format (bytes) for t, growing the buffer as CPython does; the output bytes. */
    static byte[] strftime(byte[] format, Tm t) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tm = write(a, t);
            MemorySegment fmt = a.allocate(format.length + 1L);
            MemorySegment.copy(format, 0, fmt, JAVA_BYTE_LAYOUT, 0, format.length);
            for (long size = 1024; ; size += size) {
                MemorySegment out = a.allocate(size);
                long n = (long) Strftime.H.invokeExact(a.allocate(Libc.CAPTURE_LAYOUT), out, size, fmt, tm, CLocale.C);
                if (n > 0 || size >= 256L * format.length) return out.asSlice(0, n).toArray(JAVA_BYTE_LAYOUT);
            }
        } catch (Throwable e) {
            throw fail(e);
        }
    }

    private static final java.lang.foreign.ValueLayout.OfByte JAVA_BYTE_LAYOUT = java.lang.foreign.ValueLayout.JAVA_BYTE;

    /** tzset(): re-reads TZ. */
    static void tzset() {
        try (Arena a = Arena.ofConfined()) {
            Tzset.H.invokeExact(a.allocate(Libc.CAPTURE_LAYOUT));
        } catch (Throwable e) {
            throw fail(e);
        }
    }

    /** clock_gettime (or clock_getres when res) of a clock id, in nanoseconds; Failure with the errno. */
    static long clock(int id, boolean res) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(Libc.CAPTURE_LAYOUT), ts = a.allocate(16, 8);
            int r = res ? (int) Clock.RES.invokeExact(cap, id, ts) : (int) Clock.GET.invokeExact(cap, id, ts);
            if (r != 0) throw new Failure(Libc.errnoOf(cap));
            return ts.get(JAVA_LONG, 0) * 1_000_000_000L + ts.get(JAVA_LONG, 8);
        } catch (Throwable e) {
            throw fail(e);
        }
    }
}
