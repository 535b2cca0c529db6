package org.sanca.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic garbage for the parser: input i of a seed is a slice of a standard-library file
 * with token, byte or line mutations (deletions, duplications, swaps, truncations, random bytes),
 * or deeply nested brackets, blocks or expressions. Input i depends only on (seed, i), so the
 * first n inputs of a longer run are those of a shorter one.
 */
final class FuzzInputs {
    static final Path STDLIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11");

    private final List<Path> files;
    private final Map<Path, byte[]> cache = new HashMap<>();
    private final long seed;

    FuzzInputs(long seed) {
        this.seed = seed;
        try (Stream<Path> walk = Files.walk(STDLIB)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean available() {
        return Files.isDirectory(STDLIB);
    }

    /** Input number i. */
    byte[] get(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int op = r.nextInt(24);
        if (op >= 20) {
            return nested(r, op - 20);
        }
        byte[] base = slice(r);
        if (op == 19) {
            return randomBytes(r, r.nextInt(300));
        }
        if (op == 18) {
            for (int k = 2 + r.nextInt(4); k > 0; k--) {
                base = mutate(r, base, r.nextInt(14));
            }
            return base;
        }
        return mutate(r, base, op % 14);
    }

    /** Lines [start, start + n) of a standard-library file chosen by r. */
    private byte[] slice(Random r) {
        Path p = files.get(r.nextInt(files.size()));
        byte[] all = cache.computeIfAbsent(p, FuzzInputs::read);
        List<Integer> starts = lineStarts(all);
        int from = r.nextInt(starts.size());
        int to = Math.min(starts.size(), from + 1 + r.nextInt(r.nextBoolean() ? 10 : 80));
        int a = starts.get(from);
        int b = to < starts.size() ? starts.get(to) : all.length;
        return dedent(Arrays.copyOfRange(all, a, b));
    }

    /** Removes the first line's indentation from every line that starts with it (most slices start in a block). */
    private static byte[] dedent(byte[] b) {
        int w = 0;
        while (w < b.length && (b[w] == ' ' || b[w] == '\t')) {
            w++;
        }
        if (w == 0) {
            return b;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (int start : lineStarts(b)) {
            boolean prefixed = start + w <= b.length && Arrays.equals(b, start, start + w, b, 0, w);
            int from = prefixed ? start + w : start;
            int end = from;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            out.write(b, from, Math.min(end + 1, b.length) - from);
        }
        return out.toByteArray();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> lineStarts(byte[] b) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 0; i < b.length - 1; i++) {
            if (b[i] == '\n') {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static final String[] SNIPPETS = {"(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "'''", "f'", "f\"{",
        "\\", "\n", "\t", "    ", "=", ":=", "*", "**", "lambda", "if", "else", "for", "in", "not", "async",
        "await", "yield", "return", "def", "class", "match", "case", "try:", "except", "finally:", "with", "as",
        "import", "from", "@", ";", ".", "...", "->", "0x", "1e", "1_", "09", "#", "\r", "\u00e9", "\u20ac",
        "\u00a0", "\0", "\uFEFF", "print ", "b'", "r'", "}", "!r", "="};

    private static byte[] mutate(Random r, byte[] b, int op) {
        return switch (op) {
            case 0 -> tokens(r, b, 0);
            case 1 -> tokens(r, b, 1);
            case 2 -> tokens(r, b, 2);
            case 3 -> tokens(r, b, 3);
            case 4 -> splice(b, pos(r, b), 1 + r.nextInt(3), new byte[0]);
            case 5 -> {
                int p = pos(r, b);
                int n = Math.min(1 + r.nextInt(8), b.length - p);
                yield splice(b, p, 0, Arrays.copyOfRange(b, p, p + n));
            }
            case 6 -> splice(b, pos(r, b), 0, randomBytes(r, 1 + r.nextInt(4)));
            case 7 -> splice(b, pos(r, b), 1, randomBytes(r, 1));
            case 8 -> Arrays.copyOf(b, pos(r, b));
            case 9, 10, 11 -> lines(r, b, op - 9);
            case 12 -> indent(r, b);
            default -> splice(b, pos(r, b), 0, SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
        };
    }

    private static int pos(Random r, byte[] b) {
        return b.length == 0 ? 0 : r.nextInt(b.length + 1);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            // mostly printable ASCII, sometimes any byte
            out[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 32 + r.nextInt(95));
        }
        return out;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        int rem = Math.max(0, Math.min(remove, b.length - at));
        byte[] out = new byte[b.length - rem + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + rem, out, at + insert.length, b.length - at - rem);
        return out;
    }

    /** Chunks: runs of word bytes (ASCII letters, digits, '_', non-ASCII), runs of blanks, single others. */
    private static List<int[]> chunks(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            int j = i + 1;
            int kind = kind(b[i]);
            if (kind != 0) {
                while (j < b.length && kind(b[j]) == kind) {
                    j++;
                }
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static int kind(byte c) {
        if (c == ' ' || c == '\t') {
            return 2;
        }
        if (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c < 0) {
            return 1;
        }
        return 0;
    }

    /** Token mutations: 0 delete, 1 duplicate, 2 swap with the next, 3 swap two anywhere. */
    private static byte[] tokens(Random r, byte[] b, int how) {
        List<int[]> cs = chunks(b);
        if (cs.size() < 2) {
            return b;
        }
        int i = r.nextInt(cs.size() - 1);
        int j = how == 2 ? i + 1 : i + 1 + r.nextInt(cs.size() - 1 - i);
        byte[] ti = Arrays.copyOfRange(b, cs.get(i)[0], cs.get(i)[1]);
        byte[] tj = Arrays.copyOfRange(b, cs.get(j)[0], cs.get(j)[1]);
        return switch (how) {
            case 0 -> splice(b, cs.get(i)[0], ti.length, new byte[0]);
            case 1 -> splice(b, cs.get(i)[0], 0, ti);
            default -> {
                byte[] t = splice(b, cs.get(j)[0], tj.length, ti);
                yield splice(t, cs.get(i)[0], ti.length, tj);
            }
        };
    }

    /** Line mutations: 0 delete, 1 duplicate, 2 swap two lines. */
    private static byte[] lines(Random r, byte[] b, int how) {
        List<Integer> starts = lineStarts(b);
        if (b.length == 0) {
            return b;
        }
        int i = r.nextInt(starts.size());
        int a = starts.get(i);
        int e = i + 1 < starts.size() ? starts.get(i + 1) : b.length;
        byte[] line = Arrays.copyOfRange(b, a, e);
        if (how == 0) {
            return splice(b, a, line.length, new byte[0]);
        }
        if (how == 1 || starts.size() < 2) {
            return splice(b, a, 0, line);
        }
        int k = r.nextInt(starts.size());
        int ka = starts.get(k);
        byte[] moved = splice(b, a, line.length, new byte[0]);
        return splice(moved, Math.min(ka, moved.length), 0, line);
    }

    /** Adds or removes indentation (spaces or a tab) at the start of a line. */
    private static byte[] indent(Random r, byte[] b) {
        List<Integer> starts = lineStarts(b);
        int a = starts.get(r.nextInt(starts.size()));
        return switch (r.nextInt(3)) {
            case 0 -> splice(b, a, 0, " ".repeat(1 + r.nextInt(8)).getBytes(StandardCharsets.US_ASCII));
            case 1 -> splice(b, a, 0, new byte[] {'\t'});
            default -> {
                int n = 0;
                while (a + n < b.length && (b[a + n] == ' ' || b[a + n] == '\t')) {
                    n++;
                }
                yield splice(b, a, Math.min(n, 1 + r.nextInt(4)), new byte[0]);
            }
        };
    }

    /** Deep nesting: 0 brackets, 1 blocks, 2 prefix/suffix expression chains, 3 f-strings and calls. */
    private static byte[] nested(Random r, int how) {
        StringBuilder sb = new StringBuilder();
        switch (how) {
            case 0 -> {
                int n = 150 + r.nextInt(120);
                String[] open = {"(", "[", "{", "f(", "a["};
                String[] close = {")", "]", "}", ")", "]"};
                int k = r.nextInt(open.length);
                sb.append("x = ").append(open[k].repeat(n)).append('1').append(close[k].repeat(n - r.nextInt(2)));
            }
            case 1 -> {
                int n = 1 + r.nextInt(110);
                String[] heads = {"if x:", "for x in y:", "while x:", "with a:", "try:", "def f():", "class C:"};
                for (int d = 0; d < n; d++) {
                    sb.append(" ".repeat(d)).append(heads[r.nextInt(heads.length)]).append('\n');
                }
                sb.append(" ".repeat(n)).append("pass\n");
            }
            case 2 -> {
                int n = 1 + r.nextInt(r.nextBoolean() ? 300 : 12000);
                String[] pre = {"-", "not ", "~", "await ", "lambda: ", "*", "yield "};
                String[] post = {".a", "()", "[0]", " + 1", " if a else b", " ** 2", ", 1"};
                if (r.nextBoolean()) {
                    sb.append("x = ").append(pre[r.nextInt(pre.length)].repeat(n)).append("1\n");
                } else {
                    sb.append("x = a").append(post[r.nextInt(post.length)].repeat(n)).append('\n');
                }
            }
            default -> {
                int n = 1 + r.nextInt(r.nextBoolean() ? 30 : 1500);
                if (r.nextBoolean()) {
                    sb.append("x = ").append("f'{".repeat(Math.min(n, 6))).append('1')
                        .append("}'".repeat(Math.min(n, 6))).append('\n');
                } else {
                    sb.append("x = ").append("[".repeat(n % 100)).append("a if b else ".repeat(n)).append('c')
                        .append("]".repeat(n % 100)).append('\n');
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
