package org.sanca.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Finding CPython 3.11's Lib directory and the default sys.path. */
class StdlibLocatorTest {
    @Test
    void explicitDirectoryWins(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("os.py"), "");
        assertEquals(dir.toAbsolutePath().normalize(), StdlibLocator.find(Map.of("SANCA_STDLIB", dir.toString()), false));
    }

    @Test
    void pythonHomeIsIgnoredWithE(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Path lib = home.resolve("lib/python3.11");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("os.py"), "");
        assertEquals(lib, StdlibLocator.find(Map.of("PYTHONHOME", home.toString()), false));
        assertTrue(!lib.equals(StdlibLocator.find(Map.of("PYTHONHOME", home.toString()), true)));
    }

    @Test
    void modulePathAsCPythonLists() {
        Path lib = Path.of("/opt/py/lib/python3.11");
        assertEquals(List.of("/a/b", "/opt/py/lib/python311.zip", "/opt/py/lib/python3.11",
            "/opt/py/lib/python3.11/lib-dynload"), StdlibLocator.modulePath(lib, Map.of("PYTHONPATH", "/a/b"), false));
        assertEquals(List.of("/opt/py/lib/python311.zip", "/opt/py/lib/python3.11",
            "/opt/py/lib/python3.11/lib-dynload"), StdlibLocator.modulePath(lib, Map.of("PYTHONPATH", "/a/b"), true));
    }
}
