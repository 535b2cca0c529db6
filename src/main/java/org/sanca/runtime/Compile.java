package org.sanca.runtime;

import org.sanca.ast.ModTy;
import org.sanca.compiler.Compiler;
import org.sanca.compiler.CompileRecursionError;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.parser.Parser;
import org.sanca.parser.SyntaxErrorException;
import org.sanca.parser.Tokenizer;
import org.sanca.vm.ThreadState;

/**
 * Source to AST to code object, with front-end errors turned into Python SyntaxError,
 * IndentationError or TabError exceptions carrying CPython's attributes.
 * CPython: Python/pythonrun.c (Py_CompileStringObject) and Parser/pegen_errors.c.
 */
public final class Compile {
    /** PyCF_ONLY_AST. */
    public static final int ONLY_AST = 0x400;
    public static final int TYPE_COMMENTS = 0x1000;
    public static final int ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int DONT_IMPLY_DEDENT = 0x200;
    public static final int ALLOW_INCOMPLETE_INPUT = 0x4000;
    public static final int SOURCE_IS_UTF8 = 0x100;
    public static final int IGNORE_COOKIE = 0x800;

    private Compile() {}

    /** The parser start rule for a compile() mode. */
    public static Parser.Mode parserMode(String mode) {
        return switch (mode) {
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> Parser.Mode.FILE;
        };
    }

    /** The compiler mode for a compile() mode. */
    public static Compiler.Mode compilerMode(String mode) {
        return switch (mode) {
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            default -> Compiler.Mode.EXEC;
        };
    }

    /**
     * The tokenizer's and parser's warnings (SyntaxWarning, DeprecationWarning for invalid
     * escapes) through the warning filters; true when the filters made one an error, which the
     * front end then reports as a SyntaxError. CPython: parser_warn and warn_invalid_escape_sequence.
     */
    private static final Tokenizer.WarningHandler PARSER_WARNINGS = (category, msg, filename, lineno) -> {
        PySystemState state = PySystemState.currentOrNull();
        PyType type = category.equals("DeprecationWarning") ? PyExc.DeprecationWarning : PyExc.SyntaxWarning;
        return state != null && state.warnings().warnExplicitOrError(type, msg, filename, lineno);
    };

    /** The compiler's SyntaxWarnings through the warning filters; CPython: compiler_warn. */
    private static final Compiler.WarningHandler COMPILER_WARNINGS = (msg, filename, lineno) ->
        PARSER_WARNINGS.warn("SyntaxWarning", msg, filename, lineno);

    /** Parses source bytes (PEP 263 decoding) or text; SyntaxError as a Python exception. */
    public static ModTy parse(Object source, String filename, String mode) {
        return parse(source, filename, mode, 0);
    }

    /** As parse(source, filename, mode), with compile()'s flags (PyCF_TYPE_COMMENTS, ...). */
    public static ModTy parse(Object source, String filename, String mode, int flags) {
        return parse(source, filename, mode, flags, -1);
    }

    /** As parse(source, filename, mode, flags), for the syntax of 3.featureVersion if not negative. */
    public static ModTy parse(Object source, String filename, String mode, int flags, int featureVersion) {
        try {
            Parser.Mode m = parserMode(mode);
            return parseWith(tokenizers(source, filename, m), m, flags, featureVersion);
        } catch (SyntaxErrorException e) {
            throw syntaxError(e);
        }
    }

    /**
     * Parses source bytes or text, the front end's warnings going through the warning filters;
     * a syntax error is thrown as the front end reports it.
     */
    public static ModTy parseOrThrow(Object source, String filename, Parser.Mode mode) {
        return parseOrThrow(source, filename, mode, 0);
    }

    /** As parseOrThrow(source, filename, mode), with compile()'s flags. */
    public static ModTy parseOrThrow(Object source, String filename, Parser.Mode mode, int flags) {
        return parseWith(tokenizers(source, filename, mode), mode, flags, -1);
    }

