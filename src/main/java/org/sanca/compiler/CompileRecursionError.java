package org.sanca.compiler;

/**
 * Raised when the tree is nested too deeply to compile; the runtime turns it into Python's
 * RecursionError("maximum recursion depth exceeded during compilation").
 * CPython: Python/symtable.c and ast_opt.c (the recursion_depth checks).
 */
public final class CompileRecursionError extends RuntimeException {
    /** The nesting CPython allows by default: its recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3). */
    static final int LIMIT = 3000;

    CompileRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
