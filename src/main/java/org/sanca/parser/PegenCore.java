package org.sanca.parser;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.sanca.ast.Constant;
import org.sanca.ast.ExprContextTy;
import org.sanca.ast.ExprTy;
import org.sanca.ast.Located;
import org.sanca.ast.Name;
import org.sanca.objects.PyObject;

/**
 * The PEG parser's machinery: the lazily filled token array with its mark,
 * keyword recognition, memoization, token expectation and error raising.
 * CPython: Parser/pegen.c, Parser/pegen_errors.c.
 */
abstract class PegenCore {
    // Token kinds, as ints so that a test is one compare.
    static final int ENDMARKER = TokenType.ENDMARKER.ordinal(), NAME = TokenType.NAME.ordinal(),
        NUMBER = TokenType.NUMBER.ordinal(), STRING = TokenType.STRING.ordinal(),
        NEWLINE = TokenType.NEWLINE.ordinal(), INDENT = TokenType.INDENT.ordinal(),
        DEDENT = TokenType.DEDENT.ordinal(), LPAR = TokenType.LPAR.ordinal(), RPAR = TokenType.RPAR.ordinal(),
        LSQB = TokenType.LSQB.ordinal(), RSQB = TokenType.RSQB.ordinal(), COLON = TokenType.COLON.ordinal(),
        COMMA = TokenType.COMMA.ordinal(), SEMI = TokenType.SEMI.ordinal(), PLUS = TokenType.PLUS.ordinal(),
        MINUS = TokenType.MINUS.ordinal(), STAR = TokenType.STAR.ordinal(), SLASH = TokenType.SLASH.ordinal(),
        VBAR = TokenType.VBAR.ordinal(), AMPER = TokenType.AMPER.ordinal(), LESS = TokenType.LESS.ordinal(),
        GREATER = TokenType.GREATER.ordinal(), EQUAL = TokenType.EQUAL.ordinal(), DOT = TokenType.DOT.ordinal(),
        PERCENT = TokenType.PERCENT.ordinal(), LBRACE = TokenType.LBRACE.ordinal(),
        RBRACE = TokenType.RBRACE.ordinal(), EQEQUAL = TokenType.EQEQUAL.ordinal(),
        NOTEQUAL = TokenType.NOTEQUAL.ordinal(), LESSEQUAL = TokenType.LESSEQUAL.ordinal(),
        GREATEREQUAL = TokenType.GREATEREQUAL.ordinal(), TILDE = TokenType.TILDE.ordinal(),
        CIRCUMFLEX = TokenType.CIRCUMFLEX.ordinal(), LEFTSHIFT = TokenType.LEFTSHIFT.ordinal(),
        RIGHTSHIFT = TokenType.RIGHTSHIFT.ordinal(), DOUBLESTAR = TokenType.DOUBLESTAR.ordinal(),
        DOUBLESLASH = TokenType.DOUBLESLASH.ordinal(), AT = TokenType.AT.ordinal(),
        RARROW = TokenType.RARROW.ordinal(), ELLIPSIS = TokenType.ELLIPSIS.ordinal(),
        COLONEQUAL = TokenType.COLONEQUAL.ordinal(), AWAIT = TokenType.AWAIT.ordinal(),
        ASYNC = TokenType.ASYNC.ordinal(), ERRORTOKEN = TokenType.ERRORTOKEN.ordinal(),
        TYPE_COMMENT = TokenType.TYPE_COMMENT.ordinal();

    /** The hard keywords of 3.11, each with its own token kind from 100 on. */
    static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    static final int K_FALSE = 100, K_NONE = 101, K_TRUE = 102, K_AND = 103, K_AS = 104, K_ASSERT = 105,
        K_BREAK = 106, K_CLASS = 107, K_CONTINUE = 108, K_DEF = 109, K_DEL = 110, K_ELIF = 111, K_ELSE = 112,
        K_EXCEPT = 113, K_FINALLY = 114, K_FOR = 115, K_FROM = 116, K_GLOBAL = 117, K_IF = 118, K_IMPORT = 119,
        K_IN = 120, K_IS = 121, K_LAMBDA = 122, K_NONLOCAL = 123, K_NOT = 124, K_OR = 125, K_PASS = 126,
        K_RAISE = 127, K_RETURN = 128, K_TRY = 129, K_WHILE = 130, K_WITH = 131, K_YIELD = 132;
    private static final Map<String, Integer> KEYWORD_KINDS = new HashMap<>();

