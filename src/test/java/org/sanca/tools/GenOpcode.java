package org.sanca.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates org.sanca.bytecode.Opcode from CPython 3.11's Lib/opcode.py.
 * CPython: Tools/scripts/generate_opcode_h.py, which makes Include/opcode.h from Lib/opcode.py.
 *
 * <p>Run from the project root as a single-file program to rewrite the source:
 * {@code java src/test/java/org/sanca/tools/GenOpcode.java [path/to/opcode.py]}.
 * OpcodeTableTest checks that the committed source equals what this prints.
 */
public final class GenOpcode {
    public static final Path OPCODE_PY = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11/opcode.py");
    public static final Path OUT = Path.of("src/main/java/org/sanca/bytecode/Opcode.java");

    private static final Pattern DEF = Pattern.compile("^(def|name|jrel|jabs)_op\\('(\\w+)', (\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern APPEND = Pattern.compile("^(has\\w+)\\.append\\((\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern INT_CONST = Pattern.compile("^(HAVE_ARGUMENT|EXTENDED_ARG) = (\\d+)", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");
    private static final Pattern NUMBERED = Pattern.compile("\"(\\w+)\": (\\d+),");

    /** Everything the generator reads from opcode.py. */
    static final class Table {
        final String[] names = new String[256];
        final Map<String, TreeSet<Integer>> sets = new LinkedHashMap<>();
        final Map<String, Integer> ints = new LinkedHashMap<>();
        final List<String> cmpOp = new ArrayList<>();
        final List<String[]> nbOps = new ArrayList<>();
        final Map<String, List<String>> specializations = new LinkedHashMap<>();
        final Map<String, Integer> cacheSizes = new LinkedHashMap<>();

        Table() {
            for (String s : List.of("hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree")) {
                sets.put(s, new TreeSet<>());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path src = args.length > 0 ? Path.of(args[0]) : OPCODE_PY;
        Files.writeString(OUT, generate(Files.readString(src)));
    }

    /** The Java source of Opcode for the text of opcode.py. */
    public static String generate(String py) {
        return emit(parse(py));
    }

    static Table parse(String py) {
        Table t = new Table();
        Matcher m = DEF.matcher(py);
        while (m.find()) {
            int op = Integer.parseInt(m.group(3));
            t.names[op] = m.group(2);
            if (!m.group(1).equals("def")) t.sets.get("has" + m.group(1)).add(op);
        }
        m = APPEND.matcher(py);
        while (m.find()) t.sets.get(m.group(1)).add(Integer.parseInt(m.group(2)));
        m = INT_CONST.matcher(py);
        while (m.find()) t.ints.put(m.group(1), Integer.parseInt(m.group(2)));
        m = QUOTED.matcher(block(py, "cmp_op = ("));
        while (m.find()) t.cmpOp.add(m.group(1));
        for (String line : block(py, "_nb_ops = [").split("\n")) {
            m = QUOTED.matcher(line);
            if (m.find()) {
                String name = m.group(1);
                if (m.find()) t.nbOps.add(new String[] {name, m.group(1)});
            }
        }
        parseSpecializations(block(py, "_specializations = {"), t);
        parseCacheFormat(block(py, "_cache_format = {"), t);
        return t;
    }

    /** The text from the line starting with head up to the first line that closes it (at column 0). */
    static String block(String py, String head) {
        int start = py.indexOf("\n" + head);
        if (start < 0) throw new IllegalArgumentException("opcode.py has no " + head);
        int end = head.endsWith("(") ? py.indexOf(")", start) : py.indexOf("\n" + (head.endsWith("[") ? "]" : "}"), start);
        return py.substring(start + 1 + head.length(), end);
    }

    static void parseSpecializations(String text, Table t) {
        List<String> family = null;
        for (String line : text.split("\n")) {
            Matcher m = QUOTED.matcher(line);
            if (!m.find()) continue;
            if (line.strip().endsWith("[")) {
                family = new ArrayList<>();
                t.specializations.put(m.group(1), family);
            } else {
                family.add(m.group(1));
            }
        }
    }

    static void parseCacheFormat(String text, Table t) {
        String op = null;
        for (String line : text.split("\n")) {
            Matcher m = NUMBERED.matcher(line);
            if (m.find()) {
                t.cacheSizes.merge(op, Integer.parseInt(m.group(2)), Integer::sum);
            } else if (line.strip().endsWith("{")) {
                m = QUOTED.matcher(line);
                if (m.find()) op = m.group(1);
            }
        }
    }

    // ---- emitting ------------------------------------------------------------

    static String emit(Table t) {
        String[] all = t.names.clone();
        Map<String, String> deopt = new LinkedHashMap<>();
        int next = 1;
        for (Map.Entry<String, List<String>> fam : t.specializations.entrySet()) {
            for (String s : fam.getValue()) {
                while (all[next] != null) next++;
                all[next] = s;
                deopt.put(s, fam.getKey());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("// Generated by src/test/java/org/sanca/tools/GenOpcode.java from CPython 3.11's Lib/opcode.py: do not edit.\n");
        b.append("package org.sanca.bytecode;\n\n");
        b.append("/**\n * The opcodes of CPython 3.11's bytecode: numbers, names, argument kinds, inline caches,\n");
        b.append(" * specialised forms, binary operators and comparison operators.\n");
        b.append(" * CPython: Lib/opcode.py and the Include/opcode.h generated from it.\n */\n");
        b.append("public final class Opcode {\n    private Opcode() {}\n\n");
        for (int op = 0; op < 256; op++) {
            if (all[op] != null) {
                b.append("    public static final int ").append(all[op]).append(" = ").append(op).append(";\n");
            }
        }
        b.append("\n");
        for (Map.Entry<String, Integer> e : t.ints.entrySet()) {
            if (!e.getKey().equals("EXTENDED_ARG")) {
                b.append("    public static final int ").append(e.getKey()).append(" = ").append(e.getValue()).append(";\n");
            }
        }
        b.append("\n    /** Each opcode's name, specialised ones included; null for unused numbers. */\n");
        b.append("    public static final String[] NAMES = new String[256];\n");
        b.append("    /** Each opcode's number of inline CACHE code units (opcode.py's _inline_cache_entries). */\n");
        b.append("    public static final int[] CACHE_ENTRIES = new int[256];\n");
        b.append("    /** For each specialised opcode, the opcode it specialises; every other opcode maps to itself. */\n");
        b.append("    public static final int[] DEOPT = new int[256];\n");
        for (String set : t.sets.keySet()) {
            b.append("    private static final boolean[] ").append(set.toUpperCase()).append(" = new boolean[256];\n");
        }
        b.append("\n    static {\n");
        b.append("        for (int op = 0; op < 256; op++) DEOPT[op] = op;\n");
        for (int op = 0; op < 256; op++) {
            if (all[op] != null) b.append("        NAMES[").append(all[op]).append("] = \"").append(all[op]).append("\";\n");
        }
        for (Map.Entry<String, Integer> e : t.cacheSizes.entrySet()) {
            b.append("        CACHE_ENTRIES[").append(e.getKey()).append("] = ").append(e.getValue()).append(";\n");
        }
        for (Map.Entry<String, String> e : deopt.entrySet()) {
            b.append("        DEOPT[").append(e.getKey()).append("] = ").append(e.getValue()).append(";\n");
        }
        for (Map.Entry<String, TreeSet<Integer>> e : t.sets.entrySet()) {
            for (int op : e.getValue()) {
                b.append("        ").append(e.getKey().toUpperCase()).append("[").append(all[op]).append("] = true;\n");
            }
        }
        b.append("    }\n\n");
        for (String set : t.sets.keySet()) {
            String cap = "has" + Character.toUpperCase(set.charAt(3)) + set.substring(4);
            b.append("    /** True when op is in opcode.py's ").append(set).append(". */\n");
            b.append("    public static boolean ").append(cap).append("(int op) {\n        return ")
                    .append(set.toUpperCase()).append("[op];\n    }\n\n");
        }
        b.append("    /** True when op takes an argument (op >= HAVE_ARGUMENT). */\n");
        b.append("    public static boolean hasArg(int op) {\n        return op >= HAVE_ARGUMENT;\n    }\n\n");
        b.append("    // The operator arguments of BINARY_OP (opcode.py's _nb_ops).\n");
        for (int i = 0; i < t.nbOps.size(); i++) {
            b.append("    public static final int ").append(t.nbOps.get(i)[0]).append(" = ").append(i).append(";\n");
        }
        b.append("\n    /** The symbol of each BINARY_OP argument, as dis shows it. */\n");
        b.append("    public static final String[] NB_OP_SYMBOLS = {");
        for (int i = 0; i < t.nbOps.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(t.nbOps.get(i)[1]).append('"');
        }
        b.append("};\n\n    /** The operator of each COMPARE_OP argument (opcode.py's cmp_op). */\n");
        b.append("    public static final String[] CMP_OP = {");
        for (int i = 0; i < t.cmpOp.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(t.cmpOp.get(i)).append('"');
        }
        b.append("};\n}\n");
        return b.toString();
    }
}
