package org.sanca.modules;

import org.sanca.objects.UnicodeCtype;

/**
 * The character tests of the regular-expression engine: categories (\d, \s, \w and line breaks in their
 * ASCII, locale and Unicode forms), case folding, and the set test SRE(charset) over a compiled set.
 * CPython: Modules/_sre/sre.c (sre_category, sre_lower_*, sre_upper_*) and sre_lib.h (SRE(charset)).
 *
 * <p>Unicode properties are CPython 3.11's (Unicode 14, through {@link UnicodeCtype}); the locale forms
 * assume the C locale (ASCII), as CPython does until setlocale is called.
 */
final class SreChars {
    private SreChars() {}

    static final int OP_FAILURE = 0, OP_CATEGORY = 8, OP_CHARSET = 9, OP_BIGCHARSET = 10, OP_LITERAL = 16,
        OP_NEGATE = 21, OP_RANGE = 22, OP_RANGE_UNI_IGNORE = 42;

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || ch >= 9 && ch <= 13;
    }

    static boolean isAsciiAlnum(int ch) {
        return ch < 128 && (isAsciiDigit(ch) || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
    }

    static boolean isWord(int ch) {
        return isAsciiAlnum(ch) || ch == '_';
    }

    /** Py_UNICODE_ISDECIMAL. */
    static boolean isUniDigit(int ch) {
        return ch < 128 ? isAsciiDigit(ch) : UnicodeCtype.isDecimal(ch);
    }

    /** Py_UNICODE_ISSPACE: bidirectional WS, B or S, or category Zs. */
    static boolean isUniSpace(int ch) {
        if (ch < 128) return isAsciiSpace(ch) || ch >= 0x1c && ch <= 0x1f;
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || ch >= 0x2000 && ch <= 0x200a || ch == 0x2028
            || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    /** Py_UNICODE_ISALNUM(ch) || ch == '_'. */
    static boolean isUniWord(int ch) {
        return ch < 128 ? isWord(ch) : UnicodeCtype.isAlnum(ch);
    }

    /** Py_UNICODE_ISLINEBREAK. */
    static boolean isUniLinebreak(int ch) {
        return ch >= 0x0a && ch <= 0x0d || ch >= 0x1c && ch <= 0x1e || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static boolean isLocWord(int ch) {
        return ch < 256 && isWord(ch);
    }

    /** sre_category: whether ch is in category code (a CHCODES value). */
    static boolean category(int code, int ch) {
        return switch (code) {
            case 0 -> isAsciiDigit(ch);
            case 1 -> !isAsciiDigit(ch);
            case 2 -> isAsciiSpace(ch);
            case 3 -> !isAsciiSpace(ch);
            case 4 -> isWord(ch);
            case 5 -> !isWord(ch);
            case 6 -> ch == '\n';
            case 7 -> ch != '\n';
            case 8 -> isLocWord(ch);
            case 9 -> !isLocWord(ch);
            case 10 -> isUniDigit(ch);
            case 11 -> !isUniDigit(ch);
            case 12 -> isUniSpace(ch);
            case 13 -> !isUniSpace(ch);
            case 14 -> isUniWord(ch);
            case 15 -> !isUniWord(ch);
            case 16 -> isUniLinebreak(ch);
            case 17 -> !isUniLinebreak(ch);
            default -> false;
        };
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** _PyUnicode_ToLowercase. */
    static int lowerUnicode(int ch) {
        return ch < 128 ? lowerAscii(ch) : UnicodeCtype.toLower(ch);
    }

    /** _PyUnicode_ToUppercase ('ß' gives 'S'). */
    static int upperUnicode(int ch) {
        return ch < 128 ? upperAscii(ch) : UnicodeCtype.toUpper(ch);
    }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerAscii(ch) == pattern || upperAscii(ch) == pattern;
    }

    /** SRE(charset): whether ch is in the set compiled at code[pc...] (ending with FAILURE). */
    static boolean inCharset(int[] code, int pc, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[pc++]) {
                case OP_FAILURE:
                    return !ok;
                case OP_LITERAL:
                    if (ch == code[pc]) return ok;
                    pc++;
                    break;
                case OP_CATEGORY:
                    if (category(code[pc], ch)) return ok;
                    pc++;
                    break;
                case OP_CHARSET:
                    if (ch < 256 && (code[pc + (ch >>> 5)] & (1 << (ch & 31))) != 0) return ok;
                    pc += 8;
                    break;
                case OP_RANGE:
                    if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                case OP_RANGE_UNI_IGNORE: {
                    if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
                    int u = upperUnicode(ch);
                    if (code[pc] <= u && u <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                }
                case OP_NEGATE:
                    ok = !ok;
                    break;
                case OP_BIGCHARSET: {
                    int count = code[pc++];
                    int block = ch < 0x10000 ? (code[pc + ((ch >> 8) >> 2)] >>> (8 * ((ch >> 8) & 3))) & 0xff : -1;
                    pc += 64;
                    if (block >= 0 && (code[pc + ((block * 256 + (ch & 255)) >>> 5)] & (1 << (ch & 31))) != 0)
                        return ok;
                    pc += count * 8;
                    break;
                }
                default:
                    throw SreEngine.illegal();
            }
        }
    }
}
