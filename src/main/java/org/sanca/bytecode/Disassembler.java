package org.sanca.bytecode;

import static org.sanca.bytecode.Opcode.*;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;

/**
 * Disassembles a code object into the text dis.dis() prints under CPython 3.11 (without
 * adaptive forms or caches), nested code objects included.
 * CPython: Lib/dis.py (dis, _disassemble_bytes, _get_instructions_bytes, Instruction._disassemble).
 */
public final class Disassembler {
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};

    private final Function<PyObject, String> repr;
    private final StringBuilder out = new StringBuilder();

    private Disassembler(Function<PyObject, String> repr) {
        this.repr = repr;
    }

    /** dis.dis(code): repr gives each constant's repr() (nested code objects included). */
    public static String dis(PyCode code, Function<PyObject, String> repr) {
        Disassembler d = new Disassembler(repr);
        d.recursive(code);
        return d.out.toString();
    }

    private void recursive(PyCode code) {
        disassemble(code);
        for (PyObject c : code.getConsts()) {
            if (c instanceof PyCode cc) {
                out.append("\nDisassembly of ").append(repr.apply(cc)).append(":\n");
                recursive(cc);
            }
        }
    }

    private static boolean isBackward(int op) {
        return NAMES[op].contains("JUMP_BACKWARD");
    }

    private static int jumpTarget(int op, int arg, int offset) {
        int d = DEOPT[op];
        if (!hasJrel(d)) return hasJabs(d) ? arg * 2 : -1;
        return offset + 2 * (isBackward(d) ? -arg : arg) + 2 + 2 * CACHE_ENTRIES[d];
    }

    private void disassemble(PyCode code) {
        byte[] b = code.codeUnits();
        PyCode.Position[] pos = code.positions();
        Map<Integer, Integer> lineStarts = new HashMap<>();
        int last = Integer.MIN_VALUE, maxLine = 0;
        for (int i = 0; i < pos.length; i++) {
            int line = pos[i].line();
            if (line != -1 && line != last) {
                lineStarts.put(2 * i, line);
                last = line;
                maxLine = Math.max(maxLine, line);
            }
        }
        TreeSet<Integer> labels = labels(code, b);
        int linenoWidth = lineStarts.isEmpty() ? 0 : maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int offsetWidth = b.length - 2 >= 10000 ? Integer.toString(b.length - 2).length() : 4;
        int ext = 0;
        for (int off = 0; off < b.length; ) {
            int op = b[off] & 0xFF;
            int arg = op >= HAVE_ARGUMENT ? (b[off + 1] & 0xFF) | ext : -1;
            ext = op == EXTENDED_ARG ? arg << 8 : 0;
            Integer line = lineStarts.get(off);
            if (line != null && off > 0 && linenoWidth > 0) out.append('\n');
            StringBuilder f = new StringBuilder();
            if (linenoWidth > 0) f.append(line != null ? pad(Integer.toString(line), linenoWidth) : " ".repeat(linenoWidth)).append(' ');
            f.append("    ").append(labels.contains(off) ? ">>" : "  ").append(' ');
            f.append(pad(Integer.toString(off), offsetWidth)).append(' ');
            f.append(String.format("%-20s", NAMES[op]));
            if (arg >= 0) {
                f.append(' ').append(String.format("%5d", arg));
                String ar = argRepr(code, op, arg, off);
                if (!ar.isEmpty()) f.append(" (").append(ar).append(')');
            }
            out.append(f.toString().stripTrailing()).append('\n');
            off += 2 + 2 * CACHE_ENTRIES[DEOPT[op]];
        }
        PyCode.ExceptionEntry[] entries = code.exceptionEntries();
        if (entries.length > 0) {
            out.append("ExceptionTable:\n");
            for (PyCode.ExceptionEntry e : entries) {
                out.append("  ").append(2 * e.start()).append(" to ").append(2 * e.end() - 2).append(" -> ")
                        .append(2 * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static TreeSet<Integer> labels(PyCode code, byte[] b) {
        TreeSet<Integer> labels = new TreeSet<>();
        int ext = 0;
        for (int off = 0; off < b.length; ) {
            int op = b[off] & 0xFF;
            int arg = op >= HAVE_ARGUMENT ? (b[off + 1] & 0xFF) | ext : 0;
            ext = op == EXTENDED_ARG ? arg << 8 : 0;
            int t = op >= HAVE_ARGUMENT ? jumpTarget(op, arg, off) : -1;
            if (t >= 0) labels.add(t);
            off += 2 + 2 * CACHE_ENTRIES[DEOPT[op]];
        }
        for (PyCode.ExceptionEntry e : code.exceptionEntries()) labels.add(2 * e.target());
        return labels;
    }

    private String argRepr(PyCode code, int op, int arg, int off) {
        int d = DEOPT[op];
        if (hasConst(d)) return d == LOAD_CONST ? repr.apply(code.getConsts()[arg]) : "";
        if (hasName(d)) {
            if (d == LOAD_GLOBAL) return ((arg & 1) != 0 ? "NULL + " : "") + code.getNames()[arg >> 1];
            return code.getNames()[arg];
        }
        if (hasJrel(d) || hasJabs(d)) return "to " + jumpTarget(op, arg, off);
        if (hasLocal(d) || hasFree(d)) return code.getLocalsplusnames()[arg];
        if (hasCompare(d)) return CMP_OP[arg];
        if (d == FORMAT_VALUE) {
            String s = FORMAT_CONVERTERS[arg & 3];
            if ((arg & 4) != 0) s = s.isEmpty() ? "with format" : s + ", with format";
            return s;
        }
        if (d == MAKE_FUNCTION) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                if ((arg & (1 << i)) != 0) s.append(s.length() > 0 ? ", " : "").append(MAKE_FUNCTION_FLAGS[i]);
            }
            return s.toString();
        }
        if (d == BINARY_OP) return NB_OP_SYMBOLS[arg];
        return "";
    }
}
