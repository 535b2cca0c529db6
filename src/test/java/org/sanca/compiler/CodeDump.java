package org.sanca.compiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/** Prints a PyCode exactly as /work/shared/tools/codedump.py prints a CPython code object, with faithful reprs. */
final class CodeDump {
    private CodeDump() {}

    static String dump(PyCode code) {
        List<String> out = new ArrayList<>();
        dump(code, out);
        return String.join("\n", out);
    }

    private static void dump(PyCode c, List<String> out) {
        out.add("code " + c.getQualname() + " (" + c.getName() + ")");
        out.add("  co_argcount = " + c.getArgcount());
        out.add("  co_posonlyargcount = " + c.getPosonlyargcount());
        out.add("  co_kwonlyargcount = " + c.getKwonlyargcount());
        out.add("  co_nlocals = " + c.getNlocals());
        out.add("  co_stacksize = " + c.getStacksize());
        out.add("  co_flags = " + c.getFlags());
        out.add("  co_firstlineno = " + c.getFirstlineno());
        out.add("  co_names = " + strTuple(c.getNames()));
        out.add("  co_varnames = " + strTuple(c.getVarnames()));
        out.add("  co_freevars = " + strTuple(c.getFreevars()));
        out.add("  co_cellvars = " + strTuple(c.getCellvars()));
        HexFormat hex = HexFormat.of();
        out.add("  co_code = " + hex.formatHex(c.getCode()));
        out.add("  co_exceptiontable = " + hex.formatHex(c.getExceptiontable()));
        out.add("  co_linetable = " + hex.formatHex(c.getLinetable()));
        List<PyCode> nested = new ArrayList<>();
        PyObject[] consts = c.getConsts();
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof PyCode cc) {
                out.add("  const " + i + " = <code " + cc.getQualname() + ">");
                nested.add(cc);
            } else {
                out.add("  const " + i + " = " + constRepr(consts[i]));
            }
        }
        for (PyCode cc : nested) dump(cc, out);
    }

    private static String strTuple(String[] names) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < names.length; i++) b.append(i > 0 ? ", " : "").append(strRepr(names[i]));
        return b.append(names.length == 1 ? ",)" : ")").toString();
    }

    static String constRepr(PyObject v) {
        if (v instanceof PyFrozenSet fs) {
            List<String> reprs = new ArrayList<>();
            for (PyObject x : items(fs)) reprs.add(repr(x));
            reprs.sort(Comparator.naturalOrder());
            return "frozenset([" + String.join(", ", reprs) + "])";
        }
        if (v instanceof PyTuple t) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) b.append(constRepr(t.get(i))).append(", ");
            return b.append(")").toString();
        }
        return v.type().getName() + ":" + repr(v);
    }

    static Collection<PyObject> items(PyFrozenSet fs) {
        return FrozenSets.items(fs);
    }

    static String repr(PyObject v) {
        if (v instanceof PyFrozenSet fs) {
            List<String> r = new ArrayList<>();
            for (PyObject x : items(fs)) r.add(repr(x));
            return r.isEmpty() ? "frozenset()" : "frozenset({" + String.join(", ", r) + "})";
        }
        return ConstantRepr.repr(v);
    }

    static String strRepr(String s) {
        return ConstantRepr.str(s);
    }
}
