package org.sanca.modules;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

/**
 * The C math library (glibc's libm) as the math module calls it, through the Foreign Function and Memory
 * API, so that every transcendental function rounds exactly as CPython's do on the same machine. The calls
 * are marked critical: libm's functions neither block nor call back.
 * CPython: the libm calls of Modules/mathmodule.c.
 */
final class Libm {
    private Libm() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final FunctionDescriptor UNARY = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE);
    private static final FunctionDescriptor BINARY = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE);

    /** The handle of a libm function of {@code fd}'s shape. */
    static MethodHandle fn(String name, FunctionDescriptor fd) {
        var sym = LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
        return LINKER.downcallHandle(sym, fd, Linker.Option.critical(false));
    }

    /** A double function of one double. */
    static MethodHandle unary(String name) {
        return fn(name, UNARY);
    }

    /** A double function of two doubles. */
    static MethodHandle binary(String name) {
        return fn(name, BINARY);
    }

    /** Calls a unary handle. */
    static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Calls a binary handle. */
    static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static final class Log { static final MethodHandle H = unary("log"); }
    private static final class Exp { static final MethodHandle H = unary("exp"); }
    private static final class Pow { static final MethodHandle H = binary("pow"); }
    private static final class Sin { static final MethodHandle H = unary("sin"); }
    private static final class Cos { static final MethodHandle H = unary("cos"); }

    static double log(double x) {
        return call(Log.H, x);
    }

    static double exp(double x) {
        return call(Exp.H, x);
    }

    static double pow(double x, double y) {
        return call(Pow.H, x, y);
    }

    static double sin(double x) {
        return call(Sin.H, x);
    }

    static double cos(double x) {
        return call(Cos.H, x);
    }
}
