package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the tokenizer's SyntaxErrors (class, msg, lineno, offset, end_lineno, end_offset,
 * text) against CPython 3.11's, recorded by src/test/resources/tokenizer/gen_errors.py.
 */
class TokenizerErrorsTest {
    @TestFactory
    Stream<DynamicTest> errors() throws IOException, URISyntaxException {
        Path tsv = Path.of(TokenizerErrorsTest.class.getResource("/tokenizer/errors.tsv").toURI());
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertTrue(rows.size() > 80);
        return rows.stream().map(row -> {
            String[] f = row.split("\t", -1);
            byte[] src = HexFormat.of().parseHex(f[1]);
            String name = new String(src, StandardCharsets.ISO_8859_1);
            return DynamicTest.dynamicTest(name.length() > 40 ? name.substring(0, 40) : name, () -> check(f, src));
        });
    }

    /** 3,000 random mutations of stdlib code, from gen_fuzz_errors.py (seed 2026). */
    @TestFactory
    Stream<DynamicTest> fuzzedErrors() throws IOException, URISyntaxException {
        Path gz = Path.of(TokenizerErrorsTest.class.getResource("/tokenizer/fuzz_errors.tsv.gz").toURI());
        List<String> rows;
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            rows = in.lines().toList();
        }
        assertTrue(rows.size() >= 3000);
        return rows.stream().map(row -> {
            String[] f = row.split("\t", -1);
            return DynamicTest.dynamicTest(f[3], () -> check(f, HexFormat.of().parseHex(f[1])));
        });
    }

    private static void check(String[] f, byte[] src) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> {
            Tokenizer t = switch (f[0]) {
                case "b" -> new Tokenizer(src, "f");
                case "n" -> new Tokenizer(src, "f", false);
                case "f" -> Tokenizer.forFile(src, "fm.py");
                default -> new Tokenizer(new String(src, StandardCharsets.UTF_8), "f");
            };
            while (t.next().type() != TokenType.ENDMARKER) {
                // read on to the error
            }
        });
        String expected = String.join("|", f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
        String actual = String.join("|", e.kind, escape(e.msg), num(e.lineno), num(e.offset), num(e.endLineno),
                num(e.endOffset), e.text == null ? "<None>" : escape(e.text));
        assertEquals(expected, actual);
    }

    private static String num(int v) {
        return v == SyntaxErrorException.NONE ? "None" : Integer.toString(v);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
