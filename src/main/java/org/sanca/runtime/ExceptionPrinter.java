package org.sanca.runtime;

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
    static String sourceLine(String filename, int lineno) {
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

    /** The whole report for {@code value} (a BaseException instance). */
    public String format(PyObject value) {
        StringBuilder out = new StringBuilder();
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        formatRecursive(out, value, seen);
        return out.toString();
    }

    private void formatRecursive(StringBuilder out, PyObject value, Set<PyObject> seen) {
        seen.add(value);
        if (value instanceof PyBaseException e) {
            PyObject cause = e.cause;
            PyObject context = e.context;
            if (cause instanceof PyBaseException && !seen.contains(cause)) {
                formatRecursive(out, cause, seen);
                out.append(CAUSE);
            } else if (context instanceof PyBaseException && !e.suppressContext && !seen.contains(context)) {
                formatRecursive(out, context, seen);
                out.append(CONTEXT);
            }
        }
        formatOne(out, value);
    }

    private void formatOne(StringBuilder out, PyObject value) {
        if (!(value instanceof PyBaseException e)) {
            out.append("TypeError: print_exception(): Exception expected for value, ")
               .append(value.type().getName()).append(" found\n");
            return;
        }
        if (Vm.isTraceback(e.traceback)) {
            PyObject tb = e.traceback;
            out.append("Traceback (most recent call last):\n");
            formatter.format(out, entries(tb), limit);
        }
        PyObject message = value;
        if (Abstract.lookupAttr(value, "print_file_and_line") != null) {
            message = syntaxErrorLocation(out, value);
        }
        out.append(typeName(value.type()));
        if (message != Py.None) {
            String s = safeStr(message);
            if (!s.isEmpty()) {
                out.append(": ");
            }
            out.append(s);
        }
        String suggestion = Suggestions.offer(value);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        notes(out, value);
    }

    private static List<TracebackFormatter.Entry> entries(PyObject tb) {
        List<TracebackFormatter.Entry> list = new ArrayList<>();
        for (PyObject t = tb; Vm.isTraceback(t); t = Vm.tracebackNext(t)) {
            PyCode code = Vm.frameCode(Vm.tracebackFrame(t));
            int index = Vm.tracebackLasti(t) / 2;
            PyCode.Position[] positions = code.positions();
            PyCode.Position p = index >= 0 && index < positions.length ? positions[index]
                : new PyCode.Position(-1, -1, -1, -1);
            list.add(new TracebackFormatter.Entry(code.getFilename(), Vm.tracebackLineno(t), code.getName(),
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

    private static int intAttr(PyObject o, String name, int dflt) {
        PyObject v = Abstract.lookupAttr(o, name);
        return v instanceof PyInt i && i.fitsLong() ? (int) i.longValue() : dflt;
    }

    /** Prints a SyntaxError's File line, text and carets; returns its msg for the last line. */
    private static PyObject syntaxErrorLocation(StringBuilder out, PyObject value) {
        PyObject msg = Abstract.lookupAttr(value, "msg");
        if (msg == null) {
            return value;
        }
        PyObject filename = Abstract.lookupAttr(value, "filename");
        PyObject text = Abstract.lookupAttr(value, "text");
        int lineno = intAttr(value, "lineno", 0);
        int offset = intAttr(value, "offset", -1);
        boolean exact = value.type() == org.sanca.objects.PyExc.SyntaxError;
        int endLineno = exact ? intAttr(value, "end_lineno", lineno) : lineno;
        int endOffset = exact ? intAttr(value, "end_offset", -1) : -1;
        TracebackFormatter.formatSyntaxError(out,
            filename instanceof PyStr f ? f.asString() : filename == null || filename == Py.None ? null
                : safeStr(filename),
            lineno, offset, endLineno, endOffset, text instanceof PyStr t ? t.asString() : null);
        return msg;
    }

    private static void notes(StringBuilder out, PyObject value) {
        PyObject notes = Abstract.lookupAttr(value, "__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof org.sanca.objects.PyList) && !(notes instanceof org.sanca.objects.PyTuple)) {
            out.append(safeRepr(notes)).append('\n');
            return;
        }
        PyObject it = Abstract.getIter(notes);
        for (PyObject note = Abstract.next(it); note != null; note = Abstract.next(it)) {
            out.append(note instanceof PyStr s ? s.asString() : safeRepr(note)).append('\n');
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
