package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Iterators;
import org.sanca.objects.Slots;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The Python-visible attributes of code objects (co_code, co_consts, co_names, ...), installed
 * on PyCode's type, which the compiler defines as a plain data class.
 * CPython: Objects/codeobject.c (code_memberlist, code_getsetlist, code_repr).
 */
final class CodeType {
    private CodeType() {}

    private static boolean done;

    /** Installs the attributes once. */
    static synchronized void init() {
        PyType t = PyCode.TYPE;
        if (done) return;
        done = true;
        t.tp_repr = o -> {
            PyCode c = (PyCode) o;
            return PyStr.of("<code object " + c.getName() + " at " + Py.idHex(o) + ", file \""
                    + c.getFilename() + "\", line " + c.getFirstlineno() + ">");
        };
        // code_richcompare: equal when what _PyCode_ConstantKey keys a code object by is equal
        t.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyCode) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            boolean eq = v == w || org.sanca.objects.ConstantKey.of(v).equals(org.sanca.objects.ConstantKey.of(w));
            return org.sanca.objects.PyBool.of(eq == (op == Abstract.EQ));
        };
        t.tp_hash = o -> {
            long h = org.sanca.objects.ConstantKey.of(o).hashCode();
            return h == -1 ? -2 : h;
        };
        t.addGetter("co_argcount", o -> PyInt.of(c(o).getArgcount()));
        t.addGetter("co_posonlyargcount", o -> PyInt.of(c(o).getPosonlyargcount()));
        t.addGetter("co_kwonlyargcount", o -> PyInt.of(c(o).getKwonlyargcount()));
        t.addGetter("co_nlocals", o -> PyInt.of(c(o).getNlocals()));
        t.addGetter("co_stacksize", o -> PyInt.of(c(o).getStacksize()));
        t.addGetter("co_flags", o -> PyInt.of(c(o).getFlags()));
        t.addGetter("co_firstlineno", o -> PyInt.of(c(o).getFirstlineno()));
        t.addGetter("co_code", o -> PyBytes.of(c(o).getCode()));
        t.addGetter("co_consts", o -> PyTuple.of(c(o).getConsts()));
        t.addGetter("co_names", o -> strs(c(o).getNames()));
        t.addGetter("co_varnames", o -> strs(c(o).getVarnames()));
        t.addGetter("co_cellvars", o -> strs(c(o).getCellvars()));
        t.addGetter("co_freevars", o -> strs(c(o).getFreevars()));
        t.addGetter("co_filename", o -> PyStr.of(c(o).getFilename()));
        t.addGetter("co_name", o -> PyStr.of(c(o).getName()));
        t.addGetter("co_qualname", o -> PyStr.of(c(o).getQualname()));
        t.addGetter("co_linetable", o -> PyBytes.of(c(o).getLinetable()));
        t.addGetter("co_exceptiontable", o -> PyBytes.of(c(o).getExceptiontable()));
        t.addGetter("co_lnotab", o -> PyBytes.of(c(o).lnotab()));
        t.addGetter("_co_code_adaptive", o -> PyBytes.of(c(o).getCode()));
        t.addMethod("co_lines", (Slots.MethNoArgs) CodeType::lines);
        t.addMethod("co_positions", (Slots.MethNoArgs) CodeType::positions);
        t.addMethod("_varname_from_oparg", (s, a, o, n, k) -> {
            PyObject[] v = Args.parse("_varname_from_oparg", a, o, n, k, new String[] {"oparg"}, 1);
            String[] names = c(s).getLocalsplusnames();
            int i = PyNumber.asIndex(v[0]);
            if (i < 0 || i >= names.length) throw PyErr.format(PyExc.IndexError, "tuple index out of range");
            return PyStr.of(names[i]);
        });
        t.addMethod("replace", CodeType::replace);
        t.ready();
    }

    private static final PyType LINE_ITER = Iterators.arrayType("line_iterator");
    private static final PyType POSITIONS_ITER = Iterators.arrayType("positions_iterator");

    /** co_lines(): (start, end, line) per location-table entry, line None where there is none. */
    private static PyObject lines(PyObject self) {
        int[] r = c(self).lineRanges();
        PyObject[] out = new PyObject[r.length / 4];
        for (int i = 0; i < out.length; i++) {
            int line = r[4 * i + 2];
            out[i] = PyTuple.of(PyInt.of(r[4 * i]), PyInt.of(r[4 * i + 1]), line < 0 ? Py.None : PyInt.of(line));
        }
        return Iterators.over(LINE_ITER, out);
    }

    /** co_positions(): (line, end_line, col, end_col) per code unit, None where unknown. */
    private static PyObject positions(PyObject self) {
        PyCode.Position[] ps = c(self).positions();
        int[] r = c(self).lineRanges();
        int n = Math.min(ps.length, r.length == 0 ? 0 : r[r.length - 3] / 2);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyCode.Position p = ps[i];
            out[i] = PyTuple.of(orNone(p.line()), orNone(p.endLine()), orNone(p.col()), orNone(p.endCol()));
        }
        return Iterators.over(POSITIONS_ITER, out);
    }

    private static PyObject orNone(int v) {
        return v < 0 ? Py.None : PyInt.of(v);
    }

    /** code.replace(**changes): a copy with some co_* fields replaced (keywords only). */
    private static PyObject replace(PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
        if (n != 0) throw PyErr.format(PyExc.TypeError, "replace() takes no positional arguments");
        PyCode c = (PyCode) self;
        int argcount = c.getArgcount(), posonly = c.getPosonlyargcount(), kwonly = c.getKwonlyargcount();
        int stacksize = c.getStacksize(), flags = c.getFlags(), first = c.getFirstlineno();
        byte[] code = c.getCode(), linetable = c.getLinetable(), exctable = c.getExceptiontable();
        PyObject[] consts = c.getConsts();
        String[] names = c.getNames();
        String filename = c.getFilename(), name = c.getName(), qualname = c.getQualname();
        for (int i = 0; kw != null && i < kw.size(); i++) {
            PyObject v = a[off + i];
            switch (((PyStr) kw.get(i)).asString()) {
                case "co_argcount" -> argcount = PyNumber.asIndex(v);
                case "co_posonlyargcount" -> posonly = PyNumber.asIndex(v);
                case "co_kwonlyargcount" -> kwonly = PyNumber.asIndex(v);
                case "co_stacksize" -> stacksize = PyNumber.asIndex(v);
                case "co_flags" -> flags = PyNumber.asIndex(v);
                case "co_firstlineno" -> first = PyNumber.asIndex(v);
                case "co_code" -> code = ((PyBytes) v).toByteArray();
                case "co_linetable" -> linetable = ((PyBytes) v).toByteArray();
                case "co_exceptiontable" -> exctable = ((PyBytes) v).toByteArray();
                case "co_consts" -> consts = ((PyTuple) v).toArray();
                case "co_names" -> names = texts((PyTuple) v);
                case "co_filename" -> filename = ((PyStr) v).asString();
                case "co_name" -> name = ((PyStr) v).asString();
                case "co_qualname" -> qualname = ((PyStr) v).asString();
                default -> throw PyErr.format(PyExc.TypeError, "'%S' is an invalid keyword argument for replace()", kw.get(i));
            }
        }
        return new PyCode(argcount, posonly, kwonly, stacksize, flags, first, code, consts, names,
                c.getLocalsplusnames(), c.getLocalspluskinds(), filename, name, qualname, linetable, exctable);
    }

    private static PyObject intOrNone(int v) {
        return v < 0 ? Py.None : PyInt.of(v);
    }

    private static String[] texts(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) t.get(i)).asString();
        return out;
    }

    private static PyCode c(PyObject o) {
        return (PyCode) o;
    }

    private static PyTuple strs(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) out[i] = PyStr.of(names[i]);
        return PyTuple.of(out);
    }
}
