package org.sanca.parser;

/**
 * Maps operator characters to their exact token types.
 * CPython: Parser/token.c (PyToken_OneChar, PyToken_TwoChars, PyToken_ThreeChars).
 */
final class TokenizerOperators {
    private TokenizerOperators() {}

    private static final TokenType[] ONE = new TokenType[128];

    static {
        for (TokenType t : TokenType.values()) {
            if (t.text != null && t.text.length() == 1) {
                ONE[t.text.charAt(0)] = t;
            }
        }
    }

    /** The one-character operator c, or null when c is no operator (the tokenizer then yields OP). */
    static TokenType oneChar(int c) {
        return c < 128 ? ONE[c] : null;
    }

    /** The two-character operator c1 c2, or null. "&lt;&gt;" is NOTEQUAL, as in CPython. */
    static TokenType twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenType.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenType.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenType.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenType.DOUBLESTAR : c2 == '=' ? TokenType.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenType.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenType.MINEQUAL : c2 == '>' ? TokenType.RARROW : null;
            case '/' -> c2 == '/' ? TokenType.DOUBLESLASH : c2 == '=' ? TokenType.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenType.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenType.LEFTSHIFT : c2 == '=' ? TokenType.LESSEQUAL
                    : c2 == '>' ? TokenType.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenType.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenType.GREATEREQUAL : c2 == '>' ? TokenType.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenType.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenType.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenType.VBAREQUAL : null;
            default -> null;
        };
    }

    /** The three-character operator c1 c2 c3, or null. */
    static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return c1 == '.' && c2 == '.' && c3 == '.' ? TokenType.ELLIPSIS : null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenType.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenType.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenType.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenType.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
