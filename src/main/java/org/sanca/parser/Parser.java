package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.ExprTy;
import org.sanca.ast.Expression;
import org.sanca.ast.FunctionType;
import org.sanca.ast.Interactive;
import org.sanca.ast.ModTy;
import org.sanca.ast.Module;
import org.sanca.ast.StmtTy;

/**
 * Python 3.11's PEG parser: source to CPython's AST, or a SyntaxErrorException with
 * CPython's message and position. A first pass runs the grammar proper; only if it
 * fails, a second pass with the invalid_ rules looks for a more precise message.
 * CPython: Parser/pegen.c (_PyPegen_run_parser), Parser/peg_api.c.
 *
 * <p>The rules are hand-written in the shape pegen generates, one method per rule of
 * Grammar/python.gram with the rule above it, in layers: {@link PegenCore} (token array,
 * mark, memo, left recursion by growing the seed, errors), {@link ExpressionRules},
 * {@link StatementRules} (with {@link ParamRules}, {@link TargetRules}, {@link PatternRules}),
 * {@link InvalidRules}, and this class (start rules, the two passes). {@link StringParser}
 * joins string tokens and parses f-strings; {@link ActionHelpers} holds pegen's action helpers.
 * As in pegen, an alternative made of a lone invalid_ rule runs in the second pass only,
 * while invalid_ rules inside other alternatives (dict's) run in both.
 */
public final class Parser extends InvalidRules {
    /** The start rule: what kind of source is parsed and which mod node results. */
    public enum Mode {
        /** A module (file_input): Module. */
        FILE,
        /** An expression (eval_input): Expression. */
        EVAL,
        /** One interactive statement (single_input): Interactive. */
        SINGLE,
        /** A function type comment (func_type_input): FunctionType. */
        FUNC_TYPE,
        /** The expression of an f-string replacement field (fstring_input; internal, for StringParser). */
        FSTRING
    }

    private final Mode mode;
    /** compile()'s flag (codeop, the REPL): input that ends too early raises "incomplete input". */
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** compile()'s flag (codeop): the end of a "single" input does not close its open blocks. */
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x200;
    /** compile()'s flag for type comments (TYPE_COMMENT tokens, Module.type_ignores). */
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /** The flag of from __future__ import barry_as_FLUFL. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    private boolean allowIncompleteInput;

    /**
     * Raised when the source nests deeper than pegen's MAXSTACK allows (or than even a large
     * Java stack holds); CPython raises MemoryError there, and the caller should too.
     */
    public static final class TooDeeplyNested extends RuntimeException {
        TooDeeplyNested() {
            super("parser stack overflow", null, false, false);
        }
    }

    private Parser(Tokenizer tokenizer, Mode mode) {
        super(tokenizer);
        this.mode = mode;
        this.singleInput = mode == Mode.SINGLE;
    }

    /**
     * Parses source bytes (decoded per PEP 263) into the mod node of the mode; as in CPython,
     * only FILE input gets an implicit final newline from the tokenizer.
     */
    public static ModTy parse(byte[] source, String filename, Mode mode) {
        return parse(() -> new Tokenizer(source, filename, mode == Mode.FILE), mode);
    }

    /** Parses source bytes with compile() flags (only PyCF_ALLOW_INCOMPLETE_INPUT matters here). */
    public static ModTy parse(byte[] source, String filename, Mode mode, int flags) {
        return parse(() -> new Tokenizer(source, filename, mode == Mode.FILE), mode, flags);
    }

    /** Parses decoded source text with compile() flags (only PyCF_ALLOW_INCOMPLETE_INPUT matters here). */
    public static ModTy parse(String source, String filename, Mode mode, int flags) {
        return parse(() -> new Tokenizer(source, filename, mode == Mode.FILE), mode, flags);
    }

    /** Parses decoded source text into the mod node of the mode. */
    public static ModTy parse(String source, String filename, Mode mode) {
        return parse(() -> new Tokenizer(source, filename, mode == Mode.FILE), mode);
    }

