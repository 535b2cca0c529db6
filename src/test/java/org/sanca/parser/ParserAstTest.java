package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ASTs of whole programs and of the other start rules, against python3's: each X.py under
 * src/test/resources/parser has X.ast, the output of /work/shared/tools/astdump.py (header
 * dropped); modes.txt holds eval/single/func_type sources and modes.expected their dumps.
 */
class ParserAstTest {
    static byte[] bytes(String name) throws IOException {
        try (InputStream in = ParserAstTest.class.getResourceAsStream("/parser/" + name)) {
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static String dumpOrError(Parser.Mode mode, byte[] source) {
        try {
            return AstDump.dump(Parser.parse(source, "<s>", mode));
        } catch (SyntaxErrorException e) {
            return "SyntaxError: " + e.msg + " (" + e.lineno + ", " + e.offset + ")";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"constructs", "fstrings", "edge", "seeds/lecture2_opcodes", "seeds/lecture3_frames",
        "seeds/lecture4_types", "seeds/lecture5_strings", "seeds/lecture6_closures"})
    void moduleMatchesCPython(String name) throws IOException {
        // The seed programs are read where the program tests keep them; their .ast stays here.
        byte[] source = name.startsWith("seeds/")
            ? java.nio.file.Files.readAllBytes(java.nio.file.Path.of("tests/python", name + ".py")) : bytes(name + ".py");
        assertEquals(text(name + ".ast").stripTrailing(), dumpOrError(Parser.Mode.FILE, source));
    }

    @Test
    void otherStartRulesMatchCPython() throws IOException {
        assertEquals(text("modes.expected").stripTrailing(), modes());
    }

    public static void main(String[] args) throws IOException {
        System.out.println(modes());
    }

    static String modes() throws IOException {
        String[] cases = text("modes.txt").split("#---\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            int nl = cases[i].indexOf('\n');
            String mode = cases[i].substring(0, nl);
            Parser.Mode m = switch (mode) {
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                case "func_type" -> Parser.Mode.FUNC_TYPE;
                default -> Parser.Mode.FILE;
            };
            out.add("### " + i + " " + mode);
            out.add(dumpOrError(m, cases[i].substring(nl + 1).getBytes(StandardCharsets.UTF_8)));
        }
        return String.join("\n", out);
    }

    @Test
    void floatAndStringReprsAreCPythons() {
        assertEquals("1e+16", AstDump.floatRepr(1e16, true));
        assertEquals("1000000000000000.0", AstDump.floatRepr(1e15, true));
        assertEquals("1e-05", AstDump.floatRepr(1e-5, true));
        assertEquals("0.0001", AstDump.floatRepr(1e-4, true));
        assertEquals("0.1", AstDump.floatRepr(0.1, true));
        assertEquals("inf", AstDump.floatRepr(Double.POSITIVE_INFINITY, true));
        assertEquals("5e-324", AstDump.floatRepr(Double.MIN_VALUE, true));
        assertEquals("2j", AstDump.complexRepr(0, 2));
        assertEquals("\"it's\"", AstDump.strRepr("it's"));
        assertEquals("'\\x00\\u200b\\U000e0001é'", AstDump.strRepr("\0\u200b\udb40\udc01é"));
        assertEquals("b'\\x00\\'\"'", AstDump.bytesRepr(new byte[] {0, '\'', '"'}));
    }
}
