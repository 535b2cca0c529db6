package org.sanca.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.sanca.bytecode.Marshal;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;

/**
 * Compiled modules cached in __pycache__, as importlib's SourceFileLoader caches them: a module's
 * code comes from its .pyc when the header's source mtime and size match the source file, else it
 * is compiled and the .pyc written (unless sys.dont_write_bytecode), under Sanca's cache tag, so
 * CPython's own .pyc files beside them are left alone. The format is CPython 3.11's (PEP 552
 * timestamp header, marshal version 4), and so is the bytecode.
 * CPython: Lib/importlib/_bootstrap_external.py (cache_from_source, SourceLoader.get_code,
 * _validate_timestamp_pyc, _code_to_timestamp_pyc, _write_atomic).
 */
public final class BytecodeCache {
    private BytecodeCache() {}

    /** sys.implementation.cache_tag. */
    public static final String CACHE_TAG = "sanca-311";

    /** cache_from_source: {@code dir/__pycache__/name.sanca-311[.opt-N].pyc} for {@code dir/name.py}. */
    public static Path cachePath(Path source, int optimize) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String opt = optimize == 0 ? "" : ".opt-" + optimize;
        return source.resolveSibling("__pycache__").resolve(stem + "." + CACHE_TAG + opt + ".pyc");
    }

    /** Reads a module's source: only when its cached code cannot serve. */
    @FunctionalInterface
    public interface Source {
        byte[] read();
    }

    /**
     * The code of module source {@code file} (compiled under the name {@code filename}): from its
     * .pyc when the header matches the file's mtime and size, else read, compiled, and cached when
     * {@code write}. A .pyc that cannot be read or written is passed over silently, as importlib does.
     */
    public static PyCode code(Path file, String filename, Source source, int optimize, boolean write) {
        Path pyc = cachePath(file, optimize);
        BasicFileAttributes st = null;
        try {
            st = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            // no timestamp: neither read nor write the cache
        }
        long mtime = st == null ? -1 : st.lastModifiedTime().to(TimeUnit.SECONDS);
        if (st != null) {
            PyCode cached = read(pyc, filename, mtime, st.size());
            if (cached != null) return cached;
        }
        byte[] src = source.read();
        PyCode code = Compile.source(src, filename, "exec", 0, optimize);
        if (write && st != null) writeAtomic(pyc, Marshal.timestampPyc(code, mtime, src.length), file);
        return code;
    }

    /** Whether sys.dont_write_bytecode is false now (Python code may change it at any time). */
    public static boolean mayWrite(PySystemState state) {
        PyObject v = state.sysModule().getDict().getItem(org.sanca.objects.PyStr.of("dont_write_bytecode"));
        return v == null || !Abstract.isTrue(v);
    }

    /**
     * The code in .pyc file {@code pyc} when its header matches a source of this mtime and size
     * and its code was compiled as {@code filename}; else null.
     */
    private static PyCode read(Path pyc, String filename, long mtime, long size) {
        byte[] data;
        try {
            data = Files.readAllBytes(pyc);
        } catch (IOException | SecurityException e) {
            return null;
        }
        Marshal.PycHeader h = Marshal.pycHeader(data);
        if (h == null || !h.matchesSource(mtime, size)) return null;
        try {
            PyObject code = Marshal.loads(data, Marshal.PYC_HEADER_SIZE, data.length - Marshal.PYC_HEADER_SIZE);
            // Reached under another name (a moved tree, a symlink): compiled afresh, not patched.
            return code instanceof PyCode c && c.getFilename().equals(filename) ? c : null;
        } catch (PyException e) {
            return null;
        }
    }

    /**
     * _write_atomic: a temporary file beside the target, renamed over it, with the source's
     * permissions plus the owner's write and without execute (_calc_mode); failures are ignored.
     */
    private static void writeAtomic(Path pyc, byte[] data, Path source) {
        Path tmp = null;
        try {
            Files.createDirectories(pyc.getParent());
            // a name of its own, so that two interpreters writing the same module do not share it
            tmp = Files.createTempFile(pyc.getParent(), pyc.getFileName().toString(), ".tmp");
            Files.write(tmp, data);
            java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.getPosixFilePermissions(source);
            mode.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            mode.removeIf(p -> p.name().endsWith("EXECUTE"));
            Files.setPosixFilePermissions(tmp, mode);
            Files.move(tmp, pyc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException | SecurityException ignored) {
                // nothing more to do: the cache is an optimisation
            }
        }
    }
}
