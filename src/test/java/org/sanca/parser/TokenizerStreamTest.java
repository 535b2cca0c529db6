package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the Tokenizer's stream with CPython 3.11's, as recorded by
 * src/test/resources/tokenizer/gen_tokens.py for the snippets and a few stdlib files.
 */
class TokenizerStreamTest {
    static final Path STDLIB = Path.of(System.getProperty("sanca.stdlib", "/root/.pyenv/versions/3.11.7/lib/python3.11"));

    @TestFactory
    Stream<DynamicTest> streams() throws IOException, URISyntaxException {
        Path dir = Path.of(TokenizerStreamTest.class.getResource("/tokenizer/gen_tokens.py").toURI()).getParent();
        List<Path> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".tokens.gz")).sorted().forEach(expected::add);
        }
        assertTrue(expected.size() >= 15, "expectation files found: " + expected.size());
        return expected.stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path expectedFile) throws IOException {
        List<String> lines = readGz(expectedFile);
        Path source;
        if (lines.get(0).startsWith("#SOURCE\t")) {
            source = STDLIB.resolve(lines.remove(0).substring(8));
            Assumptions.assumeTrue(Files.exists(source), "stdlib not found: " + source);
        } else {
            String name = expectedFile.getFileName().toString();
            source = expectedFile.resolveSibling(name.substring(0, name.length() - ".tokens.gz".length()) + ".py");
        }
        Tokenizer tok = new Tokenizer(Files.readAllBytes(source), source.toString());
        for (int i = 0; i < lines.size(); i++) {
            Token t = tok.next();
            assertEquals(lines.get(i), format(t), "token " + i + " of " + source);
        }
    }

    static String format(Token t) {
        return t.type() + "\t" + t.lineno() + "\t" + t.colOffset() + "\t" + t.endLineno() + "\t" + t.endColOffset()
                + "\t" + t.string().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static List<String> readGz(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ArrayList<>(r.lines().toList());
        }
    }
}
