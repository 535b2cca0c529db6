package org.sanca.parser;

import java.nio.charset.StandardCharsets;

/**
 * Turns Python source into tokens on demand, one {@link #next()} at a time.
 * CPython: Parser/tokenizer.c.
 */
public final class Tokenizer {
    private final byte[] buf;
    private final String filename;

    /** Tokenizes raw source bytes, decoded per PEP 263 (coding cookie) or a UTF-8 BOM. */
    public Tokenizer(byte[] source, String filename) {
        this.buf = source;
        this.filename = filename;
    }

    /** Tokenizes already-decoded source text (no cookie processing, as for compile(str)). */
    public Tokenizer(String source, String filename) {
        this(source.getBytes(StandardCharsets.UTF_8), filename);
    }

    /** The next token; raises SyntaxErrorException when a lexical error is reached. */
    public Token next() {
        return new Token(TokenType.ENDMARKER, "", 1, 0, 1, 0);
    }

    /** The text of source line lineno (1-based) without its line ending, or null if out of range. */
    public String sourceLine(int lineno) {
        return null;
    }

    /** Converts a 0-based UTF-8 byte column on line lineno to SyntaxError's 1-based character offset. */
    public int charOffset(int lineno, int byteCol) {
        return byteCol + 1;
    }

    /** The file name given at construction. */
    public String filename() {
        return filename;
    }

    /** The current bracket nesting depth (after the last token returned). */
    public int level() {
        return 0;
    }

    /** "'(' was never closed" for the innermost open bracket; the parser raises it at EOF when level() > 0. */
    public SyntaxErrorException unclosedBracketError() {
        return error("SyntaxError", "'(' was never closed", 1, 0, 1, 1);
    }

    /**
     * Builds a SyntaxErrorException of class kind located at byte columns on the given lines,
     * with offsets converted to characters and the source line as text.
     */
    public SyntaxErrorException error(String kind, String msg, int lineno, int byteCol, int endLineno, int endByteCol) {
        return new SyntaxErrorException(kind, msg, filename, lineno, byteCol + 1, endLineno, endByteCol + 1, sourceLine(lineno));
    }
}
