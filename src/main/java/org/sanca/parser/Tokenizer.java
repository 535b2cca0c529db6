package org.sanca.parser;

/**
 * Turns Python source into tokens on demand, one {@link #next()} at a time, as the PEG
 * parser pulls them; lexical errors are raised when reached.
 * CPython: Parser/tokenizer.c (tok_get).
 *
 * <p>The source is UTF-8 bytes (see {@link TokenizerSource}); columns count bytes from the
 * line start, as the AST's col_offset does. Comments and blank lines yield nothing; keywords
 * are NAME tokens (non-ASCII names NFKC-normalised); "&lt;&gt;" is NOTEQUAL and stray
 * characters such as '$' are OP tokens, as in CPython. As there, INDENT, DEDENT and
 * ENDMARKER carry column -1, and a NEWLINE token is empty, starting at the '\n' (or at the
 * '#' of a trailing comment).
 *
 * <p>For the parser's own errors: {@link #errorAtToken} and {@link #errorAt} build them as
 * CPython's pegen does (text, character offsets), {@link #checkRestForErrors} lets a later
 * tokenizer error replace a generic "invalid syntax", and {@link #setWarningHandler} receives
 * SyntaxWarnings.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private final byte[] b;
    private final int end;
    private final int[] lineStarts;
    private final int lineCount;
    private final String filename;
    /** Whether parser-side errors convert byte offsets to characters (CPython: tok->encoding != NULL). */
    private final boolean convertOffsets;
    /** The source's encoding (CPython: tok->encoding; null for undeclared UTF-8 bytes). */
    private final java.nio.charset.Charset encoding;
    /** Module input (compile's "exec"): the parser quotes error lines from the file named, if any. */
    private boolean quoteFile;
    private final TokenizerNames names = new TokenizerNames();

    /** tok->cur, the line being read (tok->lineno, tok->line_start) and where the next one starts. */
    private int pos;
    private int lineno;
    private int lineStart;
    private int nextLineStart;
    /**
     * Where the text CPython's parser quotes for an error on the current line begins
     * (tok->buf): the current line's start, except that lines entered inside a token (a
     * multi-line string, a backslash continuation) extend the text of the line it began on.
     */
    private int bufStart;

    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];

    private int level;
    private final byte[] parenstack = new byte[MAXLEVEL];
    private final int[] parenLineno = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];

    /** File mode (see forFile) and what it needs to know of the file. */
    private final boolean fileMode;
    private final boolean lastLineHadNewline;
    private final int nulLine, nulOffset, badUtf8Line, badUtf8Byte;
    /** The first line whose reading fails (a NUL byte or undeclared non-UTF-8), or 0. */
    private final int poisonLine;

    /** Receives warnings; null ignores them. */
    private WarningHandler warnings;

    /** The error already raised; later calls raise it again (CPython: tok->done). */
    private SyntaxErrorException failed;
    /** Whether failed is an error CPython's parser reports from a tokenizer state code. */
    private boolean failedDeferred;
    /** Whether failed is malformed UTF-8 in an identifier (E_DECODE, with UnicodeDecodeError set). */
    private boolean decodeFailed;

    /** Tokenizes raw source bytes of a module, decoded per PEP 263 (coding cookie) or a UTF-8 BOM. */
    public Tokenizer(byte[] source, String filename) {
        this(source, filename, true);
    }

    /** Tokenizes already-decoded source text of a module (no cookie processing, as for compile(str)). */
    public Tokenizer(String source, String filename) {
        this(source, filename, true);
    }

    /**
     * Tokenizes raw source bytes; execInput is false for compile()'s "eval" and "single" modes,
     * where CPython adds no newline after a last line lacking one (so no NEWLINE precedes
     * ENDMARKER there).
     */
    public Tokenizer(byte[] source, String filename, boolean execInput) {
        this(TokenizerSource.fromBytes(source, filename, mode(execInput)), filename, false, execInput);
    }

    /** Tokenizes already-decoded source text; execInput as for the byte[] constructor. */
    public Tokenizer(String source, String filename, boolean execInput) {
        this(TokenizerSource.fromString(source, filename, mode(execInput)), filename, false, execInput);
    }

    /**
     * Tokenizes a script as CPython's file tokenizer does when running it (python3 file.py):
     * a NUL byte is "source code cannot contain null bytes" at its line, undeclared non-UTF-8
     * is "Non-UTF-8 code starting with ...", an unknown cookie is "encoding problem: ...",
     * and the parser's errors quote the file's line alone.
     */
    public static Tokenizer forFile(byte[] source, String filename) {
        return new Tokenizer(TokenizerSource.fromBytes(source, filename, TokenizerSource.Mode.FILE), filename, true, true);
    }

    private static TokenizerSource.Mode mode(boolean execInput) {
        return execInput ? TokenizerSource.Mode.EXEC : TokenizerSource.Mode.EVAL;
    }

    private Tokenizer(TokenizerSource src, String filename, boolean fileMode, boolean execInput) {
        this.encoding = src.encoding;
        this.quoteFile = execInput;
        this.b = src.buf;
        this.end = src.length;
        this.lineStarts = src.lineStarts;
        this.lineCount = src.lineCount;
        this.convertOffsets = src.convertOffsets;
        this.filename = filename;
        this.fileMode = fileMode;
        this.lastLineHadNewline = src.lastLineHadNewline;
        this.nulLine = src.nulLine;
        this.nulOffset = src.nulOffset;
        this.badUtf8Line = src.badUtf8Line;
        this.badUtf8Byte = src.badUtf8Byte;
        this.poisonLine = minPositive(nulLine, badUtf8Line);
    }

    private static int minPositive(int a, int b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }

    /** Receives the tokenizer's warnings (CPython: parser_warn). */
    @FunctionalInterface
    public interface WarningHandler {
        /**
         * Issues warning message of class category (e.g. "SyntaxWarning") for line lineno of
         * filename; returns true when the warning filters turn it into an error, which the
         * tokenizer then raises as a SyntaxError with the same message at its position.
         */
        boolean warn(String category, String message, String filename, int lineno);
    }

    /** Whether "# type: ..." comments are tokens (compile()'s PyCF_TYPE_COMMENTS). */
    private boolean typeComments;

    /** Makes "# type: ..." comments TYPE_COMMENT and TYPE_IGNORE tokens (PyCF_TYPE_COMMENTS). */
    public void setTypeComments(boolean on) {
        this.typeComments = on;
    }

    /**
     * A comment read from start up to c (its '\n' or EOF) as a type comment, or null: "#",
     * "type", ":" with any blanks where the prefix "# type: " has spaces. "type: ignore"
     * followed by the end or an ASCII non-alphanumeric is TYPE_IGNORE (its text the rest, its
     * line's newline eaten if the comment is alone on the line), anything else TYPE_COMMENT.
     */
    private Token typeComment(int c, int start, boolean blankline) {
        int cur = c == EOF ? pos : pos - 1;
        int p = start;
        for (char want : "# type: ".toCharArray()) {
            if (want == ' ') {
                while (p < cur && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
            } else if (p < cur && b[p] == want) {
                p++;
            } else {
                return null;
            }
        }
        backup(c);
        int ignoreEnd = p + 6;
        boolean ignore = cur >= ignoreEnd && new String(b, p, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
            .equals("ignore") && !(cur > ignoreEnd && (b[ignoreEnd] < 0 || Character.isLetterOrDigit(b[ignoreEnd])));
        int from = ignore ? ignoreEnd : p;
        String text = new String(b, from, cur - from, java.nio.charset.StandardCharsets.UTF_8);
        Token t = new Token(ignore ? TokenType.TYPE_IGNORE : TokenType.TYPE_COMMENT, text, lineno,
            from - lineStart, lineno, cur - lineStart);
        if (ignore && blankline) {
            nextc();
            atbol = true;
        }
        return t;
    }

    /** Sets where warnings go (none by default). */
    public void setWarningHandler(WarningHandler handler) {
        this.warnings = handler;
    }

    /** A SyntaxWarning at the read position; CPython: parser_warn. */
    void warn(String msg) {
        if (warnings != null && warnings.warn("SyntaxWarning", msg, filename, lineno)) {
            throw syntaxError(msg);
        }
    }

    /** The file name given at construction. */
    public String filename() {
        return filename;
    }

    /** The current bracket nesting depth (after the last token returned). */
    public int level() {
        return level;
    }

    /** The number of the line the tokenizer is reading (tok->lineno). */
    public int currentLineno() {
        return lineno;
    }

    /** The byte column of the read position in the current line (tok->cur - tok->line_start). */
    public int currentColumn() {
        return pos - lineStart;
    }

    /** The number of source lines. */
    public int lineCount() {
        return lineCount;
    }

    // ---------------------------------------------------------------- reading

    /** The next byte (0..255) or EOF, moving to the next line when the current one is used up. */
    int nextc() {
        if (pos == nextLineStart) {
            if (pos >= end) {
                return EOF;
            }
            lineno++;
            lineStart = pos;
            bufStart = pos;
            nextLineStart = lineStarts[lineno];
            if (lineno == poisonLine) {
                throw unreadableLine();
            }
        }
        return b[pos++] & 0xff;
    }

    void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    // ---------------------------------------------------------------- tokens

    /** The next token; raises SyntaxErrorException when a lexical error is reached. */
    public Token next() {
        if (failed != null) {
            throw failed;
        }
        try {
            return get();
        } catch (SyntaxErrorException e) {
            failed = e;
            throw e;
        }
    }

    private Token get() {
        for (;;) {
            boolean blankline = atbol && indentation();
            if (pendin != 0) {
                return indentToken();
            }
            if (asyncDef) {
                leaveAsyncDef(blankline);
            }
            int c;
            int start;
            for (;;) {
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = c == EOF ? pos : pos - 1;
                if (c != '\\') {
                    break;
                }
                int buf = bufStart;
                continuation(false);
                bufStart = buf;
            }
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = nextc();
                }
                Token typeComment = typeComments ? typeComment(c, start, blankline) : null;
                if (typeComment != null) {
                    return typeComment;
                }
            }
            if (c == EOF) {
                if (level > 0) {
                    throw deferred(unclosedBracketError());
                }
                return new Token(TokenType.ENDMARKER, "", lineno, -1, lineno, -1);
            }
            if (c == '\n') {
                atbol = true;
                if (blankline || level > 0) {
                    continue;
                }
                asyncDefNl |= asyncDef;
                return new Token(TokenType.NEWLINE, "", lineno, start - lineStart, lineno, pos - 1 - lineStart);
            }
            return token(c, start);
        }
    }

    /** Everything but NEWLINE and ENDMARKER: names, numbers, strings, operators. */
    private Token token(int c, int start) {
        if (isIdentifierStart(c)) {
            return nameOrString(c, start);
        }
        if (c == '.') {
            int c2 = nextc();
            if (c2 >= '0' && c2 <= '9') {
                return TokenizerNumbers.fraction(this, c2, start);
            }
            if (c2 == '.') {
                int c3 = nextc();
                if (c3 == '.') {
                    return op(TokenType.ELLIPSIS, start);
                }
                backup(c3);
            }
            backup(c2);
            return op(TokenType.DOT, start);
        }
        if (c >= '0' && c <= '9') {
            return TokenizerNumbers.number(this, c, start);
        }
        if (c == '\'' || c == '"') {
            return string(c, start);
        }
        return operator(c, start);
    }

    /**
     * Handles backslash-newline between tokens; CPython: tok_continuation_line. At EOF the
     * column is where the line starts; for a backslash in a line's indentation the file tokenizer
     * has emptied its buffer on reading (no token is open), so there CPython reports column 0.
     */
    private int continuation(boolean indentation) {
        int c = nextc();
        if (c != '\n') {
            // CPython counts this column from tok->buf, which a multi-line token leaves on its first line
            throw deferred(errorAt("SyntaxError", "unexpected character after line continuation character",
                    lineno, pos - bufStart, lineno, 0));
        }
        c = nextc();
        if (c == EOF) {
            pos = end;
            if (level > 0) {
                throw deferred(unclosedBracketError());
            }
            throw deferred(errorAt("SyntaxError", "unexpected EOF while parsing",
                    lineno, indentation && fileMode ? 0 : pos - lineStart, lineno, -1));
        }
        backup(c);
        return c;
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT; returns whether the
     * line is blank (only whitespace and comment). CPython: the atbol block of tok_get.
     */
    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        atbol = false;
        int c;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuation(true);
            } else {
                break;
            }
        }
        backup(c);
        boolean blank = c == '#' || c == '\n';
        if (!blank && level == 0) {
            if (contLineCol != 0) {
                col = altcol = contLineCol;
            }
            changeIndent(col, altcol);
        }
        return blank;
    }

    private void changeIndent(int col, int altcol) {
        if (col == indstack[indent]) {
            if (altcol != altindstack[indent]) {
                throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
            }
        } else if (col > indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw indentError("IndentationError", "too many levels of indentation");
            }
            if (altcol <= altindstack[indent]) {
                throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
            }
            pendin++;
            indent++;
            indstack[indent] = col;
            altindstack[indent] = altcol;
        } else {
            while (indent > 0 && col < indstack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indstack[indent]) {
                pos = nextLineStart;
                throw deferred(errorAt("IndentationError", "unindent does not match any outer indentation level",
                        lineno, pos - lineStart, lineno, -1));
            }
            if (altcol != altindstack[indent]) {
                throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
            }
        }
    }

    private SyntaxErrorException indentError(String kind, String msg) {
        pos = nextLineStart;
        return deferred(errorAt(kind, msg, lineno, 1, lineno, 0));
    }

    /**
     * Queues a DEDENT for every open block, as pegen does when it reads the end of a "single"
     * input as its final NEWLINE (p->tok->pendin = -p->tok->indent).
     */
    void closeBlocks() {
        pendin = -indent;
        indent = 0;
    }

    private Token indentToken() {
        TokenType type;
        if (pendin < 0) {
            pendin++;
            type = TokenType.DEDENT;
        } else {
            pendin--;
            type = TokenType.INDENT;
        }
        return new Token(type, "", lineno, -1, lineno, -1);
    }

    // ---------------------------------------------------------------- names and strings

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static final boolean[] IDENTIFIER_CHAR = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            IDENTIFIER_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
        }
    }

    static boolean isIdentifierChar(int c) {
        return c >= 0 && IDENTIFIER_CHAR[c];
    }

    /** A NAME, or a STRING when the letters read are a string prefix followed by a quote. */
    private Token nameOrString(int c, int start) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c, start);
            }
        }
        if (c == EOF) {
            // prefix letters end the text (non-exec input): as if a newline followed
            c = '\n';
            pos++;
        }
        byte[] buf = b;
        int p = pos;
        int h = TokenizerNames.hash(buf, start, p - 1);
        boolean nonascii = false;
        while (IDENTIFIER_CHAR[c]) {
            nonascii |= c >= 128;
            h = 31 * h + (byte) c;
            c = buf[p++] & 0xff;
        }
        pos = p - 1;
        String name = nonascii ? TokenizerNames.verify(this, b, start, pos) : names.intern(b, start, pos, h);
        int col = start - lineStart;
        TokenType type = asyncHacks && pos - start == 5 ? asyncHacksKind(name) : TokenType.NAME;
        return new Token(type, name, lineno, col, lineno, pos - lineStart);
    }

    // ---------------------------------------------------------------- async_hacks

    /** feature_version below 7: async and await are keywords only in and for an 'async def'. */
    private boolean asyncHacks;
    /** Inside an 'async def' (tok->async_def), its indentation, and whether its signature ended. */
    private boolean asyncDef, asyncDefNl;
    private int asyncDefIndent;

    /** Makes async and await names outside 'async def' (ast.parse's feature_version < 7). */
    public void setAsyncHacks(boolean on) {
        this.asyncHacks = on;
    }

    /** Whether async and await are names unless the tokenizer makes them ASYNC or AWAIT. */
    public boolean asyncHacks() {
        return asyncHacks;
    }

    /**
     * With async_hacks: ASYNC or AWAIT inside an 'async def', ASYNC for an 'async' followed by
     * 'def' (which starts one), NAME otherwise.
     */
    private TokenType asyncHacksKind(String name) {
        boolean isAsync = name.equals("async");
        if (!isAsync && !name.equals("await")) {
            return TokenType.NAME;
        }
        if (asyncDef) {
            return isAsync ? TokenType.ASYNC : TokenType.AWAIT;
        }
        if (isAsync && defFollows()) {
            asyncDefIndent = indent;
            asyncDef = true;
            asyncDefNl = false;
            return TokenType.ASYNC;
        }
        return TokenType.NAME;
    }

    /** Whether the next token is the name 'def' (blanks and backslash-newlines between). */
    private boolean defFollows() {
        int p = pos;
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\f'
                || (b[p] == '\\' && p + 1 < end && b[p + 1] == '\n'))) {
            p += b[p] == '\\' ? 2 : 1;
        }
        return p + 3 <= end && b[p] == 'd' && b[p + 1] == 'e' && b[p + 2] == 'f'
            && (p + 3 == end || !IDENTIFIER_CHAR[b[p + 3] & 0xff]);
    }

    /** An 'async def' ends at the first line, after its signature, indented no deeper than it. */
    private void leaveAsyncDef(boolean blankline) {
        int c = pos < end ? b[pos] : '\n';
        if (!blankline && c != '\n' && level == 0 && asyncDefNl && asyncDefIndent >= indent) {
            asyncDef = false;
            asyncDefIndent = 0;
            asyncDefNl = false;
        }
    }

    /** A string literal whose opening quote was just read; CPython: the letter_quote block. */
    private Token string(int quote, int start) {
        int buf = bufStart;
        int firstLineno = lineno;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean nonascii = false;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                throw unterminatedString(quoteSize, start, firstLineno, firstLineStart);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                }
                nonascii |= c >= 128;
            }
        }
        bufStart = buf;
        String text = nonascii ? TokenizerUtf8.decodeSurrogateEscape(b, start, pos) : latin1(start, pos);
        return new Token(TokenType.STRING, text, firstLineno, start - firstLineStart, lineno, pos - lineStart);
    }

    private SyntaxErrorException unterminatedString(int quoteSize, int start, int firstLineno, int firstLineStart) {
        int detected = lineno;
        pos = start + 1;
        lineStart = firstLineStart;
        lineno = firstLineno;
        String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return syntaxError(what + " (detected at line " + detected + ")");
    }

    String latin1(int from, int to) {
        return new String(b, 0, from, to - from);
    }

    // ---------------------------------------------------------------- operators

    private Token op(TokenType type, int start) {
        return new Token(type, type.text, lineno, start - lineStart, lineno, pos - lineStart);
    }

    private Token operator(int c, int start) {
        int c2 = nextc();
        TokenType two = TokenizerOperators.twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = TokenizerOperators.threeChars(c, c2, c3);
            if (three != null) {
                return op(three, start);
            }
            backup(c3);
            if (two == TokenType.NOTEQUAL && c == '<') {
                return new Token(two, "<>", lineno, start - lineStart, lineno, pos - lineStart);
            }
            return op(two, start);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> openBracket(c, start);
            case ')', ']', '}' -> closeBracket(c);
            default -> {
                if (c < 32 || c == 127) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
            }
        }
        TokenType one = TokenizerOperators.oneChar(c);
        if (one == null) {
            return new Token(TokenType.OP, String.valueOf((char) c), lineno, start - lineStart, lineno, pos - lineStart);
        }
        return op(one, start);
    }

    private void openBracket(int c, int start) {
        if (level >= MAXLEVEL) {
            throw syntaxError("too many nested parentheses");
        }
        parenstack[level] = (byte) c;
        parenLineno[level] = lineno;
        parenCol[level] = start - lineStart;
        level++;
    }

    private void closeBracket(int c) {
        if (level == 0) {
            throw syntaxError("unmatched '" + (char) c + "'");
        }
        level--;
        int opening = parenstack[level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + (char) opening + "'";
            if (parenLineno[level] != lineno) {
                msg += " on line " + parenLineno[level];
            }
            throw syntaxError(msg);
        }
    }

    // ---------------------------------------------------------------- for TokenizerNumbers and TokenizerNames

    /** A NUMBER token from start to the read position. */
    Token numberToken(int start) {
        return new Token(TokenType.NUMBER, latin1(start, pos), lineno, start - lineStart, lineno, pos - lineStart);
    }

    /** The byte i positions after the read position, within the current line. */
    int peekChar(int i) {
        int p = pos + i;
        return p < nextLineStart ? b[p] & 0xff : EOF;
    }

    int position() {
        return pos;
    }

    void setPosition(int p) {
        pos = p;
    }

    int lineStart() {
        return lineStart;
    }

    // ---------------------------------------------------------------- errors

    /** File mode: the error for reading line poisonLine (CPython: tok_nextc's checks, ensure_utf8). */
    private SyntaxErrorException unreadableLine() {
        if (lineno == badUtf8Line && (nulLine == 0 || badUtf8Line < nulLine)) {
            String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                    + "declared; see https://peps.python.org/pep-0263/ for details", badUtf8Byte, filename, lineno);
            int none = SyntaxErrorException.NONE;
            return new SyntaxErrorException("SyntaxError", msg, filename, none, none, none, none, null);
        }
        String text = TokenizerSource.decodeReplace(b, lineStart, nulOffset);
        return new SyntaxErrorException("SyntaxError", "source code cannot contain null bytes", filename, lineno, 0,
                lineno, 0, text);
    }

    /**
     * A decoding error in an identifier: CPython reports it from the parser at the read
     * position (raise_decode_error), and it ends tokenizing like a state-code error.
     */
    SyntaxErrorException decodeError(String msg) {
        decodeFailed = true;
        return deferred(errorAt("SyntaxError", msg, lineno, pos - lineStart, lineno, -1));
    }

    private SyntaxErrorException deferred(SyntaxErrorException e) {
        failedDeferred = true;
        return e;
    }

    /**
     * An error as the tokenizer raises it itself (CPython: syntaxerror): at the read position,
     * offsets in characters, the text being the current line without its newline.
     */
    SyntaxErrorException syntaxError(String msg) {
        int col = TokenizerUtf8.codePointsIn(b, lineStart, pos - lineStart);
        return syntaxErrorRange(msg, col, col);
    }

    /** CPython: syntaxerror_known_range (offsets given as they are). */
    SyntaxErrorException syntaxErrorRange(String msg, int offset, int endOffset) {
        int eol = lineStart;
        while (eol < end && b[eol] != '\n') {
            eol++;
        }
        String text = TokenizerSource.decodeReplace(b, lineStart, eol);
        return new SyntaxErrorException("SyntaxError", msg, filename, lineno, offset, lineno, endOffset, text);
    }

    /**
     * "'(' was never closed" for the innermost open bracket (level() must be &gt; 0);
     * CPython: raise_unclosed_parentheses_error. The tokenizer raises it itself at EOF.
     */
    public SyntaxErrorException unclosedBracketError() {
        int i = level - 1;
        return errorAt("SyntaxError", "'" + (char) parenstack[i] + "' was never closed",
                parenLineno[i], parenCol[i] + 1, parenLineno[i], 0);
    }

    /**
     * Builds the error CPython's parser raises at a known location
     * (CPython: _PyPegen_raise_error_known_location): offsets are 1-based byte offsets (or
     * &lt;= 0, passed through), converted to characters against the error line unless the
     * source was bytes without a BOM or coding cookie. Module source named after an existing file
     * quotes that file's line (ProgramText). Otherwise the text is the line being read, with
     * its newline (and the lines before it that a string or backslash continuation joined to
     * it), when lineno is not before it; otherwise line lineno without its newline.
     */
    public SyntaxErrorException errorAt(String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        String disk = !fileMode && quoteFile ? ProgramText.line(filename, lineno, encoding) : null;
        if (disk != null) {
            // compile() of a module named after an existing file quotes the file's line
            byte[] line = disk.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (convertOffsets) {
                offset = charOffset(line, 0, line.length, offset);
                endOffset = endOffset > 0 ? charOffset(line, 0, line.length, endOffset) : endOffset;
            }
            return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, disk);
        }
        int from;
        int to;
        if (fileMode && lineno >= 1 && lineno <= lineCount) {
            // CPython reads the line from the file (_PyErr_ProgramDecodedTextObject)
            to = lineno < lineCount || lastLineHadNewline ? lineStarts[lineno] : lineEnd(lineno);
            from = ProgramText.lastChunkStart(b, lineStarts[lineno - 1], to);
        } else if (this.lineno <= lineno && this.lineno > 0) {
            from = bufStart;
            to = nextLineStart;
        } else {
            int ln = Math.max(1, Math.min(lineno, lineCount));
            from = lineStarts[ln - 1];
            to = lineEnd(ln);
        }
        if (convertOffsets) {
            offset = charOffset(b, from, to, offset);
            if (endOffset > 0) {
                endOffset = charOffset(b, from, to, endOffset);
            }
        }
        String text = TokenizerSource.decodeReplace(b, from, to);
        return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /** For a sub-parser not of module input (an f-string's expression): errors quote the buffer, not the file. */
    void quoteBuffer() {
        quoteFile = false;
    }

    /**
     * The error CPython's parser raises at a token (CPython: _PyPegen_raise_error, as used by
     * RAISE_SYNTAX_ERROR and RAISE_INDENTATION_ERROR at the last token read): columns are the
     * token's 0-based byte columns; a column of -1 (INDENT, DEDENT, ENDMARKER) stands for the
     * read position, and an end column of -1 stays -1.
     */
    public SyntaxErrorException errorAtToken(String kind, String msg, int lineno, int col, int endLineno, int endCol) {
        int offset = col == -1 ? pos - lineStart : col + 1;
        return errorAt(kind, msg, lineno, offset, endLineno, endCol == -1 ? -1 : endCol + 1);
    }

    /** CPython: _PyPegen_byte_offset_to_character_offset over the line b[from, to). */
    private static int charOffset(byte[] b, int from, int to, int offset) {
        if (offset < 0) {
            return offset;
        }
        int len = to - from;
        int n = Math.min(offset, len + 1);
        int extra = n > len ? 1 : 0;
        return TokenizerUtf8.codePointsIn(b, from, n - extra) + extra;
    }

    /** Converts a 0-based UTF-8 byte column on line lineno to SyntaxError's 1-based character offset. */
    public int charOffset(int lineno, int byteCol) {
        if (lineno < 1 || lineno > lineCount) {
            return byteCol + 1;
        }
        return charOffset(b, lineStarts[lineno - 1], lineEnd(lineno), byteCol + 1);
    }

    /** Where line lineno (1-based, valid) ends, before its newline if any. */
    private int lineEnd(int lineno) {
        int next = lineStarts[lineno];
        return next > 0 && b[next - 1] == '\n' ? next - 1 : next;
    }

    /** The text of source line lineno (1-based) without its line ending, or null if out of range. */
    public String sourceLine(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return null;
        }
        return TokenizerSource.decodeReplace(b, lineStarts[lineno - 1], lineEnd(lineno));
    }

    /**
     * After the parser found a generic "invalid syntax" on line errLineno, reads on to the end
     * and returns the tokenizer error that should replace it, or null.
     * CPython: _PyPegen_tokenize_full_source_to_check_for_errors.
     */
    public SyntaxErrorException checkRestForErrors(int errLineno) {
        try {
            while (next().type() != TokenType.ENDMARKER) {
                // read on
            }
            return null;
        } catch (SyntaxErrorException e) {
            if (!failedDeferred) {
                return e;
            }
            if (decodeFailed) {
                // the UnicodeDecodeError verify_identifier set escapes as it is
                int none = SyntaxErrorException.NONE;
                return new SyntaxErrorException("UnicodeDecodeError", e.msg.substring("(unicode error) ".length()),
                    filename, none, none, none, none, null);
            }
            if (level > 0 && errLineno > parenLineno[level - 1]) {
                return unclosedBracketError();
            }
            return null;
        }
    }
}
