package org.sanca.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The libc binding, checked against what Java's own file and process APIs report. */
class LibcTest {
    private static byte[] bytes(Object o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pipeCarriesBytesBetweenRealDescriptors() {
        int[] fds = Libc.pipe2(Libc.O_CLOEXEC);
        assertNotNull(fds);
        assertEquals(5, Libc.write(fds[1], bytes("hello")));
        assertArrayEquals(bytes("hel"), Libc.read(fds[0], 3));
        int dup = Libc.dup(fds[0]);
        assertTrue(dup > fds[1]);
        assertArrayEquals(bytes("lo"), Libc.read(dup, 10));
        assertEquals(Libc.FD_CLOEXEC, Libc.fcntl(fds[0], Libc.F_GETFD, 0) & Libc.FD_CLOEXEC);
        for (int fd : new int[] {fds[0], fds[1], dup}) assertEquals(0, Libc.close(fd));
    }

    @Test
    void failuresLeaveErrno() {
        assertEquals(-1, Libc.close(987654));
        assertEquals(Libc.EBADF, Libc.errno());
        assertNull(Libc.statx(Libc.AT_FDCWD, bytes("/nonexistent/sanca"), 0));
        assertEquals(2, Libc.errno());
        assertEquals("No such file or directory", Libc.strerror(2));
        assertEquals(0, Libc.isatty(987654));
        assertEquals(Libc.EBADF, Libc.errno());
    }

    @Test
    void statAndReaddirAgreeWithJava(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("data");
        Files.write(f, new byte[1234]);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectory(dir.resolve("sub"));
        Libc.Stat st = Libc.statx(Libc.AT_FDCWD, bytes(f), 0);
        assertNotNull(st);
        assertEquals(1234, st.size());
        assertEquals(0100640, st.mode());
        assertEquals(Files.getAttribute(f, "unix:ino"), st.ino());
        assertEquals(Files.getLastModifiedTime(f).toMillis() / 1000, st.mtimeSec());
        var dirp = Libc.opendir(bytes(dir));
        List<String> names = new ArrayList<>();
        for (Libc.Dirent e; (e = Libc.readdir(dirp)) != null; ) names.add(new String(e.name(), StandardCharsets.UTF_8));
        assertEquals(0, Libc.errno());
        assertEquals(0, Libc.closedir(dirp));
        names.sort(null);
        assertEquals(List.of(".", "..", "data", "sub"), names);
    }

    @Test
    void processFactsMatchJava() {
        assertEquals(ProcessHandle.current().pid(), Libc.getpid());
        byte[] cwd = Libc.getcwd();
        assertEquals(Path.of("").toAbsolutePath().toString(), new String(cwd, StandardCharsets.UTF_8));
        String path = System.getenv("PATH");
        boolean found = false;
        for (byte[] kv : Libc.environ()) found |= new String(kv, StandardCharsets.UTF_8).equals("PATH=" + path);
        assertTrue(found, "PATH in environ");
        assertEquals(System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch"),
            new String(Libc.uname()[4], StandardCharsets.UTF_8));
    }
}
