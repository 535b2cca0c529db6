#!/usr/bin/env python3
"""Writes literals.tsv: CPython 3.11's value (or SyntaxError message) for literal tokens.

Each line: the source "x = LITERAL\\n" as hex bytes, then either a value (int:<decimal>,
float:<IEEE bits hex>, complex:<imag bits hex>, str:<code points hex, comma-separated>,
bytes:<hex>) or error:<msg>, then the DeprecationWarnings compile() gave (invalid escape
sequences), tab-separated. Run from this directory.
"""
import ast, struct, warnings

NUMBERS = ["0", "00", "0_0", "7", "1_000_000", "0x1F", "0X_ff_FF", "0o17", "0O_7", "0b1010", "0B_1_0",
           "9223372036854775807", "9223372036854775808", "18446744073709551616", "0x7fffffffffffffff",
           "0x8000000000000000", "0xFFFFFFFFFFFFFFFFFFFF", "0o1777777777777777777777", "0o2000000000000000000000",
           "0b" + "1" * 64, "0b" + "1" * 63, "1" * 19, "1" * 18, "123456789012345678901234567890",
           "1.0", "1.", ".5", "1e10", "1E-10", "1.5e+3", "1_0.0_1e1_0", "0.0", "00.5", "09.5", "0e0", "09e1",
           "1e400", "1e-400", "2.2250738585072014e-308", "4.9e-324", "0.1", "0.30000000000000004",
           "1.7976931348623157e308", "123456789012345678901234567890.5", "3.14159265358979323846264338327950288",
           "1j", "1.5J", ".5j", "1e3j", "0j", "00j", "09j", "1_0j", "1e400j"]
STRINGS = [r"'abc'", r'"abc"', r"''", r"'''a'b'''", r'"""a\"b"""', r"'\n\t\r\\\'\"\a\b\f\v'", r"'\0\12\123\1234'",
           r"'\400\777'", r"'\x41\x4a\x4A'", r"'\u0041\u20ac'", r"'\U0001F600\U00000041'", r"'\N{EURO SIGN}'",
           r"'\N{latin small letter a}'", r"'\N{LINE FEED}\N{LF}\N{CARRIAGE RETURN}\N{NULL}\N{DELETE}'",
           r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}'",
           r"'\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", r"'\N{TIBETAN LETTER -A}'", r"'\ud800'", r"'\udfff\ud800'",
           r"'\d\w\8\9\%'", r"'\400\d'", r"b'\q\777'", r"b'\777\q'", r"'\777\8'", r"'ok\n'", "'a\\\nb'", r"'é'", r"'\é'", r"'日本\n語'", r"r'\n\x'", r"R'\N{foo}'", r"u'\x41'",
           r"'\xZZ'", r"'\x4'", r"'\u12'", r"'\U0011FFFF'", r"'\U1234567'", r"'\N{foo}'", r"'\N{LATIN SMALL LETTER A'",
           r"'\N'", r"'\Nx'", r"'\N{}'", r"'ab\x4'", r"'é\x4'", r"'\é\x4'", r"'日\N{foo}'", r"'\N{日}'",
           r"'\N{KEYCAP NUMBER SIGN}'", r"'\N{LINE FEED (LF)}'", r"'\N{ LATIN SMALL LETTER A}'",
           r"b'abc'", r"b'\n\t\x41\x4a\101\0\400\777'", r"b'\u0041\N{x}\d'", r"rb'\x'", r"BR'\n'", r"b'\x4'", r"b'\xZZ'",
           r"'7\'\N{\é9'", r"'\N{\uLATIN SMALL LETTER A\é'", r"'d8\0\12\N{😀\é'", r"'\\é\N{é'",
           r"b'a\xg0'", "b'\xc3\xa9'", r"b'\\'", "b'a\\\nb'"]
BYTES = [b"x = '\xff'\n", b"x = '\xe9'\n", b"x = 'a\xe9b'\n", b"x = r'\xff\xfe'\n", b"x = '\\n\xe2\x82'\n",
         b"x = 'ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80'\n", b"x = '\\\xc3\xa9'\n"]


def bits(v):
    return struct.pack(">d", v).hex()


def value(v):
    if isinstance(v, bool) or v is None:
        raise TypeError(v)
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:" + bits(v)
    if isinstance(v, complex):
        return "complex:" + bits(v.imag)
    if isinstance(v, str):
        return "str:" + ",".join("%x" % ord(c) for c in v)
    return "bytes:" + v.hex()


def row(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = compile(src, "f", "exec", ast.PyCF_ONLY_AST)
            result = value(tree.body[0].value.value)
        except SyntaxError as e:
            result = "error:" + e.msg
    deprecations = [str(w.message) for w in caught if w.category is DeprecationWarning]
    return src.hex() + "\t" + result + "\t" + "|".join(deprecations)


def main():
    warnings.simplefilter("ignore")
    with open("literals.tsv", "w", encoding="utf-8", newline="\n") as f:
        for lit in NUMBERS + STRINGS:
            f.write(row(("x = " + lit + "\n").encode("utf-8")) + "\n")
        for src in BYTES:
            f.write(row(src) + "\n")


if __name__ == "__main__":
    main()