    /**
     * Parses what the tokenizers made by newTokenizer read (e.g. ones with a warning handler
     * set): on the caller's thread, or again on a thread with a large stack if that overflows.
     */
    public static ModTy parse(java.util.function.Supplier<Tokenizer> newTokenizer, Mode mode) {
        return parse(newTokenizer, mode, 0);
    }

    /** As parse(newTokenizer, mode), with compile() flags. */
    public static ModTy parse(java.util.function.Supplier<Tokenizer> newTokenizer, Mode mode, int flags) {
        return parse(newTokenizer, mode, flags, null);
    }

    /**
     * As parse(newTokenizer, mode, flags), the parser's own warnings (DeprecationWarning for an
     * invalid escape sequence in a string literal) going to warnings (the tokenizer's handler
     * is the caller's to set on the tokenizers it makes).
     */
    public static ModTy parse(java.util.function.Supplier<Tokenizer> newTokenizer, Mode mode, int flags,
                              Tokenizer.WarningHandler warnings) {
        return parse(newTokenizer, mode, flags, warnings, -1);
    }

    /**
     * As parse(newTokenizer, mode, flags, warnings), accepting only the syntax of Python
     * 3.featureVersion when that is not negative (ast.parse's feature_version).
     */
    public static ModTy parse(java.util.function.Supplier<Tokenizer> newTokenizer, Mode mode, int flags,
                              Tokenizer.WarningHandler warnings, int featureVersion) {
        try {
            return (ModTy) newParser(newTokenizer.get(), mode, flags, warnings, featureVersion).run();
        } catch (StackOverflowError e) {
            return parseOnLargeStack(newParser(newTokenizer.get(), mode, flags, warnings, featureVersion));
        }
    }

    private static Parser newParser(Tokenizer tokenizer, Mode mode, int flags, Tokenizer.WarningHandler warnings,
                                    int featureVersion) {
        Parser p = new Parser(tokenizer, mode);
        if (featureVersion >= 0) {
            p.featureVersion = featureVersion;
            tokenizer.setAsyncHacks(featureVersion < 7);
        }
        p.allowIncompleteInput = (flags & PyCF_ALLOW_INCOMPLETE_INPUT) != 0;
        p.implyDedent = (flags & PyCF_DONT_IMPLY_DEDENT) == 0;
        p.barryAsBdfl = (flags & CO_FUTURE_BARRY_AS_BDFL) != 0;
        tokenizer.setTypeComments((flags & PyCF_TYPE_COMMENTS) != 0);
        p.warnings = warnings;
        return p;
    }

    /** Stack for sources nested too deeply for the caller's thread (CPython allows 200 brackets). */
    private static final long LARGE_STACK = 256L << 20;

