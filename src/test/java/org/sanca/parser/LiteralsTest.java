package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Checks literal values and literal errors against CPython 3.11's, recorded by
 * src/test/resources/tokenizer/gen_literals.py: each source "x = LITERAL" is tokenized and
 * its third token decoded, collecting invalid-escape warnings.
 */
class LiteralsTest {
    @TestFactory
    Stream<DynamicTest> literals() throws IOException, URISyntaxException {
        Path tsv = Path.of(LiteralsTest.class.getResource("/tokenizer/literals.tsv").toURI());
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertTrue(rows.size() > 100);
        return rows.stream().map(row -> {
            String[] f = row.split("\t", -1);
            byte[] src = HexFormat.of().parseHex(f[0]);
            String name = new String(src, StandardCharsets.UTF_8).strip();
            return DynamicTest.dynamicTest(name, () -> assertEquals(f[1] + " warnings:" + f[2], decode(src)));
        });
    }

    private static String decode(byte[] src) {
        Tokenizer t = new Tokenizer(src, "f");
        t.next();
        t.next();
        Token tok = t.next();
        List<String> warnings = new ArrayList<>();
        String result;
        try {
            PyObject v = tok.type() == TokenType.NUMBER ? Literals.parseNumber(tok.string())
                    : Literals.parseString(tok.string(), warnings::add);
            result = describe(v);
        } catch (Literals.LiteralException e) {
            result = "error:" + e.getMessage();
        }
        return result + " warnings:" + String.join("|", warnings);
    }

    private static String describe(PyObject v) {
        return switch (v) {
            case PyInt i -> "int:" + i.bigValue();
            case PyFloat f -> "float:" + bits(f.value);
            case PyComplex c -> "complex:" + bits(c.imag);
            case PyStr s -> "str:" + s.asString().codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(","));
            case PyBytes b -> "bytes:" + HexFormat.of().formatHex(b.toByteArray());
            default -> throw new AssertionError(v);
        };
    }

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    @Test
    void splitString() {
        assertEquals(new Literals.StringToken(true, true, false, false, '"', 3, "a\"b"), Literals.splitString("Rb\"\"\"a\"b\"\"\""));
        assertEquals(new Literals.StringToken(false, false, true, false, '\'', 1, ""), Literals.splitString("f''"));
        assertEquals(new Literals.StringToken(false, false, false, true, '\'', 1, "x"), Literals.splitString("u'x'"));
    }

    @Test
    void smallIntsAreCached() {
        assertTrue(Literals.parseNumber("0_0") == PyInt.of(0));
        assertEquals(PyInt.of(255), Literals.parseNumber("0xff"));
    }
}
