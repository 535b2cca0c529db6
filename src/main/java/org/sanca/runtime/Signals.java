package org.sanca.runtime;

import org.sanca.vm.Interpreter;

/**
 * Ctrl-C handling: SIGINT asks the eval loop to raise KeyboardInterrupt at its next check
 * (org.sanca.vm.Interpreter.signalInterrupt: at RESUME and backward jumps); if the request is
 * not taken within {@link #GRACE_MILLIS} (a long Java operation runs), or a second Ctrl-C comes,
 * the standard streams are flushed, "KeyboardInterrupt" is printed and the process ends with
 * status 130, as CPython's does.
 * CPython: Modules/signalmodule.c (trip_signal, PyErr_CheckSignals) and Modules/main.c
 * (exit status of a KeyboardInterrupt).
 */
public final class Signals {
    /** The exit status of a process ended by SIGINT, as shells report it (128 + 2). */
    public static final int SIGINT_STATUS = 130;

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
        if (Interpreter.isInterruptPending()) {
            exitInterrupted();
        }
        Interpreter.signalInterrupt();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (Interpreter.isInterruptPending()) {
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
}
