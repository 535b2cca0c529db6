package org.sanca.modules;

import java.lang.ref.WeakReference;
import java.util.Arrays;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyMappingProxy;
import org.sanca.objects.PyMemoryView;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.runtime.Importer;

/**
 * re.Pattern: a compiled regular expression (the program of Lib/re/_compiler.py with its groups) and its
 * match, fullmatch, search, findall, finditer, sub, subn, split and scanner methods.
 * CPython: Modules/_sre/sre.c (PatternObject, pattern_subx, pattern_split, pattern_findall).
 */
final class SrePattern extends PyObject {
    static final PyType TYPE = new PyType("re.Pattern", PyType.DISALLOW_INSTANTIATION);

    final PyObject pattern;
    final int flags;
    final int[] code;
    /** The number of capturing groups. */
    final int groups;
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1 for a bytes pattern, 0 for str, -1 for None. */
    final int isbytes;

    SrePattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = pattern == Py.None ? -1 : pattern instanceof PyStr ? 0 : 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A subject's code points (or bytes), whether it is bytes-like, and the object itself. */
    record Subject(int[] cps, boolean isBytes, PyObject obj) {
        /** getslice: the subject's [a, b) as str or bytes. */
        PyObject slice(int a, int b) {
            if (a == 0 && b == cps.length && (obj.type() == PyBytes.TYPE || obj.type() == PyStr.TYPE)) return obj;
            if (isBytes) {
                byte[] out = new byte[b - a];
                for (int i = a; i < b; i++) out[i - a] = (byte) cps[i];
                return PyBytes.of(out);
            }
            return PyStr.fromCodePoints(Arrays.copyOfRange(cps, a, b), b - a);
        }

        PyObject empty() {
            return isBytes ? PyBytes.of(new byte[0]) : PyStr.EMPTY;
        }
    }

    /** getstring: the subject's characters, TypeError for what is neither str nor bytes-like. */
    static Subject subject(PyObject o) {
        if (o instanceof PyStr s) return new Subject(codePoints(s), false, o);
        byte[] b;
        if (o instanceof PyBytes x) b = x.toByteArray();
        else if (o instanceof PyByteArray x) b = x.toByteArray();
        else if (o instanceof PyMemoryView x) b = x.toByteArray();
        else throw PyErr.format(PyExc.TypeError, "expected string or bytes-like object, got '%.200s'",
            PyErr.typeName(o));
        int[] cps = new int[b.length];
        for (int i = 0; i < b.length; i++) cps[i] = b[i] & 0xff;
        return new Subject(cps, true, o);
    }

    /** The last long str a pattern ran over and its code points (str is immutable, so identity decides). */
    private record Cached(WeakReference<PyStr> str, int[] cps) {}

    private static volatile Cached lastSubject;

    /**
     * A str's code points. Programs that scan one long text with pos (tokenizers, json's scanner) call a
     * pattern many times on the same str, so the last long subject's code points are kept.
     */
    private static int[] codePoints(PyStr s) {
        int n = s.length();
        Cached c = lastSubject;
        if (c != null && c.str().get() == s) return c.cps();
        int[] cps = new int[n];
        for (int i = 0; i < n; i++) cps[i] = s.codePointAt(i);
        if (n >= 64) lastSubject = new Cached(new WeakReference<>(s), cps);
        return cps;
    }

    /** state_init: an engine over string[pos:endpos] (clamped), after the str/bytes agreement check. */
    SreEngine engine(Subject subj, PyObject pos, PyObject endpos) {
        if (isbytes == 1 && !subj.isBytes())
            throw PyErr.format(PyExc.TypeError, "cannot use a bytes pattern on a string-like object");
        if (isbytes == 0 && subj.isBytes())
            throw PyErr.format(PyExc.TypeError, "cannot use a string pattern on a bytes-like object");
        int len = subj.cps().length;
        int start = clamp(pos == null ? 0 : PyNumber.asSize(pos, PyExc.OverflowError), len);
        int end = clamp(endpos == null ? len : PyNumber.asSize(endpos, PyExc.OverflowError), len);
        return new SreEngine(code, subj.cps(), start, end, groups);
    }

    private static int clamp(long v, int len) {
        return (int) Math.max(0, Math.min(v, len));
    }

    // ---- the methods -------------------------------------------------------------------------

