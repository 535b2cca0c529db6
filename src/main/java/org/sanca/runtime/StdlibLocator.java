package org.sanca.runtime;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds CPython 3.11's pure-Python standard library (the directory holding os.py) that Sanca runs
 * unmodified, and computes the default module search path.
 * CPython: Modules/getpath.py (the prefix search by landmark) and Python/pathconfig.c.
 */
public final class StdlibLocator {
    /** The file whose presence marks a Lib directory, as getpath.py's STDLIB_LANDMARKS. */
    private static final String LANDMARK = "os.py";
    private static final String VERSION_DIR = "python3.11";

    private StdlibLocator() {}

    /**
     * The Lib directory: $SANCA_STDLIB, else $PYTHONHOME/lib/python3.11 (unless environment
     * variables are ignored), else the usual installation places — pyenv's 3.11 builds first
     * (newest patch release; a pyenv python3 is usually the one on PATH), then /usr/local/lib and
     * /usr/lib; null when none is found.
     */
    public static Path find(Map<String, String> env, boolean ignoreEnvironment) {
        for (Path candidate : candidates(env, ignoreEnvironment)) {
            if (Files.isRegularFile(candidate.resolve(LANDMARK))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    static List<Path> candidates(Map<String, String> env, boolean ignoreEnvironment) {
        List<Path> out = new ArrayList<>();
        String explicit = env.get("SANCA_STDLIB");
        if (explicit != null && !explicit.isEmpty()) {
            out.add(Path.of(explicit));
        }
        String home = ignoreEnvironment ? null : env.get("PYTHONHOME");
        if (home != null && !home.isEmpty()) {
            String prefix = home.contains(":") ? home.substring(0, home.indexOf(':')) : home;
            out.add(Path.of(prefix, "lib", VERSION_DIR));
        }
        String pyenvRoot = env.get("PYENV_ROOT");
        if (pyenvRoot != null && !pyenvRoot.isEmpty()) {
            addPyenv(out, Path.of(pyenvRoot, "versions"));
        }
        String userHome = System.getProperty("user.home");
        if (userHome != null) {
            addPyenv(out, Path.of(userHome, ".pyenv", "versions"));
        }
        addPyenv(out, Path.of("/root/.pyenv/versions"));
        out.add(Path.of("/usr/local/lib", VERSION_DIR));
        out.add(Path.of("/usr/lib", VERSION_DIR));
        out.add(Path.of("/opt/homebrew/opt/python@3.11/Frameworks/Python.framework/Versions/3.11/lib",
            VERSION_DIR));
        return out;
    }

    /** Adds every ~/.pyenv/versions/3.11.x/lib/python3.11, newest patch release first. */
    private static void addPyenv(List<Path> out, Path versions) {
        if (!Files.isDirectory(versions)) {
            return;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, "3.11*")) {
            for (Path dir : dirs) {
                found.add(dir.resolve("lib").resolve(VERSION_DIR));
            }
        } catch (java.io.IOException e) {
            return;
        }
        found.sort((a, b) -> patchOf(b) - patchOf(a));
        out.addAll(found);
    }

    private static int patchOf(Path lib) {
        String name = lib.getParent().getParent().getFileName().toString();
        String patch = name.length() > 5 ? name.substring(5) : "0";
        int end = 0;
        while (end < patch.length() && Character.isDigit(patch.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(patch.substring(0, end));
    }

    /**
     * The default sys.path after the script's directory: PYTHONPATH's entries, then the Lib
     * directory and its lib-dynload (as CPython lists them, even when lib-dynload is absent).
     */
    public static List<String> modulePath(Path lib, Map<String, String> env, boolean ignoreEnvironment) {
        List<String> path = new ArrayList<>();
        String pythonPath = ignoreEnvironment ? null : env.get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String entry : pythonPath.split(":")) {
                if (!entry.isEmpty()) {
                    path.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
        }
        if (lib != null) {
            Path zip = lib.getParent().resolve("python311.zip");
            path.add(zip.toString());
            path.add(lib.toString());
            path.add(lib.resolve("lib-dynload").toString());
        }
        return path;
    }
}
