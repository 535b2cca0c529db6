package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Tokenizer's API for the parser: positions, error helpers and the cases the
 * tokenize-derived stream tests cannot cover. Expected values come from python3 3.11.7
 * (compile() errors, ast positions), as noted beside each.
 */
class TokenizerTest {
    private static List<String> tokens(String src) {
        Tokenizer t = new Tokenizer(src, "f");
        List<String> out = new ArrayList<>();
        for (Token tok = t.next(); ; tok = t.next()) {
            out.add(tok.type() + " " + tok.string() + " " + tok.lineno() + ":" + tok.colOffset() + "-" + tok.endLineno() + ":"
                    + tok.endColOffset());
            if (tok.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    private static String describe(SyntaxErrorException e) {
        return e.kind + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.endLineno + "|" + e.endOffset + "|" + e.text;
    }

    /** Reads tokens until the n-th (1-based) and returns the tokenizer there, as the parser would have it. */
    private static Tokenizer readTo(String src, int n) {
        Tokenizer t = new Tokenizer(src.getBytes(StandardCharsets.UTF_8), "f");
        for (int i = 0; i < n; i++) {
            t.next();
        }
        return t;
    }

    @Test
    void indentDedentEndmarkerHaveNoColumn() {
        assertEquals(List.of("NAME if 1:0-1:2", "NAME x 1:3-1:4", "COLON : 1:4-1:5", "NEWLINE  1:5-1:5",
                "INDENT  2:-1-2:-1", "NAME y 2:2-2:3", "NEWLINE  2:3-2:3", "DEDENT  2:-1-2:-1", "ENDMARKER  2:-1-2:-1"),
                tokens("if x:\n  y\n"));
    }

    @Test
    void nonExecInputGetsNoFinalNewline() {
        // python3: compile('1 +', 'f', 'eval') -> invalid syntax at (1, 0): the ENDMARKER, no NEWLINE before it
        Tokenizer t = new Tokenizer("1 +", "f", false);
        assertEquals(TokenType.NUMBER, t.next().type());
        assertEquals(TokenType.PLUS, t.next().type());
        Token end = t.next();
        assertEquals("ENDMARKER 1 -1", end.type() + " " + end.lineno() + " " + end.colOffset());
        assertEquals("1 +", t.sourceLine(1));
        assertEquals("NEWLINE  1:3-1:3", tokens("1 +").get(2));
    }

    @Test
    void nonExecInputMayEndInsideAToken() {
        List<String> names = new ArrayList<>();
        for (String src : new String[] {"b", "rb", "x..", "x.", "1e", "0x1f"}) {
            Tokenizer t = new Tokenizer(src, "f", false);
            StringBuilder sb = new StringBuilder();
            try {
                for (Token tok = t.next(); tok.type() != TokenType.ENDMARKER; tok = t.next()) {
                    sb.append(tok.type()).append(' ');
                }
            } catch (SyntaxErrorException e) {
                sb.append(e.msg);
            }
            names.add(sb.toString().strip());
        }
        // python3: compile(src, 'f', 'eval') accepts b, rb and 0x1f; "1e" is 'invalid decimal literal'
        assertEquals(List.of("NAME", "NAME", "NAME DOT DOT", "NAME DOT", "invalid decimal literal", "NUMBER"), names);
    }

    @Test
    void newlineAfterCommentStartsAtTheHash() {
        // python3: compile("x = 1 +  # c\n") -> invalid syntax at offset 10, end_offset 13
        assertEquals("NEWLINE  1:9-1:12", tokens("x = 1 +  # c\n").get(4));
    }

    @Test
    void formFeedResetsIndentation() {
        // ast.parse('if x:\n  \f  y = 1\n\fz = 3\n'): y at col 5, z at col 1
        List<String> t = tokens("if x:\n  \f  y = 1\n\fz = 3\n");
        assertEquals("INDENT  2:-1-2:-1", t.get(4));
        assertEquals("NAME y 2:5-2:6", t.get(5));
        assertEquals("DEDENT  3:-1-3:-1", t.get(9));
        assertEquals("NAME z 3:1-3:2", t.get(10));
    }

    @Test
    void backslashBeforeBlankLineDoesNotIndent() {
        // compile('x = 3\n  \\\n\nw = 4\n') succeeds; w is at line 4 col 0
        assertEquals("NAME w 4:0-4:1", tokens("x = 3\n  \\\n\nw = 4\n").get(4));
    }

    @Test
    void oddOperators() {
        assertEquals("NOTEQUAL <> 1:2-1:4", tokens("1 <> 2").get(1));
        assertEquals("OP $ 1:4-1:5", tokens("x = $").get(2));
        assertEquals("OP ! 1:0-1:1", tokens("!x").get(0));
        assertEquals("ELLIPSIS ... 1:0-1:3", tokens("...").get(0));
        assertEquals(List.of("DOT . 1:0-1:1", "DOT . 1:1-1:2", "NAME x 1:2-1:3"), tokens("..x").subList(0, 3));
    }

    @Test
    void keywordsAndNamesAreInterned() {
        Tokenizer t = new Tokenizer("def f(): return f", "f");
        Token def = t.next();
        Token f1 = t.next();
        for (int i = 0; i < 4; i++) {
            t.next();
        }
        assertSame(f1.string(), t.next().string());
        assertSame("def", def.string());
    }

    @Test
    void nonAsciiNamesAreNfkcNormalised() {
        // ast.parse('ﬁ = 1').body[0].targets[0].id == 'fi'; col_offset 0, end_col_offset 3
        assertEquals("NAME fi 1:0-1:3", tokens("\ufb01 = 1").get(0));
    }

    @Test
    void identifierCharactersFollowCpythonsUnicodeVersion() {
        // python3: chr(cp).isidentifier(), ('a' + chr(cp)).isidentifier()
        int[][] expected = {{0x37a, 0, 0}, {0x897, 0, 0}, {0x1c89, 0, 0}, {0xe9, 1, 1}, {0x4e00, 1, 1}, {0x300, 0, 1},
            {0x2118, 1, 1}, {0xb7, 0, 1}, {0x309b, 0, 0}, {0x1f600, 0, 0}, {0xff65, 0, 0}, {0x10ffff, 0, 0},
            {0x30000, 1, 1}, {0x31350, 0, 0}};
        for (int[] e : expected) {
            assertEquals(e[1] == 1, TokenizerNames.isXidStart(e[0]), Integer.toHexString(e[0]));
            assertEquals(e[2] == 1, TokenizerNames.isXidContinue(e[0]), Integer.toHexString(e[0]));
        }
    }

    @Test
    void namesNormalisingToKeywordsStayAsWritten() {
        // ast.parse('ｉｆ = 1'): Assign to Name(id='if') — CPython tells keywords by the text as written
        assertEquals("NAME \uff49\uff46 1:0-1:6", tokens("\uff49\uff46 = 1").get(0));
    }

    @Test
    void sourceLineAndCharOffset() {
        Tokenizer t = new Tokenizer("x = 'é' + y\r\nz\n", "f");
        assertEquals("x = 'é' + y", t.sourceLine(1));
        assertEquals("z", t.sourceLine(2));
        assertNull(t.sourceLine(3));
        assertEquals(9, t.charOffset(1, 9));
        assertEquals(6, t.charOffset(1, 6));
    }

    @Test
    void errorAtConvertsOffsetsOnlyWhenTheEncodingIsKnown() {
        // python3: compile(b"x = 'é' +\n") -> offset 11; compile("x = 'é' +\n") -> offset 10
        Tokenizer bytes = readTo("x = 'é' +\n", 5);
        assertEquals("SyntaxError|invalid syntax|1|11|1|11|x = 'é' +\n",
                describe(bytes.errorAt("SyntaxError", "invalid syntax", 1, 11, 1, 11)));
        Tokenizer str = new Tokenizer("x = 'é' +\n", "f");
        for (int i = 0; i < 5; i++) {
            str.next();
        }
        assertEquals("SyntaxError|invalid syntax|1|10|1|10|x = 'é' +\n",
                describe(str.errorAt("SyntaxError", "invalid syntax", 1, 11, 1, 11)));
    }

    @Test
    void errorAtTokenWithoutColumnUsesTheReadPosition() {
        // python3: compile(b"  x\n") -> IndentationError 'unexpected indent' 1 2 1 -1 '  x\n'
        Tokenizer t = readTo("  x\n", 1);
        assertEquals("IndentationError|unexpected indent|1|2|1|-1|  x\n",
                describe(t.errorAtToken("IndentationError", "unexpected indent", 1, -1, 1, -1)));
        // python3: compile(b"class A:\n  @foo\n") -> 'unexpected unindent' 2 7 2 -1 '  @foo\n'
        Tokenizer u = readTo("class A:\n  @foo\n", 9);
        assertEquals("IndentationError|unexpected unindent|2|7|2|-1|  @foo\n",
                describe(u.errorAtToken("IndentationError", "unexpected unindent", 2, -1, 2, -1)));
        // python3: compile(b"x = \n") -> 'invalid syntax' 1 5 1 5 at the NEWLINE token (col 4)
        Tokenizer v = readTo("x = \n", 3);
        assertEquals("SyntaxError|invalid syntax|1|5|1|5|x = \n",
                describe(v.errorAtToken("SyntaxError", "invalid syntax", 1, 4, 1, 4)));
    }

    @Test
    void restOfSourceOverridesGenericErrors() {
        // python3 compile() of each source: the tokenizer error replaces "invalid syntax"
        assertEquals("SyntaxError|unterminated string literal (detected at line 2)|2|5|2|5|y = 'abc",
                describe(readTo("x = = 1\ny = 'abc\n", 3).checkRestForErrors(1)));
        assertEquals("SyntaxError|invalid hexadecimal literal|2|6|2|6|y = 0x",
                describe(readTo("x = = 1\ny = 0x\n", 3).checkRestForErrors(1)));
        assertEquals("SyntaxError|'(' was never closed|1|4|1|0|foo(",
                describe(readTo("foo(\nx = = 1\n", 4).checkRestForErrors(2)));
        assertEquals("SyntaxError|'(' was never closed|1|5|1|0|x = (1,",
                describe(readTo("x = (1,\n$ y\n", 5).checkRestForErrors(2)));
    }

    @Test
    void restOfSourceKeepsGenericErrorsForStateErrors() {
        // python3: these stay "invalid syntax" at line 1
        assertNull(readTo("x = = 1\nif x:\n  y\n z\n", 3).checkRestForErrors(1));
        assertNull(readTo("x = = 1\ny = 1 + \\ 2\n", 3).checkRestForErrors(1));
        assertNull(readTo("foo(x = = 1\n", 5).checkRestForErrors(1));
    }

    @Test
    void numberBeforeKeywordWarns() {
        // python3 -W always: "f:1: SyntaxWarning: invalid decimal literal" (and hexadecimal, octal)
        List<String> seen = new ArrayList<>();
        Tokenizer t = new Tokenizer("x = 1if 0x1for 0o7in y else 2", "f");
        t.setWarningHandler((category, msg, file, line) -> seen.add(category + ":" + msg + ":" + file + ":" + line) && false);
        while (t.next().type() != TokenType.ENDMARKER) {
            // read all
        }
        assertEquals(List.of("SyntaxWarning:invalid decimal literal:f:1", "SyntaxWarning:invalid hexadecimal literal:f:1",
                "SyntaxWarning:invalid octal literal:f:1"), seen);
    }

    @Test
    void warningsAsErrorsRaiseAtTheNumbersEnd() {
        // python3 -W error: compile('x = 0x1for x in y') -> 'invalid hexadecimal literal' 1 8 1 8
        Tokenizer t = new Tokenizer("x = 0x1for x in y", "f");
        t.setWarningHandler((category, msg, file, line) -> true);
        t.next();
        t.next();
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, t::next);
        assertEquals("SyntaxError|invalid hexadecimal literal|1|8|1|8|x = 0x1for x in y", describe(e));
    }

    @Test
    void errorsRepeatOnceRaised() {
        Tokenizer t = new Tokenizer("x = 0x\n", "f");
        t.next();
        t.next();
        SyntaxErrorException first = assertThrows(SyntaxErrorException.class, t::next);
        assertSame(first, assertThrows(SyntaxErrorException.class, t::next));
    }
}
