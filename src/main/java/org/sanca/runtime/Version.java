package org.sanca.runtime;

/**
 * The Python version Sanca implements and the strings sys.version and -V print.
 * CPython: Include/patchlevel.h and Python/getversion.c.
 */
public final class Version {
    private Version() {}

    public static final int MAJOR = 3, MINOR = 11, MICRO = 7, SERIAL = 0;
    public static final String RELEASE_LEVEL = "final";
    /** PY_VERSION. */
    public static final String VERSION = "3.11.7";
    /** sys.hexversion: 0x030B07F0 for 3.11.7 final. */
    public static final int HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | (0xF << 4) | SERIAL;
    /** Sanca's own version (sys.implementation.version). */
    public static final String SANCA_VERSION = "0.1.0";
    /** sys.version: version, build information and compiler, as Py_GetVersion formats them. */
    public static final String SYS_VERSION = VERSION + " (sanca " + SANCA_VERSION + ") [Java "
        + System.getProperty("java.version", "?") + "]";
}
