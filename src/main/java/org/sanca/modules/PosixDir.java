package org.sanca.modules;

import java.lang.foreign.MemorySegment;

import org.sanca.modules.PosixPath.Path;

/**
 * An open directory stream (a C {@code DIR*}) for listdir and scandir: opened from a path or a
 * duplicate of a file descriptor, read entry by entry without '.' and '..', closed once.
 * CPython: Modules/posixmodule.c (_posix_listdir, the scandir iterator's dirp).
 */
final class PosixDir implements AutoCloseable {
    private MemorySegment dir;

    private PosixDir(MemorySegment dir) {
        this.dir = dir;
    }

    /** Opens {@code p}'s directory (OSError naming the path or fd, but not when the fd cannot be duplicated). */
    static PosixDir open(Path p) {
        if (p.isFd()) {
            int fd = Libc.dup(p.fd());
            if (fd < 0) throw PosixPath.error(Libc.errno());
            MemorySegment d = Libc.fdopendir(fd);
            if (d.equals(MemorySegment.NULL)) {
                int errno = Libc.errno();
                Libc.close(fd);
                throw PosixPath.error(errno, p.object());
            }
            Libc.rewinddir(d);
            return new PosixDir(d);
        }
        MemorySegment d = Libc.opendir(p.bytes());
        if (d.equals(MemorySegment.NULL)) throw PosixPath.error(p);
        return new PosixDir(d);
    }

    /** The next entry other than '.' and '..', or null at the end (OSError on a read error). */
    Libc.Dirent next() {
        if (dir == null) return null;
        for (;;) {
            Libc.Dirent e = Libc.readdir(dir);
            if (e == null) {
                int errno = Libc.errno();
                if (errno != 0) throw PosixPath.error(errno);
                return null;
            }
            byte[] n = e.name();
            if (n.length == 1 && n[0] == '.' || n.length == 2 && n[0] == '.' && n[1] == '.') continue;
            return e;
        }
    }

    boolean isClosed() {
        return dir == null;
    }

    @Override
    public void close() {
        if (dir != null) {
            Libc.closedir(dir);
            dir = null;
        }
    }
}
