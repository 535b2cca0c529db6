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
        /** The expression of an f-string replacement field (fstring_input). */
        FSTRING
    }

    private final Mode mode;

    private Parser(Tokenizer tokenizer, Mode mode) {
        super(tokenizer);
        this.mode = mode;
        this.singleInput = mode == Mode.SINGLE;
    }

    /** Parses source bytes (decoded per PEP 263) into the mod node of the mode. */
    public static ModTy parse(byte[] source, String filename, Mode mode) {
        return (ModTy) new Parser(new Tokenizer(source, filename), mode).run();
    }

    /** Parses decoded source text into the mod node of the mode. */
    public static ModTy parse(String source, String filename, Mode mode) {
        return (ModTy) new Parser(new Tokenizer(source, filename), mode).run();
    }

    /** fstring_compile_expr's sub-parser: the expression of snippet "(...)", placed at its real position. */
    static ExprTy parseFStringExpression(String snippet, String filename, int lineShift, int colShift) {
        Parser p = new Parser(new Tokenizer(snippet, filename), Mode.FSTRING);
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
        switch (mode) {
            case FILE: {
                List<StmtTy> a = statements();
                return expect(ENDMARKER) == null ? null : new Module(ActionHelpers.orEmpty(a), new ArrayList<>(0));
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

    // type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression] | '*' expression [',' '**' expression]
    //     | '**' expression      (the starred forms keep only the expressions)
    private List<ExprTy> typeExpressions() {
        List<ExprTy> l = new ArrayList<>();
        while (true) {
            int m = mark;
            if (!l.isEmpty() && expect(COMMA) == null) {
                break;
            }
            int stars = expect(STAR) != null ? 1 : expect(DOUBLESTAR) != null ? 2 : 0;
            ExprTy e = expression();
            if (e == null) {
                mark = m;
                break;
            }
            l.add(e);
            if (stars == 2) {
                break;
            }
        }
        return l.isEmpty() ? null : l;
    }

    /** _PyPegen_run_parser: the first pass, then on failure the second pass and the error it finds. */
    private Object run() {
        Object r;
        try {
            r = startRule();
        } catch (SyntaxErrorException e) {
            throw preferTokenizerError(e);
        }
        if (r != null) {
            return r;
        }
        PegenToken lastToken = tokens[fill - 1];
        for (int i = 0; i < fill; i++) {
            tokens[i].memo = null;
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

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further on
     * in the source takes precedence over the parser's error.
     */
    private SyntaxErrorException preferTokenizerError(SyntaxErrorException e) {
        if (mode == Mode.FSTRING || mode == Mode.SINGLE || fill == 0) {
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
        // errors in an f-string expression: prefixed, columns relative to the "(...)" snippet
        return new SyntaxErrorException(kind, "f-string: " + msg, filename, lineno, offset - firstLineColShift,
            endLineno, endOffset < 0 ? endOffset : endOffset - firstLineColShift, null);
    }

    @Override
    SyntaxErrorException tokenizerError(SyntaxErrorException e) {
        if (mode != Mode.FSTRING) {
            return e;
        }
        return new SyntaxErrorException(e.kind, "f-string: " + e.msg, e.filename, e.lineno + lineShift, e.offset,
            e.endLineno + lineShift, e.endOffset, e.text);
    }
}
