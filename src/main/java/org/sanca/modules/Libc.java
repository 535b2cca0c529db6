package org.sanca.modules;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The C library as Sanca's Java modules see it: glibc's system calls through the Foreign Function
 * and Memory API, each MethodHandle made once, with errno captured per call into a per-thread segment.
 * A call that fails returns -1 (or null) and leaves its errno for {@link #errno()}, as C does.
 * Paths are NUL-free byte arrays (the filesystem encoding is the caller's business).
 * Linux (glibc) on x86_64 and aarch64: stat goes through {@code statx}, whose layout is the same on
 * every Linux architecture; {@code struct dirent} is the same on both 64-bit targets.
 * CPython: the libc calls of Modules/posixmodule.c.
 */
public final class Libc {
    private Libc() {}

    /** openat and friends: the current directory. */
    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_REMOVEDIR = 0x200;
    public static final int AT_SYMLINK_FOLLOW = 0x400;
    public static final int AT_EACCESS = 0x200;
    public static final int AT_EMPTY_PATH = 0x1000;
    public static final int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1;
    public static final int O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;
    public static final int EINTR = 4, EBADF = 9, ENOTTY = 25, ERANGE = 34;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final MemoryLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
        CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    /**
     * A thread's native scratch memory, so that hot calls allocate nothing: the errno capture segment,
     * the thread's errno itself, and a block holding small structs, two paths and an I/O buffer.
     * No Libc call runs Python code, so one call never meets another's data here.
     */
    private static final class Scratch {
        static final int STRUCT = 0, PATH1 = 1024, PATH2 = PATH1 + 4096, IO = 16384, SIZE = 65536;
        final MemorySegment capture, mem, errno;

        Scratch() {
            Arena arena = Arena.ofAuto();
            capture = arena.allocate(CAPTURE_LAYOUT);
            mem = arena.allocate(SIZE, 16);
            try {
                errno = ((MemorySegment) ERRNO_LOCATION.invokeExact()).reinterpret(4);
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... extra) {
        Linker.Option[] opts = new Linker.Option[extra.length + 1];
        opts[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(extra, 0, opts, 1, extra.length);
        MemorySegment sym = LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
        return LINKER.downcallHandle(sym, fd, opts);
    }

    private static FunctionDescriptor ints(int n) {
        ValueLayout[] args = new ValueLayout[n];
        java.util.Arrays.fill(args, JAVA_INT);
        return FunctionDescriptor.of(JAVA_INT, args);
    }

    private static final MethodHandle OPENAT = fn("openat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(3));
    private static final MethodHandle CLOSE = fn("close", ints(1));
    private static final MethodHandle READ = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle LSEEK = fn("lseek", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT));
    private static final MethodHandle FSYNC = fn("fsync", ints(1));
    private static final MethodHandle DUP = fn("dup", ints(1));
    private static final MethodHandle DUP3 = fn("dup3", ints(3));
    private static final MethodHandle DUP2 = fn("dup2", ints(2));
    private static final MethodHandle PIPE2 = fn("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle ISATTY = fn("isatty", ints(1));
    private static final MethodHandle FTRUNCATE = fn("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle TRUNCATE = fn("truncate", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle UMASK = fn("umask", ints(1));
    private static final MethodHandle KILL = fn("kill", ints(2));
    private static final MethodHandle FCNTL = fn("fcntl", ints(3), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL = fn("ioctl",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle STATX = fn("statx",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle OPENDIR = fn("opendir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle FDOPENDIR = fn("fdopendir", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle READDIR = fn("readdir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle REWINDDIR = fn("rewinddir", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle CLOSEDIR = fn("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GETCWD = fn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle CHDIR = fn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FCHDIR = fn("fchdir", ints(1));
    private static final MethodHandle MKDIRAT = fn("mkdirat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle UNLINKAT = fn("unlinkat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RENAMEAT = fn("renameat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle READLINKAT = fn("readlinkat",
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle SYMLINKAT = fn("symlinkat",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle LINKAT = fn("linkat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle FACCESSAT = fn("faccessat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHMODAT = fn("fchmodat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHMOD = fn("fchmod", ints(2));
    private static final MethodHandle UTIMENSAT = fn("utimensat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle FUTIMENS = fn("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle SETENV = fn("setenv", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle UNSETENV = fn("unsetenv", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle UNAME = fn("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle TIMES = fn("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    private static final MethodHandle SYSCONF = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    private static final MethodHandle GETLOGIN = fn("getlogin", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle STRERROR = fn("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle ERRNO_LOCATION = LINKER.downcallHandle(
        LOOKUP.find("__errno_location").orElseThrow(), FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle FCHOWNAT = fn("fchownat",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHOWN = fn("fchown", ints(3));
    private static final MethodHandle FDATASYNC = fn("fdatasync", ints(1));
    private static final MethodHandle PREAD = fn("pread",
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle PWRITE = fn("pwrite",
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle STATVFS = fn("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FSTATVFS = fn("fstatvfs", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle GETPGRP = fn("getpgrp", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPGID = fn("getpgid", ints(1));
    private static final MethodHandle GETSID = fn("getsid", ints(1));
    private static final MethodHandle SYSTEM = fn("system", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle ABORT = fn("abort", FunctionDescriptor.ofVoid());
    private static final MethodHandle GETLOADAVG = fn("getloadavg", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle TTYNAME_R = fn("ttyname_r",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle GETID = fn("getpid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPPID = fn("getppid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETUID = fn("getuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEUID = fn("geteuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETGID = fn("getgid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEGID = fn("getegid", FunctionDescriptor.of(JAVA_INT));

    /** The errno left by this thread's last call that failed. */
    public static int errno() {
        return (int) ERRNO.get(cap(), 0L);
    }

    private static MemorySegment cap() {
        return SCRATCH.get().capture;
    }

    /**
     * {@code path} NUL-terminated in this thread's scratch block ({@code second} for a call's other
     * path); a path too long for it gets memory of its own. NULL for a null path.
     */
    private static MemorySegment path(byte[] path, boolean second) {
        if (path == null) return MemorySegment.NULL;
        if (path.length >= 4096) return cstr(Arena.ofAuto(), path);
        MemorySegment s = SCRATCH.get().mem.asSlice(second ? Scratch.PATH2 : Scratch.PATH1, path.length + 1L);
        MemorySegment.copy(path, 0, s, JAVA_BYTE, 0, path.length);
        s.set(JAVA_BYTE, path.length, (byte) 0);
        return s;
    }

    /** This thread's scratch memory for a struct of {@code size} bytes (at most 1 KiB). */
    private static MemorySegment struct(long size) {
        return SCRATCH.get().mem.asSlice(Scratch.STRUCT, size);
    }

    private static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** A NUL-terminated copy of {@code path} in {@code arena} (NULL for a null path). */
    public static MemorySegment cstr(Arena arena, byte[] path) {
        if (path == null) return MemorySegment.NULL;
        MemorySegment s = arena.allocate(path.length + 1L);
        MemorySegment.copy(path, 0, s, JAVA_BYTE, 0, path.length);
        return s;
    }

    /** The bytes of the NUL-terminated string at {@code p} (null for NULL). */
    public static byte[] bytesAt(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) return null;
        MemorySegment s = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(JAVA_BYTE, n) != 0) n++;
        return s.asSlice(0, n).toArray(JAVA_BYTE);
    }

    // ---- file descriptors -------------------------------------------------------------------

    /** openat(2); {@code dirfd} may be {@link #AT_FDCWD}. */
    public static int openat(int dirfd, byte[] path, int flags, int mode) {
        try {
            return (int) OPENAT.invokeExact(cap(), dirfd, path(path, false), flags, mode);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int close(int fd) {
        try {
            return (int) CLOSE.invokeExact(cap(), fd);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** read(2) into native memory. */
    public static long read(int fd, MemorySegment buf, long count) {
        try {
            return (long) READ.invokeExact(cap(), fd, buf, count);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** write(2) from native memory. */
    public static long write(int fd, MemorySegment buf, long count) {
        try {
            return (long) WRITE.invokeExact(cap(), fd, buf, count);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** Reads up to {@code n} bytes from {@code fd}: the bytes read, or null with errno set. */
    public static byte[] read(int fd, int n) {
        if (n <= Scratch.SIZE - Scratch.IO) {
            MemorySegment buf = SCRATCH.get().mem.asSlice(Scratch.IO, n);
            long got = read(fd, buf, n);
            return got < 0 ? null : buf.asSlice(0, got).toArray(JAVA_BYTE);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(n, 1));
            long got = read(fd, buf, n);
            return got < 0 ? null : buf.asSlice(0, got).toArray(JAVA_BYTE);
        }
    }

    /** Writes {@code b}: the count written, or -1 with errno set. */
    public static long write(int fd, byte[] b) {
        if (b.length <= Scratch.SIZE - Scratch.IO) {
            MemorySegment buf = SCRATCH.get().mem.asSlice(Scratch.IO, b.length);
            MemorySegment.copy(b, 0, buf, JAVA_BYTE, 0, b.length);
            return write(fd, buf, b.length);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(b.length, 1));
            MemorySegment.copy(b, 0, buf, JAVA_BYTE, 0, b.length);
            return write(fd, buf, b.length);
        }
    }

    public static long lseek(int fd, long offset, int whence) {
        try {
            return (long) LSEEK.invokeExact(cap(), fd, offset, whence);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int call(MethodHandle h, int a) {
        try {
            return (int) h.invokeExact(cap(), a);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int call(MethodHandle h, int a, int b) {
        try {
            return (int) h.invokeExact(cap(), a, b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int call(MethodHandle h, int a, int b, int c) {
        try {
            return (int) h.invokeExact(cap(), a, b, c);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int call(MethodHandle h) {
        try {
            return (int) h.invokeExact(cap());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fsync(int fd) {
        return call(FSYNC, fd);
    }

    public static int dup(int fd) {
        return call(DUP, fd);
    }

    public static int dup2(int fd, int fd2) {
        return call(DUP2, fd, fd2);
    }

    public static int dup3(int fd, int fd2, int flags) {
        return call(DUP3, fd, fd2, flags);
    }

    /** pipe2(2): {read end, write end}, or null with errno set. */
    public static int[] pipe2(int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(JAVA_INT, 2);
            int r = (int) PIPE2.invokeExact(cap(), fds, flags);
            return r < 0 ? null : new int[] {fds.get(JAVA_INT, 0), fds.get(JAVA_INT, 4)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int isatty(int fd) {
        return call(ISATTY, fd);
    }

    public static int ftruncate(int fd, long length) {
        try {
            return (int) FTRUNCATE.invokeExact(cap(), fd, length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int truncate(byte[] path, long length) {
        try {
            return (int) TRUNCATE.invokeExact(cap(), path(path, false), length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fcntl(2) with an int argument. */
    public static int fcntl(int fd, int cmd, int arg) {
        return call(FCNTL, fd, cmd, arg);
    }

    /** ioctl(TIOCGWINSZ): {columns, lines}, or null with errno set. */
    public static int[] windowSize(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ws = a.allocate(8);
            int r = (int) IOCTL.invokeExact(cap(), fd, 0x5413L, ws);
            return r < 0 ? null : new int[] {Short.toUnsignedInt(ws.get(JAVA_SHORT, 2)),
                Short.toUnsignedInt(ws.get(JAVA_SHORT, 0))};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- stat -------------------------------------------------------------------------------

    /** What stat tells about a file (struct statx, with st_dev/st_rdev made as glibc's makedev). */
    public record Stat(long mode, long ino, long dev, long nlink, long uid, long gid, long size,
                       long atimeSec, long atimeNsec, long mtimeSec, long mtimeNsec, long ctimeSec, long ctimeNsec,
                       long blksize, long blocks, long rdev) {}

    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final byte[] EMPTY = {};

    /**
     * statx(2): {@code path} relative to {@code dirfd}; a null path with {@link #AT_EMPTY_PATH} stats
     * {@code dirfd} itself. Null with errno set on failure.
     */
    public static Stat statx(int dirfd, byte[] path, int flags) {
        try {
            MemorySegment p = path(path == null ? EMPTY : path, false);
            MemorySegment b = struct(256);
            int r = (int) STATX.invokeExact(cap(), dirfd, p, flags, STATX_BASIC_STATS, b);
            return r < 0 ? null : statFrom(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static long u32(MemorySegment b, long off) {
        return Integer.toUnsignedLong(b.get(JAVA_INT, off));
    }

    private static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12)
            | (minor & 0xffL);
    }

    private static Stat statFrom(MemorySegment b) {
        return new Stat(Short.toUnsignedLong(b.get(JAVA_SHORT, 28)), b.get(JAVA_LONG, 32),
            makedev(u32(b, 136), u32(b, 140)), u32(b, 16), u32(b, 20), u32(b, 24), b.get(JAVA_LONG, 40),
            b.get(JAVA_LONG, 64), u32(b, 72), b.get(JAVA_LONG, 112), u32(b, 120), b.get(JAVA_LONG, 96), u32(b, 104),
            u32(b, 4), b.get(JAVA_LONG, 48), makedev(u32(b, 128), u32(b, 132)));
    }

    // ---- directories ------------------------------------------------------------------------

    /** One directory entry: its name's bytes, inode and d_type (DT_UNKNOWN 0, DT_DIR 4, DT_REG 8, DT_LNK 10). */
    public record Dirent(byte[] name, long ino, int type) {}

    /** opendir(3): a DIR*, or NULL with errno set. */
    public static MemorySegment opendir(byte[] path) {
        try {
            return (MemorySegment) OPENDIR.invokeExact(cap(), path(path, false));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fdopendir(3): a DIR* owning {@code fd}, or NULL with errno set. */
    public static MemorySegment fdopendir(int fd) {
        try {
            return (MemorySegment) FDOPENDIR.invokeExact(cap(), fd);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** readdir(3): the next entry, or null at the end (errno() is then 0) or on error. */
    public static Dirent readdir(MemorySegment dir) {
        try {
            Scratch s = SCRATCH.get();
            s.errno.set(JAVA_INT, 0, 0);
            MemorySegment e = (MemorySegment) READDIR.invokeExact(s.capture, dir);
            if (e.equals(MemorySegment.NULL)) return null;
            MemorySegment d = e.reinterpret(24 + 256);
            byte[] raw = new byte[Short.toUnsignedInt(d.get(JAVA_SHORT, 16)) - 19];
            MemorySegment.copy(d, JAVA_BYTE, 19, raw, 0, raw.length);
            int n = 0;
            while (n < raw.length && raw[n] != 0) n++;
            return new Dirent(java.util.Arrays.copyOf(raw, n), d.get(JAVA_LONG, 0), Byte.toUnsignedInt(d.get(JAVA_BYTE, 18)));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void rewinddir(MemorySegment dir) {
        try {
            REWINDDIR.invokeExact(cap(), dir);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int closedir(MemorySegment dir) {
        try {
            return (int) CLOSEDIR.invokeExact(cap(), dir);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getcwd(3): the current directory's bytes, or null with errno set. */
    public static byte[] getcwd() {
        for (long size = 1024; ; size *= 2) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(size);
                MemorySegment r = (MemorySegment) GETCWD.invokeExact(cap(), buf, size);
                if (!r.equals(MemorySegment.NULL)) return bytesAt(buf);
                if (errno() != ERANGE) return null;
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    // ---- paths ------------------------------------------------------------------------------

    /** A call taking one path. */
    @FunctionalInterface
    private interface PathCall {
        int call(MemorySegment path) throws Throwable;
    }

    private static int withPath(byte[] path, PathCall c) {
        try {
            return c.call(path(path, false));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** A call taking two paths. */
    @FunctionalInterface
    private interface PathCall2 {
        int call(MemorySegment p1, MemorySegment p2) throws Throwable;
    }

    private static int withPaths(byte[] path1, byte[] path2, PathCall2 c) {
        try {
            return c.call(path(path1, false), path(path2, true));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int chdir(byte[] path) {
        return withPath(path, p -> (int) CHDIR.invokeExact(cap(), p));
    }

    public static int fchdir(int fd) {
        return call(FCHDIR, fd);
    }

    public static int mkdirat(int dirfd, byte[] path, int mode) {
        return withPath(path, p -> (int) MKDIRAT.invokeExact(cap(), dirfd, p, mode));
    }

    public static int unlinkat(int dirfd, byte[] path, int flags) {
        return withPath(path, p -> (int) UNLINKAT.invokeExact(cap(), dirfd, p, flags));
    }

    public static int renameat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath) {
        return withPaths(oldpath, newpath, (p, q) -> (int) RENAMEAT.invokeExact(cap(), olddirfd, p, newdirfd, q));
    }

    public static int symlinkat(byte[] target, int newdirfd, byte[] linkpath) {
        return withPaths(target, linkpath, (p, q) -> (int) SYMLINKAT.invokeExact(cap(), p, newdirfd, q));
    }

    public static int linkat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags) {
        return withPaths(oldpath, newpath,
            (p, q) -> (int) LINKAT.invokeExact(cap(), olddirfd, p, newdirfd, q, flags));
    }

    /** readlinkat(2): the link's target, or null with errno set. */
    public static byte[] readlinkat(int dirfd, byte[] path) {
        for (long size = 1024; ; size *= 4) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(size);
                long n = (long) READLINKAT.invokeExact(cap(), dirfd, cstr(a, path), buf, size);
                if (n < 0) return null;
                if (n < size) return buf.asSlice(0, n).toArray(JAVA_BYTE);
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    public static int faccessat(int dirfd, byte[] path, int mode, int flags) {
        return withPath(path, p -> (int) FACCESSAT.invokeExact(cap(), dirfd, p, mode, flags));
    }

    public static int fchmodat(int dirfd, byte[] path, int mode, int flags) {
        return withPath(path, p -> (int) FCHMODAT.invokeExact(cap(), dirfd, p, mode, flags));
    }

    public static int fchmod(int fd, int mode) {
        return call(FCHMOD, fd, mode);
    }

    /**
     * utimensat(2) ({@code path} non-null) or futimens(2) on {@code fd}; {@code times} is
     * {atime sec, nsec, mtime sec, nsec}, or null for now.
     */
    public static int utimens(int fd, byte[] path, long[] times, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = MemorySegment.NULL;
            if (times != null) {
                ts = a.allocate(JAVA_LONG, 4);
                for (int i = 0; i < 4; i++) ts.setAtIndex(JAVA_LONG, i, times[i]);
            }
            return path == null ? (int) FUTIMENS.invokeExact(cap(), fd, ts)
                : (int) UTIMENSAT.invokeExact(cap(), fd, cstr(a, path), ts, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fchownat(2); uid or gid -1 leaves that one unchanged. */
    public static int fchownat(int dirfd, byte[] path, int uid, int gid, int flags) {
        return withPath(path, p -> (int) FCHOWNAT.invokeExact(cap(), dirfd, p, uid, gid, flags));
    }

    public static int fchown(int fd, int uid, int gid) {
        return call(FCHOWN, fd, uid, gid);
    }

    public static int fdatasync(int fd) {
        return call(FDATASYNC, fd);
    }

    /** pread(2) of up to {@code n} bytes at {@code offset}: the bytes, or null with errno set. */
    public static byte[] pread(int fd, int n, long offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(n, 1));
            long got = (long) PREAD.invokeExact(cap(), fd, buf, (long) n, offset);
            return got < 0 ? null : buf.asSlice(0, got).toArray(JAVA_BYTE);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** pwrite(2) of {@code b} at {@code offset}: the count written, or -1 with errno set. */
    public static long pwrite(int fd, byte[] b, long offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(b.length, 1));
            MemorySegment.copy(b, 0, buf, JAVA_BYTE, 0, b.length);
            return (long) PWRITE.invokeExact(cap(), fd, buf, (long) b.length, offset);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /**
     * statvfs(3) of {@code path}, or fstatvfs(3) of {@code fd} when the path is null: f_bsize, f_frsize,
     * f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax (the same
     * eleven 64-bit words on x86_64 and aarch64); null with errno set.
     */
    public static long[] statvfs(int fd, byte[] path) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(JAVA_LONG, 14);
            int r = path == null ? (int) FSTATVFS.invokeExact(cap(), fd, b)
                : (int) STATVFS.invokeExact(cap(), cstr(a, path), b);
            return r < 0 ? null : b.asSlice(0, 88).toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- process ----------------------------------------------------------------------------

    public static int getpid() {
        return call(GETID);
    }

    public static int getppid() {
        return call(GETPPID);
    }

    /** getuid, geteuid, getgid, getegid, as unsigned values. */
    public static long getuid() {
        return Integer.toUnsignedLong(call(GETUID));
    }

    public static long geteuid() {
        return Integer.toUnsignedLong(call(GETEUID));
    }

    public static long getgid() {
        return Integer.toUnsignedLong(call(GETGID));
    }

    public static long getegid() {
        return Integer.toUnsignedLong(call(GETEGID));
    }

    public static int getpgrp() {
        return call(GETPGRP);
    }

    public static int getpgid(int pid) {
        return call(GETPGID, pid);
    }

    public static int getsid(int pid) {
        return call(GETSID, pid);
    }

    /** system(3): the wait status of {@code /bin/sh -c command}, or -1 with errno set. */
    public static int system(byte[] command) {
        return withPath(command, p -> (int) SYSTEM.invokeExact(cap(), p));
    }

    /** abort(3). */
    public static void abort() {
        try {
            ABORT.invokeExact(cap());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getloadavg(3): the 1, 5 and 15 minute averages, or null. */
    public static double[] getloadavg() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(ValueLayout.JAVA_DOUBLE, 3);
            int r = (int) GETLOADAVG.invokeExact(cap(), b, 3);
            return r != 3 ? null : b.toArray(ValueLayout.JAVA_DOUBLE);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** ttyname_r(3): the terminal's path, or null with the error number in errno(). */
    public static byte[] ttyname(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(4096);
            int r = (int) TTYNAME_R.invokeExact(cap(), fd, b, 4096L);
            if (r != 0) {
                ERRNO.set(cap(), 0L, r);
                return null;
            }
            return bytesAt(b);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int umask(int mask) {
        return call(UMASK, mask);
    }

    public static int kill(int pid, int sig) {
        return call(KILL, pid, sig);
    }

    public static long sysconf(int name) {
        try {
            return (long) SYSCONF.invokeExact(cap(), name);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** times(2): {user, system, children user, children system, elapsed} in clock ticks, or null. */
    public static long[] times() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tms = a.allocate(JAVA_LONG, 4);
            long c = (long) TIMES.invokeExact(cap(), tms);
            if (c == -1) return null;
            return new long[] {tms.getAtIndex(JAVA_LONG, 0), tms.getAtIndex(JAVA_LONG, 1),
                tms.getAtIndex(JAVA_LONG, 2), tms.getAtIndex(JAVA_LONG, 3), c};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** uname(2): sysname, nodename, release, version, machine; or null with errno set. */
    public static byte[][] uname() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment u = a.allocate(65 * 6);
            if ((int) UNAME.invokeExact(cap(), u) < 0) return null;
            byte[][] r = new byte[5][];
            for (int i = 0; i < 5; i++) r[i] = bytesAt(u.asSlice(65L * i));
            return r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getlogin(3), or null with errno set. */
    public static byte[] getlogin() {
        try {
            return bytesAt((MemorySegment) GETLOGIN.invokeExact(cap()));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** strerror(3)'s text for {@code errnum}. */
    public static String strerror(int errnum) {
        try {
            byte[] b = bytesAt((MemorySegment) STRERROR.invokeExact(cap(), errnum));
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- environment ------------------------------------------------------------------------

    public static int setenv(byte[] name, byte[] value) {
        return withPaths(name, value, (p, q) -> (int) SETENV.invokeExact(cap(), p, q, 1));
    }

    public static int unsetenv(byte[] name) {
        return withPath(name, p -> (int) UNSETENV.invokeExact(cap(), p));
    }

    /** The process's environment as C's {@code environ} holds it: "NAME=value" byte strings. */
    public static List<byte[]> environ() {
        List<byte[]> out = new ArrayList<>();
        MemorySegment var = LOOKUP.find("environ").orElseThrow().reinterpret(ADDRESS.byteSize());
        MemorySegment list = var.get(ADDRESS, 0).reinterpret(Long.MAX_VALUE);
        for (long i = 0; ; i++) {
            MemorySegment p = list.getAtIndex(ADDRESS, i);
            if (p.equals(MemorySegment.NULL)) return out;
            out.add(bytesAt(p));
        }
    }
}
