package org.sanca.compiler;

/**
 * Raised when the tree is nested too deeply to compile; the runtime turns it into Python's
 * RecursionError("maximum recursion depth exceeded during compilation").
 * CPython: Python/symtable.c and ast_opt.c (the recursion_depth checks).
 */
public final class CompileRecursionError extends RuntimeException {
    /**
     * Where the compiler's depth count starts and where it stops: CPython starts at the caller's
     * Python recursion depth and stops at the recursion limit, both times COMPILER_STACK_FRAME_SCALE (3).
     */
    public record Budget(int start, int limit) {
        /** Compiling with no Python frame active under the default recursion limit (1000). */
        public static final Budget DEFAULT = of(0, 1000);

        /** The budget for a caller depth frames deep under recursionLimit. */
        public static Budget of(int frames, int recursionLimit) {
            return new Budget(scale(frames), scale(recursionLimit));
        }

        private static int scale(int n) {
            return n < Integer.MAX_VALUE / 3 ? n * 3 : n;
        }
    }

    CompileRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