    private static final PosixArgs.Sig SIG_MATCH = PosixArgs.sig("match", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_FULLMATCH = PosixArgs.sig("fullmatch", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_SEARCH = PosixArgs.sig("search", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_FINDALL = PosixArgs.sig("findall", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_FINDITER = PosixArgs.sig("finditer", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_SCANNER = PosixArgs.sig("scanner", "string, pos=, endpos=");
    private static final PosixArgs.Sig SIG_SUB = PosixArgs.sig("sub", "repl, string, count=");
    private static final PosixArgs.Sig SIG_SUBN = PosixArgs.sig("subn", "repl, string, count=");
    private static final PosixArgs.Sig SIG_SPLIT = PosixArgs.sig("split", "string, maxsplit=");

    static {
        TYPE.put("__module__", PyStr.of("re"));
        TYPE.addMethod("match", (MethFast) (s, a, o, n, k) -> match((SrePattern) s, SIG_MATCH, a, o, n, k, 0));
        TYPE.addMethod("fullmatch", (MethFast) (s, a, o, n, k) ->
            match((SrePattern) s, SIG_FULLMATCH, a, o, n, k, 1));
        TYPE.addMethod("search", (MethFast) (s, a, o, n, k) -> match((SrePattern) s, SIG_SEARCH, a, o, n, k, 2));
        TYPE.addMethod("findall", (MethFast) (s, a, o, n, k) -> findall((SrePattern) s,
            PosixArgs.parse(SIG_FINDALL, a, o, n, k)));
        TYPE.addMethod("finditer", (MethFast) (s, a, o, n, k) -> {
            PyObject scanner = scanner((SrePattern) s, PosixArgs.parse(SIG_FINDITER, a, o, n, k));
            return BuiltinIterators.callIter(Abstract.getAttr(scanner, "search"), Py.None);
        });
        TYPE.addMethod("scanner", (MethFast) (s, a, o, n, k) ->
            scanner((SrePattern) s, PosixArgs.parse(SIG_SCANNER, a, o, n, k)));
        TYPE.addMethod("sub", (MethFast) (s, a, o, n, k) -> subx((SrePattern) s,
            PosixArgs.parse(SIG_SUB, a, o, n, k), false));
        TYPE.addMethod("subn", (MethFast) (s, a, o, n, k) -> subx((SrePattern) s,
            PosixArgs.parse(SIG_SUBN, a, o, n, k), true));
        TYPE.addMethod("split", (MethFast) (s, a, o, n, k) -> split((SrePattern) s,
            PosixArgs.parse(SIG_SPLIT, a, o, n, k)));
        TYPE.addMethod("__copy__", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("__copy__", n, k);
            return s;
        });
        TYPE.addMethod("__deepcopy__", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.one("__deepcopy__", a, o, n, k);
            return s;
        });
        TYPE.addClassMethod("__class_getitem__", (c, a, o, n, k) ->
            Abstract.call(PyGenericAlias.TYPE, c, BuiltinsModule.one("Pattern.__class_getitem__", a, o, n, k)));
        TYPE.addGetter("pattern", s -> ((SrePattern) s).pattern);
        TYPE.addGetter("flags", s -> PyInt.of(((SrePattern) s).flags));
        TYPE.addGetter("groups", s -> PyInt.of(((SrePattern) s).groups));
        TYPE.addGetter("groupindex", s -> new PyMappingProxy(((SrePattern) s).groupindex.copy()));
        TYPE.tp_repr = s -> SreModule.patternRepr((SrePattern) s);
        TYPE.tp_richcompare = SreModule::patternCompare;
        TYPE.tp_hash = SreModule::patternHash;
        TYPE.ready();
    }

    /** match (mode 0), fullmatch (1) and search (2). */
    private static PyObject match(SrePattern p, PosixArgs.Sig sig, PyObject[] a, int o, int n,
            org.sanca.objects.PyTuple k, int mode) {
        PyObject[] args = PosixArgs.parse(sig, a, o, n, k);
        Subject subj = subject(args[0]);
        SreEngine e = p.engine(subj, args[1], args[2]);
        boolean found;
        if (mode == 2) {
            found = e.search();
        } else {
            e.matchAll = mode == 1;
            found = e.match();
        }
        return found ? new SreMatch(p, subj, e) : Py.None;
    }

    private static PyObject findall(SrePattern p, PyObject[] args) {
        Subject subj = subject(args[0]);
        SreEngine e = p.engine(subj, args[1], args[2]);
        PyList out = new PyList();
        while (e.start <= e.end) {
            e.reset();
            e.ptr = e.start;
            if (!e.search()) break;
            if (p.groups == 0) {
                out.append(subj.slice(e.start, e.ptr));
            } else if (p.groups == 1) {
                out.append(groupOrEmpty(subj, e, 1));
            } else {
                PyObject[] items = new PyObject[p.groups];
                for (int i = 0; i < p.groups; i++) items[i] = groupOrEmpty(subj, e, i + 1);
                out.append(PyTuple.of(items));
            }
            e.mustAdvance = e.ptr == e.start;
            e.start = e.ptr;
        }
        return out;
    }

    private static PyObject groupOrEmpty(Subject subj, SreEngine e, int g) {
        int[] span = e.groupSpan(g);
        return span == null ? subj.empty() : subj.slice(span[0], span[1]);
    }

    private static PyObject groupOrNone(Subject subj, SreEngine e, int g) {
        int[] span = e.groupSpan(g);
        return span == null ? Py.None : subj.slice(span[0], span[1]);
    }

    private static PyObject scanner(SrePattern p, PyObject[] args) {
        Subject subj = subject(args[0]);
        return new SreScanner(p, subj, p.engine(subj, args[1], args[2]));
    }

    private static long countArg(PyObject o) {
        return o == null ? 0 : PyNumber.asSize(o, PyExc.OverflowError);
    }

    /** pattern_subx: sub and subn. */
    private static PyObject subx(SrePattern p, PyObject[] args, boolean subn) {
        PyObject template = args[0];
        PyObject filter = template;
        boolean callable = template.type().tp_call != null;
        if (!callable && !isLiteral(template)) {
            PyObject re = Importer.importModuleLevel("re", null, null, 0);
            filter = Abstract.callMethod(re, "_subx", p, template);
            callable = filter.type().tp_call != null;
        }
        Subject subj = subject(args[1]);
        long count = countArg(args[2]);
        SreEngine e = p.engine(subj, null, null);
        PyList list = new PyList();
        int i = 0;
        long n = 0;
        while (count == 0 || n < count) {
            e.reset();
            e.ptr = e.start;
            if (!e.search()) break;
            int b = e.start, end = e.ptr;
            if (i < b) list.append(subj.slice(i, b));
            PyObject item = callable ? Abstract.call(filter, new SreMatch(p, subj, e)) : filter;
            if (item != Py.None) list.append(item);
            i = end;
            n++;
            e.mustAdvance = e.ptr == e.start;
            e.start = e.ptr;
        }
        if (i < e.endpos) list.append(subj.slice(i, e.endpos));
        PyObject joiner = subj.empty();
        PyObject result = list.size() == 0 ? joiner : subj.isBytes() ? joinBytes(list)
            : Abstract.callMethod(joiner, "join", list);
        return subn ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /** _PyBytes_Join with an empty separator: the items may be any bytes-like objects. */
    private static PyObject joinBytes(PyList list) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < list.size(); i++) {
            PyObject item = list.get(i);
            byte[] b;
            if (item instanceof PyBytes x) b = x.toByteArray();
            else if (item instanceof PyByteArray x) b = x.toByteArray();
            else if (item instanceof PyMemoryView x) b = x.toByteArray();
            else throw PyErr.format(PyExc.TypeError, "sequence item %d: expected a bytes-like object, %.80s found", i,
                PyErr.typeName(item));
            out.writeBytes(b);
        }
        return PyBytes.of(out.toByteArray());
    }

    /** Whether a template holds no backslash (a str or bytes-like one; anything else is not literal). */
    private static boolean isLiteral(PyObject template) {
        if (template instanceof PyStr s) return s.asString().indexOf('\\') < 0;
        if (template instanceof PyBytes || template instanceof PyByteArray || template instanceof PyMemoryView) {
            for (int c : subject(template).cps()) if (c == '\\') return false;
            return true;
        }
        return false;
    }

    private static PyObject split(SrePattern p, PyObject[] args) {
        Subject subj = subject(args[0]);
        long maxsplit = countArg(args[1]);
        SreEngine e = p.engine(subj, null, null);
        PyList list = new PyList();
        int last = e.start;
        long n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            e.reset();
            e.ptr = e.start;
            if (!e.search()) break;
            list.append(subj.slice(last, e.start));
            for (int g = 1; g <= p.groups; g++) list.append(groupOrNone(subj, e, g));
            n++;
            e.mustAdvance = e.ptr == e.start;
            last = e.start = e.ptr;
        }
        list.append(subj.slice(last, e.endpos));
        return list;
    }
}
