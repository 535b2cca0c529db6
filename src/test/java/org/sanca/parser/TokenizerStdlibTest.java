package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every .py file of CPython 3.11's Lib (site-packages aside) and compares the
 * outcome with compile()'s, recorded by src/test/resources/tokenizer/gen_stdlib_failures.py:
 * no Java exception escapes; a file the tokenizer rejects is one CPython rejects with the same
 * message and line; a file CPython rejects with a lexical message is rejected here too (or,
 * for "(unicode error)", when its string literals are decoded). Prints counts and timing.
 */
class TokenizerStdlibTest {
    /** Messages only the tokenizer (or literal decoding) produces. */
    private static final String[] LEXICAL = {"leading zeros", "invalid character", "invalid non-printable", "unknown encoding",
        "encoding problem", "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
        "invalid binary literal", "invalid digit", "unterminated", "unindent does not match", "inconsistent use of tabs",
        "(unicode error)", "(value error)", "bytes can only contain", "unmatched", "closing parenthesis", "was never closed"};

    record Outcome(String kind, String msg, int lineno) {}

    @Test
    void tokenizesTheStandardLibrary() throws IOException, URISyntaxException {
        Path lib = TokenizerStreamTest.STDLIB;
        Assumptions.assumeTrue(Files.isDirectory(lib), "stdlib not found: " + lib);
        Map<String, Outcome> cpython = cpythonFailures();
        List<Path> files = pythonFiles(lib);
        List<byte[]> sources = new ArrayList<>();
        for (Path p : files) {
            sources.add(Files.readAllBytes(p));
        }
        int ok = 0;
        int rejected = 0;
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            String rel = lib.relativize(files.get(i)).toString();
            bytes += sources.get(i).length;
            Outcome mine = tokenize(sources.get(i), rel);
            Outcome theirs = cpython.get(rel);
            if (mine == null) {
                ok++;
                if (theirs != null && isLexical(theirs.msg) && !theirs.msg.startsWith("(unicode error)")) {
                    fail(rel + ": CPython rejects it with " + theirs + ", the tokenizer accepts it");
                }
            } else {
                rejected++;
                assertEquals(theirs, mine, rel);
            }
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (byte[] src : sources) {
                tokenizeQuietly(src);
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("stdlib: %d files (%d MB): %d tokenize cleanly, %d raise SyntaxError (CPython's compile rejects %d); "
                + "best of 5 rounds %.0f ms%n", files.size(), bytes >> 20, ok, rejected, cpython.size(), best / 1e6);
        assertTrue(files.size() > 1500);
    }

    private static boolean isLexical(String msg) {
        for (String m : LEXICAL) {
            if (msg.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    /** The tokenizer's error, or the literal decoder's for "(unicode error)"-style ones, or null. */
    private static Outcome tokenize(byte[] src, String rel) {
        try {
            Tokenizer t = new Tokenizer(src, rel);
            for (Token tok = t.next(); tok.type() != TokenType.ENDMARKER; tok = t.next()) {
                if (tok.type() == TokenType.STRING && !Literals.splitString(tok.string()).fstring()) {
                    try {
                        Literals.parseString(tok.string());
                    } catch (Literals.LiteralException e) {
                        return new Outcome("SyntaxError", e.getMessage(), tok.lineno());
                    }
                }
            }
            return null;
        } catch (SyntaxErrorException e) {
            return new Outcome(e.kind, e.msg, e.lineno);
        }
    }

    private static int tokenizeQuietly(byte[] src) {
        int n = 0;
        try {
            Tokenizer t = new Tokenizer(src, "f");
            while (t.next().type() != TokenType.ENDMARKER) {
                n++;
            }
        } catch (SyntaxErrorException e) {
            n = -1;
        }
        return n;
    }

    private static List<Path> pythonFiles(Path lib) throws IOException {
        try (Stream<Path> walk = Files.walk(lib)) {
            return walk.filter(p -> p.toString().endsWith(".py") && !lib.relativize(p).startsWith("site-packages"))
                    .sorted().toList();
        }
    }

    private static Map<String, Outcome> cpythonFailures() throws IOException, URISyntaxException {
        Path tsv = Path.of(TokenizerStdlibTest.class.getResource("/tokenizer/stdlib_failures.tsv").toURI());
        Map<String, Outcome> map = new HashMap<>();
        for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            map.put(f[0], new Outcome(f[1], f[2], f[3].equals("None") ? SyntaxErrorException.NONE : Integer.parseInt(f[3])));
        }
        return map;
    }
}