    static {
        for (int i = 0; i < KEYWORDS.length; i++) {
            KEYWORD_KINDS.put(KEYWORDS[i], 100 + i);
        }
        KEYWORD_KINDS.put("async", ASYNC);
        KEYWORD_KINDS.put("await", AWAIT);
    }

    final Tokenizer tokenizer;
    final String filename;
    PegenToken[] tokens = new PegenToken[64];
    int fill;
    int mark;
    /** True in the second pass, which tries the invalid_ rules for better messages. */
    boolean callInvalidRules;
    /** Set when the tokenizer raised: its error stands as it is (no look further on). */
    boolean tokenizerFailed;
    /** The "# type: ignore" comments read (with PyCF_TYPE_COMMENTS), for Module.type_ignores. */
    final java.util.List<org.sanca.ast.TypeIgnoreTy> typeIgnores = new java.util.ArrayList<>(0);
    /** The minor version whose syntax is accepted (ast.parse's feature_version), 11 by default. */
    int featureVersion = 11;
    /** CO_FUTURE_BARRY_AS_BDFL among compile()'s flags: '<>' instead of '!='. */
    boolean barryAsBdfl;
    /** Single input (one interactive statement): see fillToken. */
    boolean singleInput, parsingStarted, endOfSingleInput;
    /** Whether the end of a "single" input closes its open blocks (not with PyCF_DONT_IMPLY_DEDENT). */
    boolean implyDedent = true;
    /** For an f-string expression's sub-parser: the real position of the snippet's first line. */
    int lineShift, firstLineColShift;

    PegenCore(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.filename = tokenizer.filename();
    }

    // ---- the token array

