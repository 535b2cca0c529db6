package org.sanca.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Decodes number and string literal tokens into their values, with CPython's errors.
 * CPython: Parser/string_parser.c (parsestr, decode_unicode_with_escapes,
 * decode_bytes_with_escapes), Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal),
 * Objects/bytesobject.c (_PyBytes_DecodeEscape), Python/pystrtod.c, Objects/longobject.c.
 *
 * <p>Token text holds malformed UTF-8 bytes as U+DC80..U+DCFF (see TokenizerUtf8); decoding a
 * literal that contains them fails with CPython's "(unicode error) 'utf-8' codec ..." message.
 * Invalid escape sequences such as "\d" are kept as they are; CPython 3.11 only warns, and the
 * overloads taking a Consumer hand over the warning's text.
 */
public final class Literals {
    private Literals() {}

    /**
     * An error while decoding a literal; the parser reraises it as SyntaxError. When atToken
     * is set, CPython reports it at the string token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, ...)),
     * otherwise at the last token read (RAISE_SYNTAX_ERROR).
     */
    public static final class LiteralException extends RuntimeException {
        public final boolean atToken;

        public LiteralException(String msg, boolean atToken) {
            super(msg, null, false, false);
            this.atToken = atToken;
        }
    }

    /**
     * A STRING token split into its prefix flags, quote and body.
     *
     * @param raw      r or R in the prefix
     * @param bytes    b or B
     * @param fstring  f or F
     * @param unicode  u or U
     * @param quote    the quote character, ' or "
     * @param quoteLen 1 or 3
     * @param body     the text between the quotes
     */
    public record StringToken(boolean raw, boolean bytes, boolean fstring, boolean unicode, char quote, int quoteLen,
                              String body) {}

    /** Splits the text of a STRING token (prefix letters, then 1 or 3 quotes around the body). */
    public static StringToken splitString(String text) {
        boolean raw = false, bytes = false, fstring = false, unicode = false;
        int i = 0;
        char c;
        while ((c = text.charAt(i)) != '\'' && c != '"') {
            switch (c) {
                case 'r', 'R' -> raw = true;
                case 'b', 'B' -> bytes = true;
                case 'f', 'F' -> fstring = true;
                case 'u', 'U' -> unicode = true;
                default -> throw new IllegalArgumentException("not a string token: " + text);
            }
            i++;
        }
        int n = text.length();
        int q = n - i >= 6 && text.charAt(i + 1) == c && text.charAt(i + 2) == c ? 3 : 1;
        return new StringToken(raw, bytes, fstring, unicode, c, q, text.substring(i + q, n - q));
    }

    /** The value (PyStr or PyBytes) of a STRING token that is not an f-string; throws LiteralException. */
    public static PyObject parseString(String tokenText) {
        return parseString(tokenText, null);
    }

    /** parseString, reporting the first invalid escape as decodeString(body, raw, onInvalidEscape) does. */
    public static PyObject parseString(String tokenText, Consumer<String> onInvalidEscape) {
        StringToken s = splitString(tokenText);
        if (s.fstring()) {
            throw new IllegalArgumentException("f-strings are parsed by the parser: " + tokenText);
        }
        return s.bytes() ? PyBytes.of(decodeBytes(s.body(), s.raw(), onInvalidEscape))
                : PyStr.ofStandIns(decodeString(s.body(), s.raw(), onInvalidEscape));
    }

    // ---------------------------------------------------------------- numbers

    /** The value of a NUMBER token: PyInt, PyFloat, or PyComplex for an imaginary literal. */
    public static PyObject parseNumber(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return PyComplex.of(0.0, Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            switch (s.charAt(1)) {
                case 'x', 'X' -> {
                    return parseInt(s, 2, 16);
                }
                case 'o', 'O' -> {
                    return parseInt(s, 2, 8);
                }
                case 'b', 'B' -> {
                    return parseInt(s, 2, 2);
                }
                default -> { }
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return PyFloat.of(Double.parseDouble(s));
            }
        }
        return parseInt(s, 0, 10);
    }

