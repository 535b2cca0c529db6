package org.sanca.runtime;

import org.sanca.vm.PyTraceback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.parser.Parser;

/**
 * Formats an uncaught exception as the interpreter reports it: the chained exceptions with
 * their "direct cause" and "during handling" separators, each traceback, the SyntaxError
 * location, and the "Type: message" line with __notes__.
 * CPython: Python/pythonrun.c (print_exception_recursive, print_exception, print_chained).
 */
public final class ExceptionPrinter {
    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private final TracebackFormatter formatter;
    private final long limit;

    /** A printer reading source lines from the files named in tracebacks. */
    public ExceptionPrinter(long limit) {
        this.formatter = new TracebackFormatter(ExceptionPrinter::sourceLine,
            segment -> Parser.parse(segment, "<traceback>", Parser.Mode.FILE));
        this.limit = limit;
    }

    /** Line {@code lineno} of a file, without its newline; null when unreadable. */
    public static String sourceLine(String filename, int lineno) {
        if (filename.startsWith("<") && filename.endsWith(">")) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** Nesting of exception groups being printed, as print_exception_group's context. */
    private int depth;
    private boolean needClose;

    /** The whole report for {@code value} (a BaseException instance). */
    public String format(PyObject value) {
        StringBuilder out = new StringBuilder();
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        depth = 0;
        needClose = false;
        formatRecursive(out, value, seen);
        return out.toString();
    }

    private String indent() {
        return " ".repeat(2 * depth);
    }

    private String margin() {
        return depth > 0 ? "| " : "";
    }

    /** Appends text, each line after the group indent and margin. */
    private void emit(StringBuilder out, CharSequence text) {
        String prefix = indent() + margin();
        int start = 0;
        while (start < text.length()) {
            int nl = text.toString().indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, start, end);
            start = end;
        }
    }

    private void formatRecursive(StringBuilder out, PyObject value, Set<PyObject> seen) {
        seen.add(value);
        if (value instanceof PyBaseException e) {
            PyObject cause = e.cause;
            PyObject context = e.context;
            if (cause != null) {
                if (!seen.contains(cause)) {
                    chained(out, cause, seen, CAUSE);
                }
            } else if (context != null && !e.suppressContext && !seen.contains(context)) {
                chained(out, context, seen, CONTEXT);
            }
        }
        if (Abstract.isInstance(value, org.sanca.objects.PyExc.BaseExceptionGroup)) {
            formatGroup(out, value, seen);
        } else {
            formatOne(out, value);
        }
    }

    private void chained(StringBuilder out, PyObject value, Set<PyObject> seen, String message) {
        boolean close = needClose;
        formatRecursive(out, value, seen);
        needClose = close;
        emit(out, message);
    }