    /** Reads one more token from the tokenizer into the array. */
    private void fillToken() {
        Token t;
        try {
            t = tokenizer.next();
            while (t.type() == TokenType.TYPE_IGNORE) {
                typeIgnores.add(new org.sanca.ast.TypeIgnore(t.lineno() + lineShift, t.string()));
                t = tokenizer.next();
            }
        } catch (SyntaxErrorException e) {
            tokenizerFailed = true;
            throw tokenizerError(e);
        }
        int type = t.type().ordinal();
        if (type == NAME) {
            Integer kw = KEYWORD_KINDS.get(t.string());
            if (kw != null && !(tokenizer.asyncHacks() && (kw == ASYNC || kw == AWAIT))) {
                type = kw;
            }
        }
        if (singleInput) {
            // the end of an interactive statement reads as an extra NEWLINE
            if (type == ENDMARKER && parsingStarted) {
                type = NEWLINE;
                parsingStarted = false;
                endOfSingleInput = true;
                if (implyDedent) {
                    tokenizer.closeBlocks();
                }
            } else {
                parsingStarted = true;
            }
        }
        if (fill == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, fill * 2);
        }
        int col = t.colOffset(), endCol = t.endColOffset();
        if (t.endLineno() == 1) {
            col += firstLineColShift;
            endCol += firstLineColShift;
        }
        tokens[fill++] = new PegenToken(type, t.string(), t.lineno() + lineShift, col,
            t.endLineno() + lineShift, endCol, tokenizer.level());
    }

    /** The token at the mark, read if needed. */
    final PegenToken peek() {
        if (mark == fill) {
            fillToken();
        }
        return tokens[mark];
    }

    /** The kind of the token at the mark. */
    final int peekType() {
        if (mark == fill) {
            fillToken();
        }
        return tokens[mark].type;
    }

    /** Consumes and returns the token at the mark if it is of the given kind. */
    final PegenToken expect(int type) {
        if (mark == fill) {
            fillToken();
        }
        PegenToken t = tokens[mark];
        if (t.type != type) {
            return null;
        }
        mark++;
        return t;
    }

    /** Consumes a token of the kind, or raises "expected 'x'" (pegen's forced token &&x). */
    final PegenToken expectForced(int type, String text) {
        PegenToken t = expect(type);
        if (t == null) {
            PegenToken at = peek();
            throw errorAt("SyntaxError", "expected '" + text + "'", at.lineno, at.colOffset, at.endLineno, at.endColOffset);
        }
        return t;
    }

    /** Whether the token at the mark is of the kind, without consuming it. */
    final boolean check(int type) {
        return peekType() == type;
    }

    /** Consumes a NAME whose text is the soft keyword. */
    final PegenToken expectSoftKeyword(String kw) {
        PegenToken t = peek();
        if (t.type == NAME && t.string.equals(kw)) {
            mark++;
            return t;
        }
        return null;
    }

    /** The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node ends. */
    final PegenToken last() {
        PegenToken t = null;
        for (int m = mark - 1; m >= 0; m--) {
            t = tokens[m];
            if (t.type != ENDMARKER && (t.type < NEWLINE || t.type > DEDENT)) {
                break;
            }
        }
        return t;
    }

    // ---- pegen's depth guard

    /** pegen's MAXSTACK: the depth of rule calls at which CPython's parser gives up (MemoryError). */
    static final int MAXSTACK = 6000;
    /**
     * pegen's p->level: how many of pegen's rule functions would be active here. Methods that
     * stand for pegen rules (and for the _loop, _gather and _tmp rules pegen makes of repeats and
     * groups) enter and leave it, so that sources nest as deep as CPython's, and no deeper.
     */
    int level;

    /** Enters n of pegen's rules: MemoryError (TooDeeplyNested) past MAXSTACK, as pegen's check. */
    final void enter(int n) {
        level += n;
        if (level > MAXSTACK) {
            throw new Parser.TooDeeplyNested();
        }
    }

    /** Leaves n of pegen's rules, passing r through. */
    final <T> T leave(int n, T r) {
        level -= n;
        return r;
    }

    // ---- memoization

    /** What memo returns for a rule not memoized at the mark. */
    static final Object NO_MEMO = new Object();
    /** The number of memoized rules (memo keys are 1..MEMO_TYPES-1). */
    static final int MEMO_TYPES = 27;

    /** The memoized result of rule type at the mark, or NO_MEMO; on a hit the mark moves past its parse. */
    final Object memo(int type) {
        PegenToken t = peek();
        int[] marks = t.memoMarks;
        if (marks == null || marks[type] == 0) {
            return NO_MEMO;
        }
        mark = marks[type] - 1;
        return t.memoNodes[type];
    }

    /** Records (or updates) rule type's result at token position start, ending at the current mark. */
    final void insertMemo(int start, int type, Object node) {
        PegenToken t = tokens[start];
        if (t.memoMarks == null) {
            t.memoMarks = new int[MEMO_TYPES];
            t.memoNodes = new Object[MEMO_TYPES];
        }
        t.memoMarks[type] = mark + 1;
        t.memoNodes[type] = node;
    }

    /** Updates the memo of rule type at position start; used to grow a left-recursive seed. */
    final void updateMemo(int start, int type, Object node) {
        insertMemo(start, type, node);
    }

    /** A left-recursive rule's raw body, parsed again and again to grow the seed. */
    @FunctionalInterface
    interface Raw<T> {
        T parse();
    }

    /**
     * pegen's left recursion: memoize failure, then reparse the rule's body while each
     * round consumes more than the last, memoizing each longer result as the new seed.
     */
    final <T> T leftRecursive(int type, Raw<T> raw) {
        int start = mark;
        enter(1);
        Object hit = memo(type);
        if (hit != NO_MEMO) {
            @SuppressWarnings("unchecked") T r = (T) hit;
            return leave(1, r);
        }
        enter(1); // its _raw body
        T res = null;
        int resMark = start;
        while (true) {
            mark = resMark;
            updateMemo(start, type, res);
            mark = start;
            T r = raw.parse();
            if (r == null || mark <= resMark) {
                break;
            }
            resMark = mark;
            res = r;
        }
        mark = resMark;
        return leave(2, res);
    }

    // ---- token actions

    /** A NAME token (not a keyword) as a Name node in Load context; null if the next token is not one. */
    final Name name() {
        PegenToken t = expect(NAME);
        return t == null ? null : nameOf(t);
    }

    final Name nameOf(PegenToken t) {
        String id = t.id;
        if (id == null) {
            id = t.id = identifier(t.string);
        }
        return new Name(id, ExprContextTy.Load, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** An identifier, NFKC-normalized when not ASCII (pegen's _PyPegen_new_identifier). */
    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** A NUMBER token as a Constant. */
    final ExprTy number() {
        PegenToken t = expect(NUMBER);
        if (t == null) {
            return null;
        }
        if (featureVersion < 6 && t.string.indexOf('_') >= 0) {
            checkVersion(6, "Underscores in numeric literals are", t);
        }
        PyObject v;
        try {
            v = Literals.parseNumber(t.string);
        } catch (Literals.LiteralException e) {
            int col = e.atToken ? t.colOffset : -1;
            throw errorAt("SyntaxError", e.getMessage(), t.lineno, col, t.endLineno, e.atToken ? t.endColOffset : -1);
        }
        return new Constant(v, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    // ---- warnings and errors

    /** Where warnings go (DeprecationWarning for invalid escapes), or null to drop them. */
    Tokenizer.WarningHandler warnings;

    /**
     * PyErr_WarnExplicitObject at token t's line; when the warning filters make it an error,
     * it is raised as a SyntaxError at the token (pegen sets known_err_token).
     */
    final void warnAtToken(String category, String msg, PegenToken t) {
        if (warnings != null && warnings.warn(category, msg, filename, t.lineno)) {
            throw errorAt("SyntaxError", msg, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
        }
    }

    /** A tokenizer error as this parser reports it (f-string sub-parsers relocate it). */
    SyntaxErrorException tokenizerError(SyntaxErrorException e) {
        return e;
    }

    /** A SyntaxError (or IndentationError) at the given byte positions. */
    final SyntaxErrorException errorAt(String kind, String msg, int lineno, int col, int endLineno, int endCol) {
        return rawError(kind, msg, lineno, col + 1, endLineno, endCol + 1);
    }

    /** _PyPegen_raise_error_known_location: offsets 1-based in bytes, converted to characters. */
    SyntaxErrorException rawError(String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        return tokenizer.errorAt(kind, msg, lineno, offset, endLineno, endOffset);
    }

    /** CHECK_VERSION: the node, or a SyntaxError when feature_version is below 3.version. */
    final <T> T checkVersion(int version, String what, T node) {
        if (featureVersion < version) {
            throw syntaxError(what + " only supported in Python 3." + version + " and greater");
        }
        return node;
    }

    /** RAISE_SYNTAX_ERROR: located at the last token read. */
    final SyntaxErrorException syntaxError(String msg) {
        return errorAtLastToken("SyntaxError", msg);
    }

    /** RAISE_INDENTATION_ERROR: located at the last token read. */
    final SyntaxErrorException indentationError(String msg) {
        return errorAtLastToken("IndentationError", msg);
    }

    /**
     * _PyPegen_raise_error: at the last token read; a token without a column (INDENT, DEDENT)
     * is placed at the tokenizer's read position.
     */
    private SyntaxErrorException errorAtLastToken(String kind, String msg) {
        if (fill == 0) {
            return rawError(kind, msg, 0, 0, 0, -1);
        }
        PegenToken t = tokens[fill - 1];
        int offset = t.colOffset == -1 ? tokenizer.currentColumn() : t.colOffset + 1;
        int endOffset = t.endColOffset == -1 ? -1 : t.endColOffset + 1;
        return rawError(kind, msg, t.lineno, offset, t.endLineno, endOffset);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a): located at a node. */
    final SyntaxErrorException errorAt(Located a, String msg) {
        return errorAt("SyntaxError", msg, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a): located at a token. */
    final SyntaxErrorException errorAt(PegenToken a, String msg) {
        return errorAt("SyntaxError", msg, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b). */
    final SyntaxErrorException errorRange(int lineno, int col, int endLineno, int endCol, String msg) {
        return errorAt("SyntaxError", msg, lineno, col, endLineno, endCol);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): from a node or token to the tokenizer's read position. */
    final SyntaxErrorException errorFrom(Located a, String msg) {
        return errorFrom(a.lineno(), a.col_offset(), msg);
    }

    final SyntaxErrorException errorFrom(PegenToken a, String msg) {
        return errorFrom(a.lineno, a.colOffset, msg);
    }

    SyntaxErrorException errorFrom(int lineno, int col, String msg) {
        return rawError("SyntaxError", msg, lineno, col + 1, tokenizer.currentLineno() + lineShift,
            tokenizer.currentColumn());
    }
}