    /** New tokenizers of source bytes or text (each parser pass may need its own), exec input for FILE. */
    private static java.util.function.Supplier<Tokenizer> tokenizers(Object source, String filename, Parser.Mode mode) {
        boolean exec = mode == Parser.Mode.FILE;
        return () -> source instanceof byte[] b ? new Tokenizer(b, filename, exec)
            : new Tokenizer((String) source, filename, exec);
    }

    /**
     * Parses a script read from a file or piped stdin as CPython's file tokenizer does (NUL bytes
     * and undeclared non-UTF-8 are errors of their line); a syntax error is thrown as reported.
     * CPython: _PyParser_ASTFromFile.
     */
    public static ModTy parseScriptOrThrow(byte[] source, String filename) {
        return parseWith(() -> Tokenizer.forFile(source, filename), Parser.Mode.FILE, 0, -1);
    }

    /** Source nested beyond the parser's depth is MemoryError, as pegen's MAXSTACK check gives. */
    private static ModTy parseWith(java.util.function.Supplier<Tokenizer> tokenizer, Parser.Mode mode, int flags,
                                   int featureVersion) {
        try {
            return Parser.parse(() -> {
                Tokenizer t = tokenizer.get();
                t.setWarningHandler(PARSER_WARNINGS);
                return t;
            }, mode, flags, PARSER_WARNINGS, featureVersion);
        } catch (Parser.TooDeeplyNested e) {
            throw PyErr.raise(PyExc.MemoryError);
        }
    }

    /** Compiles an AST; SyntaxError (from the symbol table or code generator) as a Python exception. */
    public static PyCode compile(ModTy mod, String filename, String mode, int flags, int optimize) {
        try {
            return Compiler.compile(mod, filename, compilerMode(mode), flags, optimize, COMPILER_WARNINGS, recursionBudget());
        } catch (SyntaxErrorException e) {
            throw syntaxError(e);
        } catch (CompileRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", e.getMessage());
        }
    }

    /**
     * How deep the compiler may nest, as CPython counts it: from the caller's recursion depth to
     * the recursion limit, both times COMPILER_STACK_FRAME_SCALE. Measured on CPython 3.11 once its
     * calls are specialised: 2 at module level and in a function the module calls, then one
     * more per Python frame (its first, unspecialised calls count one more each).
     */
    public static CompileRecursionError.Budget recursionBudget() {
        int frames = ThreadState.get().depth();
        return CompileRecursionError.Budget.of(frames == 0 ? 0 : Math.max(frames, 2), org.sanca.vm.Interpreter.getRecursionLimit());
    }

    /** Parses and compiles source to a code object. */
    public static PyCode source(Object source, String filename, String mode, int flags, int optimize) {
        return compile(parse(source, filename, mode, flags), filename, mode, flags, optimize);
    }

    private static PyObject intOrNone(int v) {
        return v == SyntaxErrorException.NONE ? Py.None : PyInt.of(v);
    }

    /**
     * The error's text: the front end's, or for the compiler's errors (which have none) the line
     * read back from the file, as PyErr_ProgramTextObject does (compiler_error).
     */
    public static String errorText(SyntaxErrorException e) {
        if (e.text == null && e.filename != null && e.lineno > 0) {
            return org.sanca.parser.ProgramText.line(e.filename, e.lineno, null);
        }
        return e.text;
    }

    /**
     * The Python exception for a front-end error: SyntaxError(msg, (filename, lineno, offset,
     * text, end_lineno, end_offset)), the text as {@link #errorText} gives it.
     */
    public static PyException syntaxError(SyntaxErrorException e) {
        PyType type = switch (e.kind) {
            case "IndentationError" -> PyExc.IndentationError;
            case "TabError" -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        String text = errorText(e);
        PyTuple details = PyTuple.of(
            e.filename == null ? Py.None : PyStr.of(e.filename),
            intOrNone(e.lineno), intOrNone(e.offset),
            text == null ? Py.None : PyStr.of(text),
            intOrNone(e.endLineno), intOrNone(e.endOffset));
        return PyErr.raise(type, PyStr.of(e.msg), details);
    }
}
