package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanca.bytecode.Marshal;
import org.sanca.objects.PyCode;
import org.sanca.runtime.BytecodeCache;
import org.sanca.runtime.Compile;

/**
 * Imported modules' code cached in __pycache__ (runtime.BytecodeCache): written on the first
 * import in CPython's .pyc format under the cache tag sanca-311, read back while the source's
 * mtime and size match, recompiled when they change, and not written under -B.
 */
class BytecodeCacheTest {
    private Path dir;

    @BeforeEach
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("sanca-cache");
    }

    @AfterEach
    void removeDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs Sanca in-process with dir on PYTHONPATH and bytecode writing allowed; returns stdout. */
    private String run(String... args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONDONTWRITEBYTECODE");
        env.remove("PYTHONWARNINGS");
        env.put("PYTHONPATH", dir.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run("python3", args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path module(String name, String source) throws IOException {
        Path p = dir.resolve(name + ".py");
        Files.writeString(p, source);
        Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.setLastModifiedTime(p, FileTime.fromMillis(1_700_000_000_000L));
        return p;
    }

    @Test
    void writesCPythonFormatUnderSancaTag() throws IOException {
        Path src = module("cached_mod", "X = 1\nprint('mod', X)\n");
        Path pyc = dir.resolve("__pycache__/cached_mod.sanca-311.pyc");
        assertEquals("mod 1\n" + pyc + "\nsanca-311\n",
                run("-c", "import cached_mod, sys; print(cached_mod.__cached__); print(sys.implementation.cache_tag)"));
        byte[] data = Files.readAllBytes(pyc);
        assertArrayEquals(Marshal.MAGIC, Arrays.copyOf(data, 4));
        Marshal.PycHeader h = Marshal.pycHeader(data);
        assertEquals(0, h.flags());
        assertTrue(h.matchesSource(1_700_000_000L, Files.size(src)));
        PyCode code = (PyCode) Marshal.loads(data, Marshal.PYC_HEADER_SIZE, data.length - Marshal.PYC_HEADER_SIZE);
        assertEquals(src.toString(), code.getFilename());
        assertEquals(Files.getPosixFilePermissions(src), Files.getPosixFilePermissions(pyc));
    }

    @Test
    void readsAMatchingPycAndRecompilesWhenTheSourceChanges() throws IOException {
        Path src = module("cached_mod2", "X = 1\nprint('mod', X)\n");
        // A .pyc whose header matches the source but whose code says 2: the import must run it.
        PyCode other = Compile.source("X = 2\nprint('mod', X)\n".getBytes(StandardCharsets.UTF_8), src.toString(),
                "exec", 0, 0);
        Path pyc = BytecodeCache.cachePath(src, 0);
        Files.createDirectories(pyc.getParent());
        Files.write(pyc, Marshal.timestampPyc(other, 1_700_000_000L, Files.size(src)));
        assertEquals("mod 2\n", run("-c", "import cached_mod2"));
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_005_000L));
        assertEquals("mod 1\n", run("-c", "import cached_mod2"));
        assertTrue(Marshal.pycHeader(Files.readAllBytes(pyc)).matchesSource(1_700_000_005L, Files.size(src)));
    }

    @Test
    void optimizedCodeHasItsOwnFileAndMinusBWritesNothing() throws IOException {
        module("cached_mod3", "assert False, 'asserts are on'\n");
        assertEquals("", run("-O", "-c", "import cached_mod3"));
        assertTrue(Files.exists(dir.resolve("__pycache__/cached_mod3.sanca-311.opt-1.pyc")));
        module("cached_mod4", "Y = 4\n");
        assertEquals("4\n", run("-B", "-c", "import cached_mod4; print(cached_mod4.Y)"));
        assertFalse(Files.exists(dir.resolve("__pycache__/cached_mod4.sanca-311.pyc")));
    }
}
