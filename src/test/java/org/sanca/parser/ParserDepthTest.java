package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The parser gives up exactly where CPython's does: for each source of tests/syntax/depth.tsv
 * (an expression nested n deep in some statement or expression), the smallest n at which
 * Sanca's parser raises MemoryError (pegen's MAXSTACK) equals CPython 3.11's, found there by
 * tests/syntax/depth_generate.py, and n - 1 still parses as it does in CPython.
 * Sanca's thresholds, all of them: {@code java -cp target/classes:target/test-classes org.sanca.parser.ParserDepthTest}.
 */
class ParserDepthTest {
    static final Path TABLE = Path.of("tests/syntax/depth.tsv");

    /** One row: the source is prefix + unit*n + middle + unit2*n + suffix; MemoryError from n on. */
    record Pattern(String name, String prefix, String unit, String middle, String unit2, String suffix,
                   int n, String below) {
        String source(int k) {
            return prefix + unit.repeat(k) + middle + unit2.repeat(k) + suffix;
        }
    }

    static List<Pattern> patterns() throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(new Pattern(c[0], unescape(c[1]), unescape(c[2]), unescape(c[3]), unescape(c[4]),
                unescape(c[5]), Integer.parseInt(c[6]), c[7]));
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** What compile(source, ..., PyCF_ONLY_AST) would raise in the front end, or OK. */
    static String outcome(String source) {
        try {
            Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<depth>", Parser.Mode.FILE);
            return "OK";
        } catch (SyntaxErrorException e) {
            return e.kind;
        } catch (Parser.TooDeeplyNested e) {
            return "MemoryError";
        }
    }

    /** The smallest n at which Sanca's parser raises MemoryError (bisection, as the generator's). */
    static int threshold(Pattern p) {
        int lo = 1, hi = 7000;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (outcome(p.source(mid)).equals("MemoryError")) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Test
    void deepSourcesFailWhereCPythonsDo() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Pattern> all = patterns();
        for (Pattern p : all) {
            String at = outcome(p.source(p.n()));
            String below = outcome(p.source(p.n() - 1));
            if (!at.equals("MemoryError") || !below.equals(p.below())) {
                wrong.add(p.name() + ": CPython MemoryError from n=" + p.n() + ", Sanca from n=" + threshold(p));
            }
        }
        assertEquals("", String.join("\n", wrong), wrong.size() + " of " + all.size() + " differ");
    }

    public static void main(String[] args) throws IOException {
        for (Pattern p : patterns()) {
            int t = threshold(p);
            System.out.printf("%-22s CPython %5d  Sanca %5d  %s%n", p.name(), p.n(), t, t == p.n() ? "" : "DIFF " + (t - p.n()));
        }
    }
}
