package org.sanca.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sanca.ast.ModTy;

/**
 * Compares Sanca's parse of every standard library file with CPython's, in astdump.py's format,
 * and times parsing the whole library. Run from the worktree:
 * <pre>
 *   java -cp target/classes:target/test-classes org.sanca.parser.AstDumpStdlib [--show K] [--time N] [FILES...]
 * </pre>
 * Reference dumps come from python3 astdump.py (cached under /tmp/astref when present).
 */
public final class AstDumpStdlib {
    static final String LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";
    static final String PYTHON = "/root/.pyenv/versions/3.11.7/bin/python3";
    static final String ASTDUMP = "/work/shared/tools/astdump.py";
    static final String CACHE = "/tmp/astref";

    public static void main(String[] args) throws Exception {
        int show = 10, rounds = 0;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--time" -> rounds = Integer.parseInt(args[++i]);
                case "--errors" -> {
                    compareErrors(args[++i], show);
                    return;
                }
                default -> files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            files = libFiles();
        }
        if (rounds > 0) {
            time(files, rounds);
            return;
        }
        compare(files, show);
    }

    static List<String> libFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Paths.get(LIB))) {
            return s.filter(p -> p.toString().endsWith(".py"))
                .filter(p -> !p.toString().contains("/site-packages/") && !p.toString().contains("/__pycache__/"))
                .map(Path::toString).sorted().toList();
        }
    }

    /** Our dump of a file, or "SyntaxError: MSG (LINE, COL)" as astdump.py prints it. */
    static String ours(String file) throws IOException {
        byte[] src = Files.readAllBytes(Paths.get(file));
        try {
            ModTy tree = Parser.parse(src, file, Parser.Mode.FILE);
            return AstDump.dump(tree);
        } catch (SyntaxErrorException e) {
            return "SyntaxError: " + e.msg + " (" + e.lineno + ", " + e.offset + ")";
        }
    }

    static String reference(String file) throws IOException, InterruptedException {
        Path cached = file.startsWith(LIB) ? Paths.get(CACHE, file.substring(LIB.length() + 1) + ".txt") : null;
        if (cached != null && Files.exists(cached)) {
            return Files.readString(cached, StandardCharsets.UTF_8).stripTrailing();
        }
        Process p = new ProcessBuilder(PYTHON, "-I", ASTDUMP, file).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        int nl = out.indexOf('\n');
        return out.substring(nl + 1).stripTrailing();
    }

    static void compare(List<String> files, int show) throws Exception {
        int same = 0, shown = 0;
        for (String f : files) {
            String got;
            try {
                got = ours(f);
            } catch (RuntimeException | StackOverflowError e) {
                got = "CRASH " + e;
                if (shown < show) {
                    e.printStackTrace();
                }
            }
            String want = reference(f);
            if (want.equals(got)) {
                same++;
                continue;
            }
            if (shown++ < show) {
                String[] w = want.split("\n", -1), g = got.split("\n", -1);
                int n = 0;
                while (n < w.length && n < g.length && w[n].equals(g[n])) {
                    n++;
                }
                System.out.println("--- " + f + "\n    line " + (n + 1)
                    + "\n    cpython: " + (n < w.length ? w[n] : "<end>")
                    + "\n    sanca:   " + (n < g.length ? g[n] : "<end>"));
            }
        }
        System.out.println(same + "/" + files.size() + " stdlib files identical");
    }

    /** Compares the outcome (OK or the SyntaxError) of compile(str) on files listed as "path\tEXPECTED" lines. */
    static void compareErrors(String listing, int show) throws IOException {
        int same = 0, total = 0, shown = 0;
        for (String line : Files.readAllLines(Paths.get(listing))) {
            String[] parts = line.split("\t", 2);
            if (parts.length < 2) {
                continue;
            }
            total++;
            String got;
            try {
                Parser.parse(Files.readString(Paths.get(parts[0])), "<s>", Parser.Mode.FILE);
                got = "OK";
            } catch (SyntaxErrorException e) {
                got = e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ")";
            } catch (RuntimeException | StackOverflowError e) {
                got = "CRASH " + e;
            }
            if (got.equals(parts[1])) {
                same++;
            } else if (shown++ < show) {
                System.out.println(parts[0] + "\n    cpython: " + parts[1] + "\n    sanca:   " + got);
            }
        }
        System.out.println(same + "/" + total + " outcomes identical");
    }

    static void time(List<String> files, int rounds) throws IOException {
        List<byte[]> sources = new ArrayList<>();
        long size = 0;
        for (String f : files) {
            byte[] b = Files.readAllBytes(Paths.get(f));
            sources.add(b);
            size += b.length;
        }
        for (int r = 1; r <= rounds; r++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int ok = 0;
            for (int i = 0; i < sources.size(); i++) {
                try {
                    Parser.parse(sources.get(i), files.get(i), Parser.Mode.FILE);
                    ok++;
                } catch (RuntimeException e) {
                    // a SyntaxError (or a tokenizer bug): counted as not parsed
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
            System.out.println("round " + r + ": " + ok + "/" + sources.size() + " files, " + size + " bytes, "
                + ms + " ms wall, " + cpu + " ms cpu (parsing thread)");
        }
    }
}
