package org.sanca.runtime;

/**
 * Ctrl-C handling: SIGINT sets a pending flag that the eval loop turns into KeyboardInterrupt
 * at its next check; if the interpreter does not take it in time (a long Java operation, or a
 * loop without checks), a second Ctrl-C ends the process as CPython's default handler would,
 * with status 130.
 * CPython: Modules/signalmodule.c (trip_signal, PyErr_CheckSignals) and Modules/main.c
 * (exit status of a KeyboardInterrupt).
 */
public final class Signals {
    /** The exit status of a process ended by SIGINT, as shells report it (128 + 2). */
    public static final int SIGINT_STATUS = 130;

    private static volatile boolean pending;
    private static volatile Runnable beforeExit = () -> { };
    private static boolean installed;

    private Signals() {}

    /** Installs the SIGINT handler once; {@code flush} runs before a forced exit. */
    public static synchronized void install(Runnable flush) {
        beforeExit = flush;
        if (installed) {
            return;
        }
        installed = true;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> interrupted());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT on this platform or the JVM reserves it: keep the default behaviour.
        }
    }

    private static void interrupted() {
        if (pending) {
            beforeExit.run();
            Runtime.getRuntime().halt(SIGINT_STATUS);
        }
        pending = true;
    }

    /** Whether a SIGINT arrived that nobody has taken yet. */
    public static boolean isPending() {
        return pending;
    }

    /** Takes the pending SIGINT: true (and clears it) when one arrived since the last call. */
    public static boolean takePending() {
        if (!pending) {
            return false;
        }
        pending = false;
        return true;
    }
}