    /** Parses again on a thread with a large stack; TooDeeplyNested if even that overflows. */
    private static ModTy parseOnLargeStack(Parser parser) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parser.run();
            } catch (StackOverflowError e) {
                result[0] = new TooDeeplyNested();
            } catch (RuntimeException e) {
                result[0] = e;
            }
        }, "sanca-parser", LARGE_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooDeeplyNested();
        }
        if (result[0] instanceof RuntimeException e) {
            throw e;
        }
        return (ModTy) result[0];
    }

    /** fstring_compile_expr's sub-parser: the expression of snippet "(...)", placed at its real position. */
    static ExprTy parseFStringExpression(String snippet, String filename, int lineShift, int colShift,
                                         Tokenizer.WarningHandler warnings) {
        Tokenizer tokenizer = new Tokenizer(snippet, filename);
        tokenizer.quoteBuffer();
        Parser p = new Parser(tokenizer, Mode.FSTRING);
        p.warnings = warnings;
        p.lineShift = lineShift;
        p.firstLineColShift = colShift;
        return (ExprTy) p.run();
    }

    // file: [statements] ENDMARKER
    // interactive: statement_newline
    // eval: expressions NEWLINE* ENDMARKER
    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    // fstring: star_expressions
    private Object startRule() {
        level = 0;
        enter(1);
        return leave(1, startRuleBody());
    }

    private Object startRuleBody() {
        switch (mode) {
            case FILE: {
                List<StmtTy> a = statements();
                return expect(ENDMARKER) == null ? null : new Module(ActionHelpers.orEmpty(a), typeIgnores);
            }
            case SINGLE: {
                List<StmtTy> a = statementNewline();
                return a == null ? null : new Interactive(a);
            }
            case EVAL: {
                ExprTy a = expressions();
                return a == null || !newlinesThenEnd() ? null : new Expression(a);
            }
            case FUNC_TYPE:
                return funcType();
            default:
                return starExpressions();
        }
    }

    /** NEWLINE* ENDMARKER */
    private boolean newlinesThenEnd() {
        while (expect(NEWLINE) != null) {
            // skip
        }
        return expect(ENDMARKER) != null;
    }

    private Object funcType() {
        if (expect(LPAR) == null) {
            return null;
        }
        List<ExprTy> a = typeExpressions();
        if (expect(RPAR) == null || expect(RARROW) == null) {
            return null;
        }
        ExprTy b = expression();
        return b == null || !newlinesThenEnd() ? null : new FunctionType(ActionHelpers.orEmpty(a), b);
    }

    // type_expressions:
    //     | ','.expression+ ',' '*' expression ',' '**' expression | ','.expression+ ',' '*' expression
    //     | ','.expression+ ',' '**' expression | '*' expression ',' '**' expression | '*' expression
    //     | '**' expression | ','.expression+          (the starred forms keep only the expressions)
    private List<ExprTy> typeExpressions() {
        List<ExprTy> l = new ArrayList<>();
        while (true) {
            int m = mark;
            if (!l.isEmpty() && expect(COMMA) == null) {
                break;
            }
            ExprTy e = expression();
            if (e == null) {
                mark = m;
                break;
            }
            l.add(e);
        }
        boolean star = l.isEmpty() ? starredTypeExpression(STAR, l, false) : starredTypeExpression(STAR, l, true);
        if (star || !l.isEmpty()) {
            starredTypeExpression(DOUBLESTAR, l, true);
        } else {
            starredTypeExpression(DOUBLESTAR, l, false);
        }
        return l.isEmpty() ? null : l;
    }

    /** [','] star expression, appended to l; false (nothing consumed) if absent. */
    private boolean starredTypeExpression(int star, List<ExprTy> l, boolean comma) {
        int m = mark;
        if ((!comma || expect(COMMA) != null) && expect(star) != null) {
            ExprTy e = expression();
            if (e != null) {
                l.add(e);
                return true;
            }
        }
        mark = m;
        return false;
    }

    /** _PyPegen_run_parser: the first pass, then on failure the second pass and the error it finds. */
    private Object run() {
        Object r;
        try {
            r = startRule();
        } catch (SyntaxErrorException e) {
            if (allowIncompleteInput && tokenizerFailed && tokenizerReachedEnd(e)) {
                throw incompleteInput(e);
            }
            throw preferTokenizerError(e);
        }
        if (r != null) {
            if (mode == Mode.SINGLE && badSingleStatement()) {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
            return r;
        }
        if (allowIncompleteInput && fill > 0 && parserReachedEnd()) {
            throw syntaxError("incomplete input");
        }
        PegenToken lastToken = tokens[fill - 1];
        for (int i = 0; i < fill; i++) {
            tokens[i].clearMemo();
        }
        mark = 0;
        callInvalidRules = true;
        try {
            startRule();
        } catch (SyntaxErrorException e) {
            throw preferTokenizerError(e);
        }
        SyntaxErrorException e;
        if (lastToken.type == INDENT || lastToken.type == DEDENT) {
            e = indentationError(lastToken.type == INDENT ? "unexpected indent" : "unexpected unindent");
        } else {
            e = errorAt(lastToken, "invalid syntax");
            e = preferTokenizerError(e);
        }
        throw e;
    }

    /** bad_single_statement: anything but blanks and comments after the tokenizer's read position. */
    private boolean badSingleStatement() {
        int line = tokenizer.currentLineno();
        for (int ln = Math.max(line, 1); ln <= tokenizer.lineCount(); ln++) {
            String text = tokenizer.sourceLine(ln);
            if (text == null) {
                continue;
            }
            byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = ln == line ? Math.min(tokenizer.currentColumn(), b.length) : 0; i < b.length; i++) {
                byte c = b[i];
                if (c == '#') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f' && c != '\r' && c != '\n') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * _is_end_of_source after the first pass failed: the tokenizer has read the end of the input,
     * which it has when it gave ENDMARKER, or DEDENTs that only the end of input produces.
     */
    private boolean parserReachedEnd() {
        int last = tokens[fill - 1].type;
        if (last == ENDMARKER || endOfSingleInput) {
            return true;
        }
        if (last != DEDENT) {
            return false;
        }
        try {
            Token t;
            while ((t = tokenizer.next()).type() == TokenType.DEDENT) {
                // the rest of the closing dedents
            }
            return t.type() == TokenType.ENDMARKER;
        } catch (SyntaxErrorException e) {
            return false;
        }
    }

    /** _is_end_of_source for a tokenizer error: it met the end of the input (E_EOF, E_EOFS, E_EOLS). */
    private boolean tokenizerReachedEnd(SyntaxErrorException e) {
        String m = e.msg;
        return m.endsWith("was never closed") || m.equals("unexpected EOF while parsing")
            || m.startsWith("unterminated triple-quoted string literal")
            || (m.startsWith("unterminated string literal") && mode != Mode.FILE && e.lineno == tokenizer.lineCount());
    }

    /** RAISE_SYNTAX_ERROR("incomplete input") at the error token of the tokenizer. */
    private SyntaxErrorException incompleteInput(SyntaxErrorException e) {
        if (e.msg.startsWith("unterminated")) {
            return new SyntaxErrorException("SyntaxError", "incomplete input", e.filename, e.lineno, e.offset,
                e.endLineno, e.endOffset, e.text);
        }
        return tokenizer.errorAtToken("SyntaxError", "incomplete input", tokenizer.currentLineno(), -1,
            tokenizer.currentLineno(), -1);
    }

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further on
     * in the source takes precedence over the parser's error.
     */
    private SyntaxErrorException preferTokenizerError(SyntaxErrorException e) {
        if (mode == Mode.FSTRING || fill == 0 || tokenizerFailed) {
            return e;
        }
        SyntaxErrorException t = tokenizer.checkRestForErrors(tokens[fill - 1].lineno);
        return t != null ? t : e;
    }

    @Override
    ExprTy concatenateStrings(List<PegenToken> toks) {
        return StringParser.concatenate(this, toks);
    }

    @Override
    SyntaxErrorException rawError(String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        if (mode != Mode.FSTRING) {
            return super.rawError(kind, msg, lineno, offset, endLineno, endOffset);
        }
        // errors in an f-string expression: prefixed, columns relative to the "(...)" snippet, whose
        // line being read is the text
        String text = super.rawError(kind, msg, lineno, offset, endLineno, endOffset).text;
        return new SyntaxErrorException(kind, "f-string: " + msg, filename, lineno, offset - firstLineColShift,
            endLineno, endOffset < 0 ? endOffset : endOffset - firstLineColShift, text);
    }

    @Override
    SyntaxErrorException tokenizerError(SyntaxErrorException e) {
        if (mode != Mode.FSTRING) {
            return e;
        }
        // the tokenizer raises its own errors: no "f-string: " prefix, columns in the snippet
        return new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno + lineShift, e.offset,
            e.endLineno + lineShift, e.endOffset, e.text);
    }
}
