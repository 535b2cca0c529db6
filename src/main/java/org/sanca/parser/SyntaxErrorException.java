package org.sanca.parser;

/**
 * A syntax error found by the tokenizer or parser, carrying what CPython's
 * SyntaxError carries; the runtime turns it into the Python exception.
 * CPython: Parser/pegen_errors.c (_PyPegen_raise_error_known_location).
 */
public final class SyntaxErrorException extends RuntimeException {
    /** A position field that is None in Python (e.g. errors found before tokenizing starts). */
    public static final int NONE = Integer.MIN_VALUE;

    /**
     * The Python exception class: SyntaxError, IndentationError or TabError; rarely
     * UnicodeDecodeError (msg is then its str(), positions NONE), which CPython lets escape when
     * the rest of a source it already rejected holds malformed UTF-8 in an identifier.
     */
    public final String kind;
    public final String msg;
    public final String filename;
    /** 1-based line; offset and endOffset are 1-based character columns as in SyntaxError; NONE means None. */
    public final int lineno, offset, endLineno, endOffset;
    /** The source line(s) shown under the message, or null. */
    public final String text;

    public SyntaxErrorException(String kind, String msg, String filename, int lineno, int offset,
                                int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