    /** An exception group: its own report, then each sub-exception in a numbered frame. */
    private void formatGroup(StringBuilder out, PyObject value, Set<PyObject> seen) {
        if (depth > MAX_GROUP_DEPTH) {
            emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        if (depth == 0) {
            depth++;
        }
        formatOne(out, value);
        PyObject[] excs = org.sanca.objects.Iterators.toArray(Abstract.getAttr(value, "exceptions"));
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent()).append(i == 0 ? "+-" : "  ")
               .append(truncated ? "+---------------- ... ----------------\n"
                   : "+---------------- " + (i + 1) + " ----------------\n");
            depth++;
            if (!truncated) {
                formatRecursive(out, excs[i], seen);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        if (depth == 1) {
            depth--;
        }
    }

    private void formatOne(StringBuilder out, PyObject value) {
        if (!(value instanceof PyBaseException e)) {
            emit(out, "TypeError: print_exception(): Exception expected for value, "
                + value.type().getName() + " found\n");
            return;
        }
        if (e.traceback instanceof PyTraceback && limit > 0) {
            boolean group = Abstract.isInstance(value, org.sanca.objects.PyExc.BaseExceptionGroup);
            out.append(indent()).append(group && depth == 1 ? "+ " : margin())
               .append(group ? "Exception Group Traceback (most recent call last):\n"
                   : "Traceback (most recent call last):\n");
            StringBuilder tb = new StringBuilder();
            formatter.format(tb, entries(e.traceback), limit);
            emit(out, tb);
        }
        StringBuilder rest = new StringBuilder();
        PyObject message = value;
        if (Abstract.lookupAttr(value, "print_file_and_line") != null) {
            message = syntaxErrorLocation(rest, value);
        }
        rest.append(typeName(value.type()));
        if (message != Py.None) {
            String s = safeStr(message);
            if (!s.isEmpty()) {
                rest.append(": ");
            }
            rest.append(s);
        }
        String suggestion = Suggestions.offer(value);
        if (suggestion != null) {
            rest.append(". Did you mean: '").append(suggestion).append("'?");
        }
        rest.append('\n');
        emit(out, rest);
        notes(out, value);
    }

    private static List<TracebackFormatter.Entry> entries(PyObject tb) {
        List<TracebackFormatter.Entry> list = new ArrayList<>();
        for (PyTraceback t = tb instanceof PyTraceback first ? first : null; t != null; t = t.getNext()) {
            PyCode code = t.getFrame().getCode();
            int index = t.getLasti() / 2;
            PyCode.Position[] positions = code.positions();
            PyCode.Position p = index >= 0 && index < positions.length ? positions[index]
                : new PyCode.Position(-1, -1, -1, -1);
            list.add(new TracebackFormatter.Entry(code.getFilename(), t.getLineno(), code.getName(),
                p.line(), p.endLine(), p.col(), p.endCol()));
        }
        return list;
    }

    /** module.qualname, without the module for builtins and __main__. */
    static String typeName(PyType type) {
        PyObject module = Abstract.lookupAttr(type, "__module__");
        String qualname = type.getQualname();
        if (!(module instanceof PyStr m)) {
            return "<unknown>." + qualname;
        }
        String name = m.asString();
        return name.equals("builtins") || name.equals("__main__") ? qualname : name + "." + qualname;
    }

    private static String safeStr(PyObject o) {
        try {
            return Abstract.str(o).asString();
        } catch (RuntimeException e) {
            return "<exception str() failed>";
        }
    }

    /** PyLong_AsSsize_t of an attribute: null when it is no int (CPython then prints no location). */
    private static Integer intAttr(PyObject o, String name, Integer none) {
        PyObject v = Abstract.getAttr(o, name);
        if (v == Py.None && none != null) {
            return none;
        }
        return v instanceof PyInt i && i.fitsLong() ? (int) i.longValue() : null;
    }

    /**
     * parse_syntax_error and print_error_text: prints a SyntaxError's File line, text and carets,
     * and returns its msg for the last line; returns the exception itself when an attribute is
     * missing or of the wrong type, as CPython then prints the plain message.
     */
    private static PyObject syntaxErrorLocation(StringBuilder out, PyObject value) {
        try {
            PyObject msg = Abstract.getAttr(value, "msg");
            PyObject filename = Abstract.getAttr(value, "filename");
            Integer lineno = intAttr(value, "lineno", null);
            Integer offset = lineno == null ? null : intAttr(value, "offset", -1);
            if (offset == null) {
                return value;
            }
            Integer endLineno = lineno;
            Integer endOffset = -1;
            if (value.type() == org.sanca.objects.PyExc.SyntaxError) {
                endLineno = intAttr(value, "end_lineno", lineno);
                endOffset = endLineno == null ? null : intAttr(value, "end_offset", -1);
                if (endOffset == null) {
                    return value;
                }
            }
            PyObject text = Abstract.getAttr(value, "text");
            TracebackFormatter.formatSyntaxError(out, filename == Py.None ? null : safeStr(filename),
                lineno, offset, endLineno, endOffset, text instanceof PyStr t ? t.asString() : null);
            return msg;
        } catch (org.sanca.objects.PyException e) {
            return value;
        }
    }

    /**
     * print_exception_notes: each note's str(), every line in the margin; a __notes__ that is no
     * sequence shows its repr (without a newline, as CPython 3.11 does).
     */
    private void notes(StringBuilder out, PyObject value) {
        PyObject notes = Abstract.lookupAttr(value, "__notes__");
        if (notes == null) {
            return;
        }
        if (!org.sanca.objects.ExceptionGroups.isSequence(notes)) {
            out.append(indent()).append(margin()).append(safeRepr(notes));
            return;
        }
        int n = Abstract.len(notes);
        for (int i = 0; i < n; i++) {
            PyObject note = Abstract.getItem(notes, PyInt.of(i));
            String text;
            try {
                text = Abstract.str(note).asString();
            } catch (RuntimeException e) {
                out.append("<note str() failed>\n");
                continue;
            }
            emit(out, text);
            out.append('\n');
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).asString();
        } catch (RuntimeException e) {
            return "<__notes__ repr() failed>";
        }
    }
}
