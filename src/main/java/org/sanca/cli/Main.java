package org.sanca.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanca.objects.PyHash;
import org.sanca.runtime.Interpreter;
import org.sanca.runtime.Version;

/**
 * The sanca command line, as python3's: sanca [options] [-c cmd | -m mod | file | -] [args].
 * CPython: Modules/main.c (pymain_main, pymain_run_python).
 */
public final class Main {
    /** The interpreter thread's stack: deep enough that Python's recursion limit comes first. */
    static final long STACK_SIZE = 1L << 30;

    private Main() {}

    public static void main(String[] args) {
        String program = System.getProperty("sanca.argv0", "sanca");
        int status = run(program, args, System.in, System.out, System.err, System.getenv());
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }

    /**
     * Runs the command line {@code args} as python3 would, with the given standard streams and
     * environment, and returns the exit status. {@code program} is how the interpreter was
     * invoked (sys.orig_argv[0] and the name in error messages).
     */
    public static int run(String program, String[] args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> env) {
        CommandLine.Options options;
        try {
            options = CommandLine.parse(program, args, env);
        } catch (CommandLine.UsageError e) {
            err.print(e.getMessage() + "\n" + Usage.tryHelp(program));
            err.flush();
            return 2;
        }
        if (options.help != CommandLine.Help.NONE) {
            out.print(helpText(options.help, program));
            out.flush();
            return 0;
        }
        if (options.version > 0) {
            out.println(options.version == 1 ? "Python " + Version.VERSION : "Python " + Version.SYS_VERSION);
            out.flush();
            return 0;
        }
        if (options.hashSeed == -2) {
            err.print("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer "
                + "in range [0; 4294967295]\nPython runtime state: preinitialized\n\n");
            err.flush();
            return 1;
        }
        PyHash.Seed.request(options.randomizeHash ? -1 : options.hashSeed);
        return runOnBigStack(() -> Interpreter.runMain(program, options, in, out, err, env));
    }

    private static String helpText(CommandLine.Help help, String program) {
        return switch (help) {
            case ENV -> Usage.env();
            case XOPTIONS -> Usage.xoptions();
            case ALL -> Usage.all(program);
            default -> Usage.line(program) + Usage.OPTIONS;
        };
    }

    /** A task returning an exit status. */
    public interface Task {
        int run();
    }

    /** Runs {@code task} on a thread with a large stack and returns its status. */
    public static int runOnBigStack(Task task) {
        AtomicInteger status = new AtomicInteger(1);
        Thread thread = new Thread(null, () -> {
            try {
                status.set(task.run());
            } catch (Throwable e) {
                System.err.print(org.sanca.runtime.Interpreter.internalErrorText(e));
                status.set(1);
            }
        }, "MainThread", STACK_SIZE);
        thread.start();
        while (true) {
            try {
                thread.join();
                return status.get();
            } catch (InterruptedException e) {
                thread.interrupt();
            }
        }
    }
}
