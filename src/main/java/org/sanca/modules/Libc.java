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
 * and Memory API, each MethodHandle made once (on first use), with errno captured per call into a
 * per-thread segment.
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
    /** The layout of a downcall's captured errno (captureCallState("errno")). */
    static final MemoryLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
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
                errno = ((MemorySegment) ErrnoLocation.H.invokeExact()).reinterpret(4);
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The downcall handle of C function name, capturing errno into a CAPTURE_LAYOUT segment (its first argument). */
    static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... extra) {
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

    // Each downcall handle lives in a holder class of its own, so that it is made (a few milliseconds
    // each) on first use rather than all at start-up; the JIT sees each as a constant.

    private static final class Openat {
        static final MethodHandle H = fn("openat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(3));
    }
    private static final class Close { static final MethodHandle H = fn("close", ints(1)); }
    private static final class Read {
        static final MethodHandle H = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    }
    private static final class Write {
        static final MethodHandle H = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    }
    private static final class Lseek {
        static final MethodHandle H = fn("lseek", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT));
    }
    private static final class Fsync { static final MethodHandle H = fn("fsync", ints(1)); }
    private static final class Dup { static final MethodHandle H = fn("dup", ints(1)); }
    private static final class Dup3 { static final MethodHandle H = fn("dup3", ints(3)); }
    private static final class Dup2 { static final MethodHandle H = fn("dup2", ints(2)); }
    private static final class Pipe2 {
        static final MethodHandle H = fn("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Isatty { static final MethodHandle H = fn("isatty", ints(1)); }
    private static final class Ftruncate {
        static final MethodHandle H = fn("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
    }
    private static final class Truncate {
        static final MethodHandle H = fn("truncate", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }
    private static final class Umask { static final MethodHandle H = fn("umask", ints(1)); }
    private static final class Kill { static final MethodHandle H = fn("kill", ints(2)); }
    private static final class Fcntl {
        static final MethodHandle H = fn("fcntl", ints(3), Linker.Option.firstVariadicArg(2));
    }
    private static final class Ioctl {
        static final MethodHandle H = fn(
            "ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    }
    private static final class Statx {
        static final MethodHandle H = fn(
            "statx", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    }
    private static final class Opendir {
        static final MethodHandle H = fn("opendir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }
    private static final class Fdopendir {
        static final MethodHandle H = fn("fdopendir", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }
    private static final class Readdir {
        static final MethodHandle H = fn("readdir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }
    private static final class Rewinddir {
        static final MethodHandle H = fn("rewinddir", FunctionDescriptor.ofVoid(ADDRESS));
    }
    private static final class Closedir {
        static final MethodHandle H = fn("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }
    private static final class Getcwd {
        static final MethodHandle H = fn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    }
    private static final class Chdir {
        static final MethodHandle H = fn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }
    private static final class Fchdir { static final MethodHandle H = fn("fchdir", ints(1)); }
    private static final class Mkdirat {
        static final MethodHandle H = fn("mkdirat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Unlinkat {
        static final MethodHandle H = fn("unlinkat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Renameat {
        static final MethodHandle H = fn(
            "renameat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    }
    private static final class Readlinkat {
        static final MethodHandle H = fn(
            "readlinkat", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    }
    private static final class Symlinkat {
        static final MethodHandle H = fn("symlinkat", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    }
    private static final class Linkat {
        static final MethodHandle H = fn(
            "linkat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Faccessat {
        static final MethodHandle H = fn(
            "faccessat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    }
    private static final class Fchmodat {
        static final MethodHandle H = fn(
            "fchmodat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    }
    private static final class Fchmod { static final MethodHandle H = fn("fchmod", ints(2)); }
    private static final class Utimensat {
        static final MethodHandle H = fn(
            "utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }
    private static final class Futimens {
        static final MethodHandle H = fn("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }
    private static final class Setenv {
        static final MethodHandle H = fn("setenv", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }
    private static final class Unsetenv {
        static final MethodHandle H = fn("unsetenv", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }
    private static final class Uname {
        static final MethodHandle H = fn("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }
    private static final class Times {
        static final MethodHandle H = fn("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }
    private static final class Sysconf {
        static final MethodHandle H = fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    }
    private static final class Getlogin {
        static final MethodHandle H = fn("getlogin", FunctionDescriptor.of(ADDRESS));
    }
    private static final class Strerror {
        static final MethodHandle H = fn("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }
    private static final class Execve {
        static final MethodHandle H = fn("execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    }
    private static final class Fexecve {
        static final MethodHandle H = fn("fexecve", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }
    private static final class Getgroups {
        static final MethodHandle H = fn("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }
    private static final class Killpg { static final MethodHandle H = fn("killpg", ints(2)); }
    private static final class Setsid { static final MethodHandle H = fn("setsid", ints(0)); }
    private static final class Setpgid { static final MethodHandle H = fn("setpgid", ints(2)); }
    private static final class Sync { static final MethodHandle H = fn("sync", FunctionDescriptor.ofVoid()); }
    private static final class Nice { static final MethodHandle H = fn("nice", ints(1)); }
    private static final class Getpriority { static final MethodHandle H = fn("getpriority", ints(2)); }
    private static final class Setpriority { static final MethodHandle H = fn("setpriority", ints(3)); }
    private static final class Mkfifoat {
        static final MethodHandle H = fn("mkfifoat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Mknodat {
        static final MethodHandle H = fn("mknodat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG));
    }
    private static final class Spawn {
        static final FunctionDescriptor FD =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
        static final MethodHandle SPAWN = fn("posix_spawn", FD), SPAWNP = fn("posix_spawnp", FD);
        static final MethodHandle ACTIONS_INIT = fn("posix_spawn_file_actions_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ACTIONS_DESTROY = fn("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ADD_OPEN = fn("posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle ADD_CLOSE = fn("posix_spawn_file_actions_addclose",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle ADD_DUP2 = fn("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle ATTR_INIT = fn("posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ATTR_DESTROY = fn("posix_spawnattr_destroy",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SET_FLAGS = fn("posix_spawnattr_setflags",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
        static final MethodHandle SET_PGROUP = fn("posix_spawnattr_setpgroup",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle SET_SIGMASK = fn("posix_spawnattr_setsigmask",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle SET_SIGDEFAULT = fn("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle SIGEMPTYSET = fn("sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SIGADDSET = fn("sigaddset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Waitpid {
        static final MethodHandle H = fn("waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Affinity {
        static final FunctionDescriptor FD = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);
        static final MethodHandle GET = fn("sched_getaffinity", FD), SET = fn("sched_setaffinity", FD);
        static final MethodHandle YIELD = fn("sched_yield", ints(0));
    }
    private static final class MemfdCreate {
        static final MethodHandle H = fn("memfd_create", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class Eventfd { static final MethodHandle H = fn("eventfd", ints(2)); }
    private static final class Getres {
        static final FunctionDescriptor FD = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
        static final MethodHandle UID = fn("getresuid", FD), GID = fn("getresgid", FD);
    }
    private static final class Getrandom {
        static final MethodHandle H = fn("getrandom", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT));
    }
    private static final class Tcpgrp {
        static final MethodHandle GET = fn("tcgetpgrp", ints(1)), SET = fn("tcsetpgrp", ints(2));
    }
    private static final class Lockf {
        static final MethodHandle H = fn("lockf", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    }
    private static final class Confstr {
        static final MethodHandle H = fn("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    }
    private static final class Pathconf {
        static final MethodHandle H = fn("pathconf", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT));
    }
    private static final class Fpathconf {
        static final MethodHandle H = fn("fpathconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT));
    }
    private static final class Getpwuid {
        static final MethodHandle H = fn("getpwuid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }
    private static final class Getpwnam {
        static final MethodHandle H = fn("getpwnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }
    private static final class Getgrgid {
        static final MethodHandle H = fn("getgrgid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }
    private static final class Getgrnam {
        static final MethodHandle H = fn("getgrnam_r",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }
    private static final class Setgrent { static final MethodHandle H = fn("setgrent", FunctionDescriptor.ofVoid()); }
    private static final class Getgrent {
        static final MethodHandle H = fn("getgrent", FunctionDescriptor.of(ADDRESS));
    }
    private static final class Endgrent { static final MethodHandle H = fn("endgrent", FunctionDescriptor.ofVoid()); }
    private static final class Setpwent { static final MethodHandle H = fn("setpwent", FunctionDescriptor.ofVoid()); }
    private static final class Getpwent {
        static final MethodHandle H = fn("getpwent", FunctionDescriptor.of(ADDRESS));
    }
    private static final class Endpwent { static final MethodHandle H = fn("endpwent", FunctionDescriptor.ofVoid()); }
    private static final class ErrnoLocation {
        static final MethodHandle H = LINKER.downcallHandle(
             LOOKUP.find("__errno_location").orElseThrow(), FunctionDescriptor.of(ADDRESS));
    }
    private static final class Fchownat {
        static final MethodHandle H = fn(
            "fchownat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }
    private static final class Fchown { static final MethodHandle H = fn("fchown", ints(3)); }
    private static final class Fdatasync { static final MethodHandle H = fn("fdatasync", ints(1)); }
    private static final class Pread {
        static final MethodHandle H = fn(
            "pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    }
    private static final class Pwrite {
        static final MethodHandle H = fn(
            "pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    }
    private static final class Statvfs {
        static final MethodHandle H = fn("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }
    private static final class Fstatvfs {
        static final MethodHandle H = fn("fstatvfs", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }
    private static final class Getpgrp { static final MethodHandle H = fn("getpgrp", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Getpgid { static final MethodHandle H = fn("getpgid", ints(1)); }
    private static final class Getsid { static final MethodHandle H = fn("getsid", ints(1)); }
    private static final class Shell {
        static final MethodHandle H = fn("system", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }
    private static final class Abort { static final MethodHandle H = fn("abort", FunctionDescriptor.ofVoid()); }
    private static final class Getloadavg {
        static final MethodHandle H = fn("getloadavg", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }
    private static final class TtynameR {
        static final MethodHandle H = fn("ttyname_r", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    }
    private static final class Getid { static final MethodHandle H = fn("getpid", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Getppid { static final MethodHandle H = fn("getppid", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Getuid { static final MethodHandle H = fn("getuid", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Geteuid { static final MethodHandle H = fn("geteuid", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Getgid { static final MethodHandle H = fn("getgid", FunctionDescriptor.of(JAVA_INT)); }
    private static final class Getegid { static final MethodHandle H = fn("getegid", FunctionDescriptor.of(JAVA_INT)); }

    /** The errno left by this thread's last call that failed. */
    /** The errno captured in a CAPTURE_LAYOUT segment, or sets it. */
    static int errnoOf(MemorySegment capture) {
        return (int) ERRNO.get(capture, 0L);
    }

    static void setErrno(MemorySegment capture, int value) {
        ERRNO.set(capture, 0L, value);
    }

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
            return (int) Openat.H.invokeExact(cap(), dirfd, path(path, false), flags, mode);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int close(int fd) {
        try {
            return (int) Close.H.invokeExact(cap(), fd);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** read(2) into native memory. */
    public static long read(int fd, MemorySegment buf, long count) {
        try {
            return (long) Read.H.invokeExact(cap(), fd, buf, count);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** write(2) from native memory. */
    public static long write(int fd, MemorySegment buf, long count) {
        try {
            return (long) Write.H.invokeExact(cap(), fd, buf, count);
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
            return (long) Lseek.H.invokeExact(cap(), fd, offset, whence);
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
        return call(Fsync.H, fd);
    }

    public static int dup(int fd) {
        return call(Dup.H, fd);
    }

    public static int dup2(int fd, int fd2) {
        return call(Dup2.H, fd, fd2);
    }

    public static int dup3(int fd, int fd2, int flags) {
        return call(Dup3.H, fd, fd2, flags);
    }

    /** pipe2(2): {read end, write end}, or null with errno set. */
    public static int[] pipe2(int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(JAVA_INT, 2);
            int r = (int) Pipe2.H.invokeExact(cap(), fds, flags);
            return r < 0 ? null : new int[] {fds.get(JAVA_INT, 0), fds.get(JAVA_INT, 4)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int isatty(int fd) {
        return call(Isatty.H, fd);
    }

    public static int ftruncate(int fd, long length) {
        try {
            return (int) Ftruncate.H.invokeExact(cap(), fd, length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int truncate(byte[] path, long length) {
        try {
            return (int) Truncate.H.invokeExact(cap(), path(path, false), length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fcntl(2) with an int argument. */
    public static int fcntl(int fd, int cmd, int arg) {
        return call(Fcntl.H, fd, cmd, arg);
    }

    /** ioctl(TIOCGWINSZ): {columns, lines}, or null with errno set. */
    public static int[] windowSize(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ws = a.allocate(8);
            int r = (int) Ioctl.H.invokeExact(cap(), fd, 0x5413L, ws);
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
            int r = (int) Statx.H.invokeExact(cap(), dirfd, p, flags, STATX_BASIC_STATS, b);
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
            return (MemorySegment) Opendir.H.invokeExact(cap(), path(path, false));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fdopendir(3): a DIR* owning {@code fd}, or NULL with errno set. */
    public static MemorySegment fdopendir(int fd) {
        try {
            return (MemorySegment) Fdopendir.H.invokeExact(cap(), fd);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** readdir(3): the next entry, or null at the end (errno() is then 0) or on error. */
    public static Dirent readdir(MemorySegment dir) {
        try {
            Scratch s = SCRATCH.get();
            s.errno.set(JAVA_INT, 0, 0);
            MemorySegment e = (MemorySegment) Readdir.H.invokeExact(s.capture, dir);
            if (e.equals(MemorySegment.NULL)) return null;
            MemorySegment d = e.reinterpret(24 + 256);
            byte[] raw = new byte[Short.toUnsignedInt(d.get(JAVA_SHORT, 16)) - 19];
            MemorySegment.copy(d, JAVA_BYTE, 19, raw, 0, raw.length);
            int n = 0;
            while (n < raw.length && raw[n] != 0) n++;
            return new Dirent(java.util.Arrays.copyOf(raw, n), d.get(JAVA_LONG, 0),
                Byte.toUnsignedInt(d.get(JAVA_BYTE, 18)));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void rewinddir(MemorySegment dir) {
        try {
            Rewinddir.H.invokeExact(cap(), dir);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int closedir(MemorySegment dir) {
        try {
            return (int) Closedir.H.invokeExact(cap(), dir);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getcwd(3): the current directory's bytes, or null with errno set. */
    public static byte[] getcwd() {
        for (long size = 1024; ; size *= 2) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(size);
                MemorySegment r = (MemorySegment) Getcwd.H.invokeExact(cap(), buf, size);
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
        return withPath(path, p -> (int) Chdir.H.invokeExact(cap(), p));
    }

    public static int fchdir(int fd) {
        return call(Fchdir.H, fd);
    }

    public static int mkdirat(int dirfd, byte[] path, int mode) {
        return withPath(path, p -> (int) Mkdirat.H.invokeExact(cap(), dirfd, p, mode));
    }

    public static int unlinkat(int dirfd, byte[] path, int flags) {
        return withPath(path, p -> (int) Unlinkat.H.invokeExact(cap(), dirfd, p, flags));
    }

    public static int renameat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath) {
        return withPaths(oldpath, newpath, (p, q) -> (int) Renameat.H.invokeExact(cap(), olddirfd, p, newdirfd, q));
    }

    public static int symlinkat(byte[] target, int newdirfd, byte[] linkpath) {
        return withPaths(target, linkpath, (p, q) -> (int) Symlinkat.H.invokeExact(cap(), p, newdirfd, q));
    }

    public static int linkat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags) {
        return withPaths(oldpath, newpath,
            (p, q) -> (int) Linkat.H.invokeExact(cap(), olddirfd, p, newdirfd, q, flags));
    }

    /** readlinkat(2): the link's target, or null with errno set. */
    public static byte[] readlinkat(int dirfd, byte[] path) {
        for (long size = 1024; ; size *= 4) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(size);
                long n = (long) Readlinkat.H.invokeExact(cap(), dirfd, cstr(a, path), buf, size);
                if (n < 0) return null;
                if (n < size) return buf.asSlice(0, n).toArray(JAVA_BYTE);
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    public static int faccessat(int dirfd, byte[] path, int mode, int flags) {
        return withPath(path, p -> (int) Faccessat.H.invokeExact(cap(), dirfd, p, mode, flags));
    }

    public static int fchmodat(int dirfd, byte[] path, int mode, int flags) {
        return withPath(path, p -> (int) Fchmodat.H.invokeExact(cap(), dirfd, p, mode, flags));
    }

    public static int fchmod(int fd, int mode) {
        return call(Fchmod.H, fd, mode);
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
            return path == null ? (int) Futimens.H.invokeExact(cap(), fd, ts)
                : (int) Utimensat.H.invokeExact(cap(), fd, cstr(a, path), ts, flags);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** fchownat(2); uid or gid -1 leaves that one unchanged. */
    public static int fchownat(int dirfd, byte[] path, int uid, int gid, int flags) {
        return withPath(path, p -> (int) Fchownat.H.invokeExact(cap(), dirfd, p, uid, gid, flags));
    }

    public static int fchown(int fd, int uid, int gid) {
        return call(Fchown.H, fd, uid, gid);
    }

    public static int fdatasync(int fd) {
        return call(Fdatasync.H, fd);
    }

    /** pread(2) of up to {@code n} bytes at {@code offset}: the bytes, or null with errno set. */
    public static byte[] pread(int fd, int n, long offset) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(n, 1));
            long got = (long) Pread.H.invokeExact(cap(), fd, buf, (long) n, offset);
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
            return (long) Pwrite.H.invokeExact(cap(), fd, buf, (long) b.length, offset);
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
            int r = path == null ? (int) Fstatvfs.H.invokeExact(cap(), fd, b)
                : (int) Statvfs.H.invokeExact(cap(), cstr(a, path), b);
            return r < 0 ? null : b.asSlice(0, 88).toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- process ----------------------------------------------------------------------------

    public static int getpid() {
        return call(Getid.H);
    }

    public static int getppid() {
        return call(Getppid.H);
    }

    /** getuid, geteuid, getgid, getegid, as unsigned values. */
    public static long getuid() {
        return Integer.toUnsignedLong(call(Getuid.H));
    }

    public static long geteuid() {
        return Integer.toUnsignedLong(call(Geteuid.H));
    }

    public static long getgid() {
        return Integer.toUnsignedLong(call(Getgid.H));
    }

    public static long getegid() {
        return Integer.toUnsignedLong(call(Getegid.H));
    }

    /** A NULL-terminated array of C strings (argv, envp) in {@code arena}. */
    private static MemorySegment cstrings(Arena arena, List<byte[]> items) {
        MemorySegment array = arena.allocate(ADDRESS, items.size() + 1L);
        for (int i = 0; i < items.size(); i++) array.setAtIndex(ADDRESS, i, cstr(arena, items.get(i)));
        array.setAtIndex(ADDRESS, items.size(), MemorySegment.NULL);
        return array;
    }

    /**
     * execve(2) of {@code path}, or fexecve(3) of {@code fd} when the path is null; {@code env} null
     * keeps the current environment. Returns only on failure (-1, errno set).
     */
    public static int execve(int fd, byte[] path, List<byte[]> argv, List<byte[]> env) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment args = cstrings(a, argv);
            MemorySegment envp = env == null ? environPointer() : cstrings(a, env);
            return path == null ? (int) Fexecve.H.invokeExact(cap(), fd, args, envp)
                : (int) Execve.H.invokeExact(cap(), cstr(a, path), args, envp);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getgroups(2): the supplementary group ids, or null with errno set. */
    public static long[] getgroups() {
        try (Arena a = Arena.ofConfined()) {
            int n = (int) Getgroups.H.invokeExact(cap(), 0, MemorySegment.NULL);
            if (n < 0) return null;
            MemorySegment list = a.allocate(JAVA_INT, Math.max(n, 1));
            n = (int) Getgroups.H.invokeExact(cap(), n, list);
            if (n < 0) return null;
            long[] out = new long[n];
            for (int i = 0; i < n; i++) out[i] = Integer.toUnsignedLong(list.getAtIndex(JAVA_INT, i));
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** One posix_spawn file action: OPEN (fd, path, flags, mode), CLOSE (fd) or DUP2 (fd, newFd). */
    public record SpawnAction(int kind, int fd, int newFd, byte[] path, int flags, int mode) {
        public static final int OPEN = 0, CLOSE = 1, DUP2 = 2;
    }

    /** What posix_spawn's attributes say: POSIX_SPAWN_* flags, the process group and signal sets. */
    public record SpawnAttributes(int flags, int pgroup, int[] sigmask, int[] sigdefault) {
        public static final int RESETIDS = 0x01, SETPGROUP = 0x02, SETSIGDEF = 0x04, SETSIGMASK = 0x08,
            SETSID = 0x80;
    }

    /**
     * posix_spawn(3), or posix_spawnp(3) when {@code searchPath}: returns 0 and the child's pid in
     * {@code pid[0]}, or the error number.
     */
    public static int posixSpawn(boolean searchPath, byte[] path, List<byte[]> argv, List<byte[]> env,
                                 List<SpawnAction> actions, SpawnAttributes attrs, int[] pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fa = a.allocate(256, 16), attr = a.allocate(512, 16), pidp = a.allocate(JAVA_INT);
            int r = callSeg(Spawn.ACTIONS_INIT, fa);
            if (r != 0) return r;
            try {
                r = addActions(a, fa, actions);
                if (r != 0) return r;
                r = callSeg(Spawn.ATTR_INIT, attr);
                if (r != 0) return r;
                try {
                    r = setAttributes(a, attr, attrs);
                    if (r != 0) return r;
                    MemorySegment envp = env == null ? environPointer() : cstrings(a, env);
                    MethodHandle h = searchPath ? Spawn.SPAWNP : Spawn.SPAWN;
                    r = (int) h.invokeExact(cap(), pidp, cstr(a, path), fa, attr, cstrings(a, argv), envp);
                    pid[0] = pidp.get(JAVA_INT, 0);
                    return r;
                } finally {
                    callSeg(Spawn.ATTR_DESTROY, attr);
                }
            } finally {
                callSeg(Spawn.ACTIONS_DESTROY, fa);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int addActions(Arena a, MemorySegment fa, List<SpawnAction> actions) throws Throwable {
        for (SpawnAction act : actions) {
            int r = switch (act.kind()) {
                case SpawnAction.OPEN -> (int) Spawn.ADD_OPEN.invokeExact(cap(), fa, act.fd(), cstr(a, act.path()),
                    act.flags(), act.mode());
                case SpawnAction.CLOSE -> (int) Spawn.ADD_CLOSE.invokeExact(cap(), fa, act.fd());
                default -> (int) Spawn.ADD_DUP2.invokeExact(cap(), fa, act.fd(), act.newFd());
            };
            if (r != 0) return r;
        }
        return 0;
    }

    private static int setAttributes(Arena a, MemorySegment attr, SpawnAttributes attrs) throws Throwable {
        int r = (int) Spawn.SET_FLAGS.invokeExact(cap(), attr, (short) attrs.flags());
        if (r == 0 && (attrs.flags() & SpawnAttributes.SETPGROUP) != 0)
            r = (int) Spawn.SET_PGROUP.invokeExact(cap(), attr, attrs.pgroup());
        if (r == 0 && (attrs.flags() & SpawnAttributes.SETSIGMASK) != 0)
            r = (int) Spawn.SET_SIGMASK.invokeExact(cap(), attr, sigset(a, attrs.sigmask()));
        if (r == 0 && (attrs.flags() & SpawnAttributes.SETSIGDEF) != 0)
            r = (int) Spawn.SET_SIGDEFAULT.invokeExact(cap(), attr, sigset(a, attrs.sigdefault()));
        return r;
    }

    private static MemorySegment sigset(Arena a, int[] signals) throws Throwable {
        MemorySegment set = a.allocate(128, 8);
        callSeg(Spawn.SIGEMPTYSET, set);
        for (int sig : signals) {
            int unused = (int) Spawn.SIGADDSET.invokeExact(cap(), set, sig);
        }
        return set;
    }

    private static int callSeg(MethodHandle h, MemorySegment s) throws Throwable {
        return (int) h.invokeExact(cap(), s);
    }

    /** waitpid(2): {pid, status}, or null with errno set. */
    public static int[] waitpid(int pid, int options) {
        try {
            MemorySegment status = struct(4);
            int r = (int) Waitpid.H.invokeExact(cap(), pid, status, options);
            return r < 0 ? null : new int[] {r, status.get(JAVA_INT, 0)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** sched_getaffinity(2): the CPUs {@code pid} may run on, or null with errno set. */
    public static java.util.BitSet schedGetaffinity(int pid) {
        for (long size = 128; ; size *= 4) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment mask = a.allocate(size, 8);
                int r = (int) Affinity.GET.invokeExact(cap(), pid, size, mask);
                if (r == 0) return java.util.BitSet.valueOf(mask.toArray(JAVA_LONG));
                if (errno() != 22 || size > (1 << 20)) return null;
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    /** sched_setaffinity(2). */
    public static int schedSetaffinity(int pid, java.util.BitSet cpus) {
        long[] words = cpus.toLongArray();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment mask = a.allocate(JAVA_LONG, Math.max(words.length, 16));
            MemorySegment.copy(words, 0, mask, JAVA_LONG, 0, words.length);
            return (int) Affinity.SET.invokeExact(cap(), pid, mask.byteSize(), mask);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int schedYield() {
        return call(Affinity.YIELD);
    }

    /** memfd_create(2): a new anonymous file's descriptor, or -1 with errno set. */
    public static int memfdCreate(byte[] name, int flags) {
        return withPath(name, p -> (int) MemfdCreate.H.invokeExact(cap(), p, flags));
    }

    /** eventfd(2): a new event counter's descriptor, or -1 with errno set. */
    public static int eventfd(int initval, int flags) {
        return call(Eventfd.H, initval, flags);
    }

    /** getresuid(2) or getresgid(2): {real, effective, saved} ids, or null with errno set. */
    public static long[] getres(boolean gids) {
        try {
            MemorySegment ids = struct(12);
            MethodHandle h = gids ? Getres.GID : Getres.UID;
            int r = (int) h.invokeExact(cap(), ids, ids.asSlice(4), ids.asSlice(8));
            return r < 0 ? null : new long[] {u32(ids, 0), u32(ids, 4), u32(ids, 8)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getrandom(2) of {@code n} bytes (fewer if interrupted), or null with errno set. */
    public static byte[] getrandom(int n, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(n, 1));
            long got = (long) Getrandom.H.invokeExact(cap(), buf, (long) n, flags);
            return got < 0 ? null : buf.asSlice(0, got).toArray(JAVA_BYTE);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int tcgetpgrp(int fd) {
        return call(Tcpgrp.GET, fd);
    }

    public static int tcsetpgrp(int fd, int pgrp) {
        return call(Tcpgrp.SET, fd, pgrp);
    }

    public static int lockf(int fd, int command, long length) {
        try {
            return (int) Lockf.H.invokeExact(cap(), fd, command, length);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int killpg(int pgid, int sig) {
        return call(Killpg.H, pgid, sig);
    }

    public static int setsid() {
        return call(Setsid.H);
    }

    public static int setpgid(int pid, int pgrp) {
        return call(Setpgid.H, pid, pgrp);
    }

    public static void sync() {
        try {
            Sync.H.invokeExact(cap());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** nice(2): the new niceness; -1 is an error only when errno() is not 0. */
    public static int nice(int increment) {
        SCRATCH.get().errno.set(JAVA_INT, 0, 0);
        return call(Nice.H, increment);
    }

    /** getpriority(2): the priority; -1 is an error only when errno() is not 0. */
    public static int getpriority(int which, int who) {
        SCRATCH.get().errno.set(JAVA_INT, 0, 0);
        return call(Getpriority.H, which, who);
    }

    public static int setpriority(int which, int who, int prio) {
        return call(Setpriority.H, which, who, prio);
    }

    public static int mkfifoat(int dirfd, byte[] path, int mode) {
        return withPath(path, p -> (int) Mkfifoat.H.invokeExact(cap(), dirfd, p, mode));
    }

    public static int mknodat(int dirfd, byte[] path, int mode, long device) {
        return withPath(path, p -> (int) Mknodat.H.invokeExact(cap(), dirfd, p, mode, device));
    }

    public static int getpgrp() {
        return call(Getpgrp.H);
    }

    public static int getpgid(int pid) {
        return call(Getpgid.H, pid);
    }

    public static int getsid(int pid) {
        return call(Getsid.H, pid);
    }

    /** system(3): the wait status of {@code /bin/sh -c command}, or -1 with errno set. */
    public static int system(byte[] command) {
        return withPath(command, p -> (int) Shell.H.invokeExact(cap(), p));
    }

    /** abort(3). */
    public static void abort() {
        try {
            Abort.H.invokeExact(cap());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getloadavg(3): the 1, 5 and 15 minute averages, or null. */
    public static double[] getloadavg() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(ValueLayout.JAVA_DOUBLE, 3);
            int r = (int) Getloadavg.H.invokeExact(cap(), b, 3);
            return r != 3 ? null : b.toArray(ValueLayout.JAVA_DOUBLE);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** ttyname_r(3): the terminal's path, or null with the error number in errno(). */
    public static byte[] ttyname(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(4096);
            int r = (int) TtynameR.H.invokeExact(cap(), fd, b, 4096L);
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
        return call(Umask.H, mask);
    }

    public static int kill(int pid, int sig) {
        return call(Kill.H, pid, sig);
    }

    /** sysconf(3); -1 with errno() 0 means "no limit". */
    public static long sysconf(int name) {
        try {
            SCRATCH.get().errno.set(JAVA_INT, 0, 0);
            return (long) Sysconf.H.invokeExact(cap(), name);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** pathconf(3) of {@code path}, or fpathconf(3) of {@code fd} when the path is null; as sysconf. */
    public static long pathconf(int fd, byte[] path, int name) {
        try {
            SCRATCH.get().errno.set(JAVA_INT, 0, 0);
            return path == null ? (long) Fpathconf.H.invokeExact(cap(), fd, name)
                : (long) Pathconf.H.invokeExact(cap(), path(path, false), name);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** confstr(3): the value's bytes, or null (errno() 0: no value; else the error). */
    public static byte[] confstr(int name) {
        try {
            SCRATCH.get().errno.set(JAVA_INT, 0, 0);
            long n = (long) Confstr.H.invokeExact(cap(), name, MemorySegment.NULL, 0L);
            if (n == 0) return null;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(n);
                long m = (long) Confstr.H.invokeExact(cap(), name, buf, n);
                return m == 0 ? null : bytesAt(buf);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** times(2): {user, system, children user, children system, elapsed} in clock ticks, or null. */
    public static long[] times() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment tms = a.allocate(JAVA_LONG, 4);
            long c = (long) Times.H.invokeExact(cap(), tms);
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
            if ((int) Uname.H.invokeExact(cap(), u) < 0) return null;
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
            return bytesAt((MemorySegment) Getlogin.H.invokeExact(cap()));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** strerror(3)'s text for {@code errnum}. */
    public static String strerror(int errnum) {
        try {
            byte[] b = bytesAt((MemorySegment) Strerror.H.invokeExact(cap(), errnum));
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- the password and group databases ---------------------------------------------------

    /** One entry of the password database (struct passwd). */
    public record Passwd(byte[] name, byte[] passwd, long uid, long gid, byte[] gecos, byte[] dir, byte[] shell) {}

    private static Passwd passwdAt(MemorySegment p) {
        MemorySegment pw = p.reinterpret(48);
        return new Passwd(bytesAt(pw.get(ADDRESS, 0)), bytesAt(pw.get(ADDRESS, 8)), u32(pw, 16), u32(pw, 20),
            bytesAt(pw.get(ADDRESS, 24)), bytesAt(pw.get(ADDRESS, 32)), bytesAt(pw.get(ADDRESS, 40)));
    }

    /** One entry of the group database (struct group). */
    public record Group(byte[] name, byte[] passwd, long gid, List<byte[]> members) {}

    private static Group groupAt(MemorySegment p) {
        MemorySegment gr = p.reinterpret(32);
        List<byte[]> members = new ArrayList<>();
        MemorySegment mem = gr.get(ADDRESS, 24).reinterpret(Long.MAX_VALUE);
        for (long i = 0; !mem.getAtIndex(ADDRESS, i).equals(MemorySegment.NULL); i++) {
            members.add(bytesAt(mem.getAtIndex(ADDRESS, i)));
        }
        return new Group(bytesAt(gr.get(ADDRESS, 0)), bytesAt(gr.get(ADDRESS, 8)), u32(gr, 16), members);
    }

    /** A *_r lookup filling an entry struct, a buffer and the result pointer; returns an error number. */
    @FunctionalInterface
    private interface EntryCall {
        int call(MemorySegment entry, MemorySegment buf, long size, MemorySegment result) throws Throwable;
    }

    /**
     * A getpw*_r/getgr*_r lookup with a buffer grown on ERANGE: the entry read by {@code read}, or null
     * (errno() then holds the error, 0 when there is no such entry).
     */
    private static <T> T lookupEntry(EntryCall c, java.util.function.Function<MemorySegment, T> read) {
        for (long size = 1024; ; size *= 4) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment entry = a.allocate(64, 8), buf = a.allocate(size), result = a.allocate(ADDRESS);
                int r = c.call(entry, buf, size, result);
                if (r == ERANGE) continue;
                ERRNO.set(cap(), 0L, r);
                return r != 0 || result.get(ADDRESS, 0).equals(MemorySegment.NULL) ? null : read.apply(entry);
            } catch (Throwable t) {
                throw fail(t);
            }
        }
    }

    /** Walks a database with its set/get/end calls (not thread-safe, as in C). */
    private static <T> List<T> walkEntries(MethodHandle set, MethodHandle get, MethodHandle end,
                                           java.util.function.Function<MemorySegment, T> read) {
        List<T> out = new ArrayList<>();
        try {
            set.invokeExact(cap());
            for (MemorySegment p; !(p = (MemorySegment) get.invokeExact(cap())).equals(MemorySegment.NULL); ) {
                out.add(read.apply(p));
            }
            end.invokeExact(cap());
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getgrgid_r(3). */
    public static Group getgrgid(int gid) {
        return lookupEntry((gr, buf, size, result) ->
            (int) Getgrgid.H.invokeExact(cap(), gid, gr, buf, size, result), Libc::groupAt);
    }

    /** getgrnam_r(3). */
    public static Group getgrnam(byte[] name) {
        return lookupEntry((gr, buf, size, result) ->
            (int) Getgrnam.H.invokeExact(cap(), path(name, false), gr, buf, size, result), Libc::groupAt);
    }

    /** Every group entry. */
    public static List<Group> getgrall() {
        return walkEntries(Setgrent.H, Getgrent.H, Endgrent.H, Libc::groupAt);
    }

    /** getpwuid_r(3). */
    public static Passwd getpwuid(int uid) {
        return lookupEntry((pwd, buf, size, result) ->
            (int) Getpwuid.H.invokeExact(cap(), uid, pwd, buf, size, result), Libc::passwdAt);
    }

    /** getpwnam_r(3). */
    public static Passwd getpwnam(byte[] name) {
        return lookupEntry((pwd, buf, size, result) ->
            (int) Getpwnam.H.invokeExact(cap(), path(name, false), pwd, buf, size, result), Libc::passwdAt);
    }

    /** Every password entry. */
    public static List<Passwd> getpwall() {
        return walkEntries(Setpwent.H, Getpwent.H, Endpwent.H, Libc::passwdAt);
    }

    // ---- environment ------------------------------------------------------------------------

    public static int setenv(byte[] name, byte[] value) {
        return withPaths(name, value, (p, q) -> (int) Setenv.H.invokeExact(cap(), p, q, 1));
    }

    public static int unsetenv(byte[] name) {
        return withPath(name, p -> (int) Unsetenv.H.invokeExact(cap(), p));
    }

    private static MemorySegment environPointer() {
        return LOOKUP.find("environ").orElseThrow().reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0);
    }

    /** The process's environment as C's {@code environ} holds it: "NAME=value" byte strings. */
    public static List<byte[]> environ() {
        List<byte[]> out = new ArrayList<>();
        MemorySegment list = environPointer().reinterpret(Long.MAX_VALUE);
        for (long i = 0; ; i++) {
            MemorySegment p = list.getAtIndex(ADDRESS, i);
            if (p.equals(MemorySegment.NULL)) return out;
            out.add(bytesAt(p));
        }
    }
}
