package org.sanca.parser;

import org.sanca.objects.PyObject;

/**
 * Decodes number and string literal tokens into their values.
 * CPython: Parser/string_parser.c, Python/pystrtod.c, Objects/longobject.c (PyLong_FromString).
 */
public final class Literals {
    private Literals() {}

    /** An error while decoding a literal; the parser reraises it as SyntaxError at the token. */
    public static final class LiteralException extends RuntimeException {
        public LiteralException(String msg) {
            super(msg, null, false, false);
        }
    }

    /**
     * A STRING token split into its prefix flags, quote length and body.
     * @param raw r/R prefix; @param bytes b/B; @param fstring f/F; @param unicode u/U
     * @param quoteLen 1 or 3; @param body the text between the quotes
     */
    public record StringToken(boolean raw, boolean bytes, boolean fstring, boolean unicode, char quote, int quoteLen, String body) {}

    /** Splits the text of a STRING token. */
    public static StringToken splitString(String tokenText) {
        throw new UnsupportedOperationException();
    }

    /** The value of a NUMBER token: PyInt, PyFloat or PyComplex. */
    public static PyObject parseNumber(String tokenText) {
        throw new UnsupportedOperationException();
    }

    /** Decodes the body of a str literal (escape sequences unless raw); throws LiteralException. */
    public static String decodeString(String body, boolean raw) {
        throw new UnsupportedOperationException();
    }

    /** Decodes the body of a bytes literal; throws LiteralException. */
    public static byte[] decodeBytes(String body, boolean raw) {
        throw new UnsupportedOperationException();
    }

    /** The value (PyStr or PyBytes) of a non-f-string STRING token; throws LiteralException. */
    public static PyObject parseString(String tokenText) {
        throw new UnsupportedOperationException();
    }
}
