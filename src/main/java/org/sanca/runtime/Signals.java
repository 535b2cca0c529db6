package org.sanca.runtime;

/**
 * Ctrl-C handling: SIGINT sets a pending flag that the eval loop may turn into KeyboardInterrupt
 * at its next check ({@link #takePending}); if nobody takes it within {@link #GRACE_MILLIS}
 * (the eval loop does not poll yet, or a long Java operation runs), or a second Ctrl-C comes,
 * the standard streams are flushed, "KeyboardInterrupt" is printed and the process ends with
 * status 130, as CPython's does.
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

    /** How long a Ctrl-C may wait for the eval loop before the process ends. */
    public static final long GRACE_MILLIS = 1000;

    private static void interrupted() {
        if (pending) {
            exitInterrupted();
        }
        pending = true;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (pending) {
                exitInterrupted();
            }
        }, "sanca-sigint");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void exitInterrupted() {
        try {
            beforeExit.run();
        } finally {
            System.err.print("\nKeyboardInterrupt\n");
            System.err.flush();
            Runtime.getRuntime().halt(SIGINT_STATUS);
        }
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
