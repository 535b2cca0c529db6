package org.sanca.compiler;

import org.sanca.ast.ModTy;
import org.sanca.objects.PyCode;
import org.sanca.parser.SyntaxErrorException;

/**
 * The compiler's entry point: AST optimisation, symbol table, code generation and assembly
 * of a module, expression or interactive statement into a code object.
 * CPython: Python/compile.c (_PyAST_Compile).
 */
public final class Compiler {
    private Compiler() {}

    /** The compile() modes. */
    public enum Mode { EXEC, EVAL, SINGLE }

    // Future flags (Include/cpython/compile.h and code.h)
    public static final int CO_FUTURE_DIVISION = 0x20000, CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
            CO_FUTURE_WITH_STATEMENT = 0x80000, CO_FUTURE_PRINT_FUNCTION = 0x100000,
            CO_FUTURE_UNICODE_LITERALS = 0x200000, CO_FUTURE_BARRY_AS_BDFL = 0x400000,
            CO_FUTURE_GENERATOR_STOP = 0x800000, CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** The compile flags a code object inherits in co_flags (PyCF_MASK). */
    public static final int PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;
    /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /**
     * Compiles mod as compile(source, filename, mode, flags, optimize=optimize) does after parsing.
     * The tree is optimised in place.
     *
     * @param flags    compile flags (CO_FUTURE_* and PyCF_*), merged with the module's __future__ imports
     * @param optimize -1 or 0: keep asserts and __debug__; 1: -O; 2: -OO (also drop docstrings)
     * @throws SyntaxErrorException for the errors CPython's compiler and symtable raise
     * @throws CompileRecursionError when the tree is nested deeper than CPython compiles (RecursionError)
     */
    public static PyCode compile(ModTy mod, String filename, Mode mode, int flags, int optimize) {
        return compile(mod, filename, mode, flags, optimize, null);
    }

    /** Receives the compiler's SyntaxWarnings (CPython: PyErr_WarnExplicitObject(SyntaxWarning, ...)). */
    public interface WarningHandler {
        /**
         * Reports a SyntaxWarning; returns true when the warning is to be an error (warnings
         * filter "error"), which the compiler then raises as a SyntaxError at the same place.
         */
        boolean warn(String message, String filename, int lineno);
    }

    /** As {@link #compile(ModTy, String, Mode, int, int)}, reporting SyntaxWarnings to warnings (may be null). */
    public static PyCode compile(ModTy mod, String filename, Mode mode, int flags, int optimize, WarningHandler warnings) {
        return compile(mod, filename, mode, flags, optimize, warnings, CompileRecursionError.Budget.DEFAULT);
    }

    /**
     * As {@link #compile(ModTy, String, Mode, int, int, WarningHandler)}, nesting counted from the
     * budget's start to its limit (CPython: the caller's recursion depth and the recursion limit).
     */
    public static PyCode compile(ModTy mod, String filename, Mode mode, int flags, int optimize, WarningHandler warnings,
                                 CompileRecursionError.Budget budget) {
        int opt = Math.max(optimize, 0);
        Future future = Future.of(mod, filename);
        int merged = flags | future.features();
        AstOptimizer.optimize(mod, opt, merged, budget);
        SymbolTable st = SymbolTable.build(mod, filename, (merged & CO_FUTURE_ANNOTATIONS) != 0, budget);
        CodeGen gen = new CodeGen(st, filename, merged, opt, future.lineno());
        gen.warnings = warnings;
        return gen.compileModule(mod);
    }
}
