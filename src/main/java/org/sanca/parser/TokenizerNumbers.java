package org.sanca.parser;

/**
 * Scans numeric literals for the tokenizer, with CPython's errors for malformed ones
 * ("invalid decimal literal", "invalid digit '8' in octal literal", leading zeros, ...).
 * CPython: Parser/tokenizer.c (the Number block of tok_get, tok_decimal_tail,
 * verify_end_of_number).
 */
final class TokenizerNumbers {
    private TokenizerNumbers() {}

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A number whose first digit c has been read. */
    static Token number(Tokenizer t, int c, int start) {
        if (c == '0') {
            return zeroPrefixed(t, start);
        }
        c = decimalTail(t);
        if (c == '.') {
            return fraction(t, t.nextc(), start);
        }
        return exponentOrImaginary(t, c, start);
    }

    /** After the '.' of a float: c is the character following it. */
    static Token fraction(Tokenizer t, int c, int start) {
        if (isDigit(c)) {
            c = decimalTail(t);
        }
        return exponentOrImaginary(t, c, start);
    }

    private static Token exponentOrImaginary(Tokenizer t, int c, int start) {
        if (c == 'e' || c == 'E') {
            return exponent(t, c, start);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t, start);
        }
        verifyEnd(t, c, "decimal");
        return finish(t, c, start);
    }

    private static Token exponent(Tokenizer t, int e, int start) {
        int c = t.nextc();
        if (c == '+' || c == '-') {
            c = t.nextc();
            if (!isDigit(c)) {
                t.backup(c);
                throw t.syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            t.backup(c);
            verifyEnd(t, e, "decimal");
            t.backup(e);
            return t.numberToken(start);
        }
        c = decimalTail(t);
        if (c == 'j' || c == 'J') {
            return imaginary(t, start);
        }
        verifyEnd(t, c, "decimal");
        return finish(t, c, start);
    }

    private static Token imaginary(Tokenizer t, int start) {
        int c = t.nextc();
        verifyEnd(t, c, "imaginary");
        return finish(t, c, start);
    }

    private static Token finish(Tokenizer t, int c, int start) {
        t.backup(c);
        return t.numberToken(start);
    }

    /** Digits with single underscores between them; returns the first character after. */
    private static int decimalTail(Tokenizer t) {
        int c;
        for (;;) {
            do {
                c = t.nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = t.nextc();
            if (!isDigit(c)) {
                t.backup(c);
                throw t.syntaxError("invalid decimal literal");
            }
        }
    }

    /** After a leading '0': hex, octal, binary, zero, or a float. */
    private static Token zeroPrefixed(Tokenizer t, int start) {
        int c = t.nextc();
        switch (c) {
            case 'x', 'X' -> {
                return radix(t, start, 16, "hexadecimal");
            }
            case 'o', 'O' -> {
                return radix(t, start, 8, "octal");
            }
            case 'b', 'B' -> {
                return radix(t, start, 2, "binary");
            }
            default -> {
                return zeros(t, c, start);
            }
        }
    }

    private static boolean inRadix(int c, int radix) {
        return switch (radix) {
            case 16 -> isHexDigit(c);
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** The digits after 0x, 0o or 0b. */
    private static Token radix(Tokenizer t, int start, int radix, String kind) {
        int c = t.nextc();
        do {
            if (c == '_') {
                c = t.nextc();
            }
            if (!inRadix(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw t.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                t.backup(c);
                throw t.syntaxError("invalid " + kind + " literal");
            }
            do {
                c = t.nextc();
            } while (inRadix(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            throw t.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(t, c, kind);
        return finish(t, c, start);
    }

    /** "0", "000", "0_0", or a float/imaginary starting with zeros; other digits are an error. */
    private static Token zeros(Tokenizer t, int c, int start) {
        for (;;) {
            if (c == '_') {
                c = t.nextc();
                if (!isDigit(c)) {
                    t.backup(c);
                    throw t.syntaxError("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = t.nextc();
        }
        int zerosEnd = t.position();
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail(t);
        }
        if (c == '.') {
            return fraction(t, t.nextc(), start);
        }
        if (c == 'e' || c == 'E') {
            return exponent(t, c, start);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t, start);
        }
        if (nonzero) {
            t.backup(c);
            int ls = t.lineStart();
            throw t.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", start + 1 - ls, zerosEnd - ls);
        }
        verifyEnd(t, c, "decimal");
        return finish(t, c, start);
    }

    /**
     * Rejects a number run into an ASCII name ("1a"), except before the keywords that may follow
     * a number in valid code (and, else, for, if, in, is, not, or), where CPython only warns; a
     * non-ASCII character ends the number and is judged as the start of a name.
     */
    private static void verifyEnd(Tokenizer t, int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead(t, "nd");
            case 'e' -> lookahead(t, "lse");
            case 'f' -> lookahead(t, "or");
            case 'i' -> {
                int c2 = t.peekChar(0);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead(t, "r");
            case 'n' -> lookahead(t, "ot");
            default -> false;
        };
        if (keyword) {
            t.backup(c);
            t.warn("invalid " + kind + " literal");
            t.nextc();
        } else if (c < 128 && Tokenizer.isIdentifierChar(c)) {
            t.backup(c);
            throw t.syntaxError("invalid " + kind + " literal");
        }
    }

    /** Whether the text after the current character is rest followed by a non-identifier character. */
    private static boolean lookahead(Tokenizer t, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (t.peekChar(i) != rest.charAt(i)) {
                return false;
            }
        }
        return !Tokenizer.isIdentifierChar(t.peekChar(rest.length()));
    }
}