    /**
     * sys.get_int_max_str_digits(): a decimal literal with more digits is a SyntaxError (0: no
     * limit); the runtime's sys.set_int_max_str_digits sets it.
     */
    private static volatile int intMaxStrDigits = 4300;

    /** Sets the decimal-literal digit limit (CPython: PyInterpreterState.int_max_str_digits). */
    public static void setIntMaxStrDigits(int limit) {
        intMaxStrDigits = limit;
    }

    private static PyInt parseInt(String s, int from, int radix) {
        int digits = s.length() - from;
        int limit = intMaxStrDigits;
        if (radix == 10 && limit > 0 && digits > limit) {
            // pegen reports PyLong_FromString's ValueError with no columns (atToken false)
            throw new LiteralException("Exceeds the limit (" + limit + " digits) for integer string conversion: value "
                + "has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                + "hexadecimal for huge integer literals to avoid decimal conversion limits.", false);
        }
        int safe = radix == 16 ? 15 : radix == 10 ? 18 : radix == 8 ? 20 : 62;
        if (digits <= safe) {
            return PyInt.of(Long.parseLong(s, from, s.length(), radix));
        }
        return PyInt.of(new BigInteger(s.substring(from), radix));
    }

    // ---------------------------------------------------------------- str

    /**
     * Decodes the body of a str literal: escape sequences unless raw; throws LiteralException
     * with CPython's "(unicode error) 'unicodeescape' codec can't decode ..." message.
     */
    public static String decodeString(String body, boolean raw) {
        return decodeString(body, raw, null);
    }

    /**
     * decodeString, passing CPython's DeprecationWarning text for the first invalid escape
     * ("invalid escape sequence '\\d'", "invalid octal escape sequence '\\400'") to
     * onInvalidEscape when not null. CPython warns at the string token's line and, when the
     * warning is an error, raises SyntaxError with that text at the token.
     */
    public static String decodeString(String body, boolean raw, Consumer<String> onInvalidEscape) {
        if (raw || body.indexOf('\\') < 0) {
            checkUtf8(body, 0, body.length());
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        String warning = LiteralsEscapes.decodeUnicodeEscapes(body, sb);
        if (warning != null && onInvalidEscape != null) {
            onInvalidEscape.accept(warning);
        }
        return sb.toString();
    }

    /** Raises CPython's UTF-8 decode error if body[from, to) holds malformed bytes (U+DC80..U+DCFF). */
    static void checkUtf8(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == from || !Character.isHighSurrogate(body.charAt(i - 1)))) {
                byte[] raw = rawBytes(body, from, to);
                int bad = TokenizerUtf8.firstInvalid(raw, 0, raw.length);
                throw new LiteralException("(unicode error) " + TokenizerUtf8.errorMessage(raw, bad, raw.length), false);
            }
        }
    }

    /** The source bytes of body[from, to): UTF-8, with U+DC80..U+DCFF back to the bytes they stand for. */
    private static byte[] rawBytes(String body, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = from;
        while (i < to) {
            int cp = body.codePointAt(i);
            if (cp >= 0xDC80 && cp <= 0xDCFF) {
                out.write(cp & 0xFF);
            } else {
                out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- bytes

    /**
     * Decodes the body of a bytes literal; throws LiteralException for non-ASCII characters
     * ("bytes can only contain ASCII literal characters") and bad \x escapes.
     */
    public static byte[] decodeBytes(String body, boolean raw) {
        return decodeBytes(body, raw, null);
    }

    /** decodeBytes, reporting the first invalid escape as decodeString(body, raw, onInvalidEscape) does. */
    public static byte[] decodeBytes(String body, boolean raw, Consumer<String> onInvalidEscape) {
        int n = body.length();
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) >= 0x80) {
                throw new LiteralException("bytes can only contain ASCII literal characters", true);
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        String[] invalid = new String[1];
        byte[] value = LiteralsEscapes.decodeBytesEscapes(body, invalid);
        if (invalid[0] != null && onInvalidEscape != null) {
            onInvalidEscape.accept(invalid[0]);
        }
        return value;
    }
}
