package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.Importer;

/**
 * re.Match: the result of a successful match, with its group spans, and its group, groups, groupdict,
 * start, end, span, expand and attribute accessors.
 * CPython: Modules/_sre/sre.c (MatchObject, pattern_new_match, match_getindex).
 */
final class SreMatch extends PyObject {
    static final PyType TYPE = new PyType("re.Match", PyType.DISALLOW_INSTANTIATION);

    final SrePattern pattern;
    final SrePattern.Subject subj;
    /** Spans of group 0 and each group: marks[2g], marks[2g+1], -1 when the group did not take part. */
    final int[] marks;
    final int pos, endpos, lastindex;

    SreMatch(SrePattern pattern, SrePattern.Subject subj, SreEngine e) {
        this.pattern = pattern;
        this.subj = subj;
        int n = pattern.groups + 1;
        marks = new int[2 * n];
        marks[0] = e.start;
        marks[1] = e.ptr;
        for (int g = 1; g < n; g++) {
            int[] span = e.groupSpan(g);
            marks[2 * g] = span == null ? -1 : span[0];
            marks[2 * g + 1] = span == null ? -1 : span[1];
        }
        this.pos = e.pos;
        this.endpos = e.endpos;
        this.lastindex = e.lastindex;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static final PosixArgs.Sig SIG_GROUPS = PosixArgs.sig("groups", "default=");
    private static final PosixArgs.Sig SIG_GROUPDICT = PosixArgs.sig("groupdict", "default=");
    private static final PosixArgs.Sig SIG_EXPAND = PosixArgs.sig("expand", "template");

    static {
        TYPE.put("__module__", PyStr.of("re"));
        TYPE.addMethod("group", (MethFast) (s, a, o, n, k) -> group((SreMatch) s, a, o, n, k));
        TYPE.addMethod("groups", (MethFast) (s, a, o, n, k) -> groups((SreMatch) s,
            PosixArgs.parse(SIG_GROUPS, a, o, n, k)[0]));
        TYPE.addMethod("groupdict", (MethFast) (s, a, o, n, k) -> groupdict((SreMatch) s,
            PosixArgs.parse(SIG_GROUPDICT, a, o, n, k)[0]));
        TYPE.addMethod("start", (MethFast) (s, a, o, n, k) -> PyInt.of(((SreMatch) s).marks[2 * spanIndex(s, "start",
            a, o, n, k)]));
        TYPE.addMethod("end", (MethFast) (s, a, o, n, k) -> PyInt.of(((SreMatch) s).marks[2 * spanIndex(s, "end",
            a, o, n, k) + 1]));
        TYPE.addMethod("span", (MethFast) (s, a, o, n, k) -> ((SreMatch) s).span(spanIndex(s, "span", a, o, n, k)));
        TYPE.addMethod("expand", (MethFast) (s, a, o, n, k) -> {
            PyObject template = PosixArgs.parse(SIG_EXPAND, a, o, n, k)[0];
            PyObject re = Importer.importModuleLevel("re", null, null, 0);
            return Abstract.callMethod(re, "_expand", ((SreMatch) s).pattern, s, template);
        });
        TYPE.addMethod("__copy__", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("__copy__", n, k);
            return s;
        });
        TYPE.addMethod("__deepcopy__", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.one("__deepcopy__", a, o, n, k);
            return s;
        });
        TYPE.addClassMethod("__class_getitem__", (c, a, o, n, k) ->
            Abstract.call(PyGenericAlias.TYPE, c, BuiltinsModule.one("Match.__class_getitem__", a, o, n, k)));
        TYPE.mp_subscript = (s, key) -> ((SreMatch) s).slice(((SreMatch) s).index(key), Py.None);
        TYPE.addGetter("pos", s -> PyInt.of(((SreMatch) s).pos));
        TYPE.addGetter("endpos", s -> PyInt.of(((SreMatch) s).endpos));
        TYPE.addGetter("re", s -> ((SreMatch) s).pattern);
        TYPE.addGetter("string", s -> ((SreMatch) s).subj.obj());
        TYPE.addGetter("lastindex", s -> ((SreMatch) s).lastindex >= 0 ? PyInt.of(((SreMatch) s).lastindex) : Py.None);
        TYPE.addGetter("lastgroup", s -> ((SreMatch) s).lastgroup());
        TYPE.addGetter("regs", s -> ((SreMatch) s).regs());
        TYPE.tp_repr = s -> ((SreMatch) s).repr();
        TYPE.ready();
    }

    /** match_getindex: a group number from an index or a group name; IndexError "no such group". */
    int index(PyObject key) {
        long i = -1;
        if (PyNumber.isIndex(key)) {
            i = PyNumber.asSize(key, null);
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.getItem(key);
            if (v instanceof PyInt vi) i = vi.longValue();
        }
        if (i < 0 || i > pattern.groups) throw PyErr.format(PyExc.IndexError, "no such group");
        return (int) i;
    }

    /** match_getslice_by_index: group g's text, or dflt when it did not take part. */
    PyObject slice(int g, PyObject dflt) {
        if (marks[2 * g] < 0) return dflt;
        return subj.slice(marks[2 * g], marks[2 * g + 1]);
    }

    private PyObject span(int g) {
        return PyTuple.of(PyInt.of(marks[2 * g]), PyInt.of(marks[2 * g + 1]));
    }

    private static int spanIndex(PyObject s, String fn, PyObject[] a, int o, int n, PyTuple k) {
        PosixArgs.positional(fn, n, k, 0, 1);
        return n == 0 ? 0 : ((SreMatch) s).index(a[o]);
    }

    private static PyObject group(SreMatch m, PyObject[] a, int o, int n, PyTuple k) {
        org.sanca.objects.Args.noKeywords("group", k);
        if (n == 0) return m.slice(0, Py.None);
        if (n == 1) return m.slice(m.index(a[o]), Py.None);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = m.slice(m.index(a[o + i]), Py.None);
        return PyTuple.of(out);
    }

    private static PyObject groups(SreMatch m, PyObject dflt) {
        PyObject d = dflt == null ? Py.None : dflt;
        PyObject[] out = new PyObject[m.pattern.groups];
        for (int g = 1; g <= m.pattern.groups; g++) out[g - 1] = m.slice(g, d);
        return PyTuple.of(out);
    }

    private static PyObject groupdict(SreMatch m, PyObject dflt) {
        PyObject d = dflt == null ? Py.None : dflt;
        PyDict out = new PyDict();
        if (m.pattern.groupindex == null) return out;
        for (PyObject key : m.pattern.groupindex.keysArray()) out.setItem(key, m.slice(m.index(key), d));
        return out;
    }

    private PyObject lastgroup() {
        if (pattern.indexgroup == null || lastindex < 0 || lastindex >= pattern.indexgroup.size()) return Py.None;
        return pattern.indexgroup.get(lastindex);
    }

    private PyObject regs() {
        PyObject[] out = new PyObject[pattern.groups + 1];
        for (int g = 0; g < out.length; g++) out[g] = span(g);
        return PyTuple.of(out);
    }

    private PyObject repr() {
        String r = Abstract.repr(slice(0, Py.None)).asString();
        if (r.codePointCount(0, r.length()) > 50) r = r.substring(0, r.offsetByCodePoints(0, 50));
        return PyStr.of("<re.Match object; span=(" + marks[0] + ", " + marks[1] + "), match=" + r + ">");
    }
}
