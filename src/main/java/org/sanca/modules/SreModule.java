package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The _sre module: compile (a Pattern from the program Lib/re/_compiler.py made), the case helpers
 * _compiler.py asks, and the engine's constants.
 * CPython: Modules/_sre/sre.c (module functions, pattern_repr, pattern_richcompare, pattern_hash).
 */
public final class SreModule {
    private SreModule() {}

    static final int MAGIC = 20220615;
    static final int FLAG_TEMPLATE = 1, FLAG_LOCALE = 4, FLAG_UNICODE = 32, FLAG_ASCII = 256;
    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final PosixArgs.Sig SIG_COMPILE = PosixArgs.sig("compile",
        "pattern, flags, code, groups, groupindex, indexgroup");

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "_sre", "compile", (s, a, o, n, k) -> compile(PosixArgs.parse(SIG_COMPILE, a, o, n,
            k)));
        BuiltinsModule.def(m, d, "_sre", "getcodesize", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("getcodesize", n, k);
            return PyInt.of(4);
        });
        BuiltinsModule.def(m, d, "_sre", "ascii_iscased", (s, a, o, n, k) -> {
            int ch = character("ascii_iscased", a, o, n, k);
            return PyBool.of(ch < 128 && Character.isLetter(ch));
        });
        BuiltinsModule.def(m, d, "_sre", "unicode_iscased", (s, a, o, n, k) -> {
            int ch = character("unicode_iscased", a, o, n, k);
            return PyBool.of(ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch));
        });
        BuiltinsModule.def(m, d, "_sre", "ascii_tolower", (s, a, o, n, k) ->
            PyInt.of(SreChars.lowerAscii(character("ascii_tolower", a, o, n, k))));
        BuiltinsModule.def(m, d, "_sre", "unicode_tolower", (s, a, o, n, k) ->
            PyInt.of(SreChars.lowerUnicode(character("unicode_tolower", a, o, n, k))));
        d.setItem(PyStr.of("MAGIC"), PyInt.of(MAGIC));
        d.setItem(PyStr.of("CODESIZE"), PyInt.of(4));
        d.setItem(PyStr.of("MAXREPEAT"), PyInt.of(SreEngine.MAXREPEAT));
        d.setItem(PyStr.of("MAXGROUPS"), PyInt.of(1073741823));
        d.setItem(PyStr.of("copyright"), PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    private static int character(String fn, PyObject[] a, int o, int n, org.sanca.objects.PyTuple k) {
        long v = PyNumber.asSize(BuiltinsModule.one(fn, a, o, n, k), PyExc.OverflowError);
        return (int) v;
    }

    /** _sre.compile(pattern, flags, code, groups, groupindex, indexgroup). */
    private static PyObject compile(PyObject[] args) {
        PyObject codeList = args[2];
        PyObject[] items = PyTuple.fromIterable(codeList).toArray();
        int[] code = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt v)) throw PyErr.format(PyExc.TypeError, "an integer is required");
            code[i] = codeWord(v);
        }
        int flags = (int) PyNumber.asSize(args[1], PyExc.OverflowError);
        int groups = (int) PyNumber.asSize(args[3], PyExc.OverflowError);
        PyDict groupindex = args[4] instanceof PyDict gi ? gi : new PyDict();
        PyTuple indexgroup = args[5] instanceof PyTuple t ? t : PyTuple.fromIterable(args[5]);
        return new SrePattern(args[0], flags, code, groups, groupindex, indexgroup);
    }

    /** PyLong_AsUnsignedLong, then the check that the value fits a 32-bit code word, with CPython's messages. */
    private static int codeWord(PyInt v) {
        if (v.signum() < 0) throw PyErr.format(PyExc.OverflowError, "can't convert negative value to unsigned int");
        java.math.BigInteger big = v.bigValue();
        if (big.bitLength() > 64)
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
        if (big.bitLength() > 32)
            throw PyErr.format(PyExc.OverflowError, "regular expression code size limit exceeded");
        return (int) big.longValue();
    }

    /** pattern_repr: re.compile('...', re.FLAG|...), re.UNICODE left out for str patterns. */
    static PyObject patternRepr(SrePattern p) {
        int flags = p.flags;
        if (p.isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE)
            flags &= ~FLAG_UNICODE;
        String r = Abstract.repr(p.pattern).asString();
        if (r.codePointCount(0, r.length()) > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        if (flags == 0) return PyStr.of("re.compile(" + r + ")");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append(FLAG_NAMES[i]);
                flags &= ~(1 << i);
            }
        }
        if (flags != 0) {
            if (sb.length() > 0) sb.append('|');
            sb.append("0x").append(Integer.toHexString(flags));
        }
        return PyStr.of("re.compile(" + r + ", " + sb + ")");
    }

    /** pattern_richcompare: == and != by flags, program and pattern. */
    static PyObject patternCompare(PyObject a, PyObject b, int op) {
        if (op != Abstract.EQ && op != Abstract.NE || !(b instanceof SrePattern q)) return Py.NotImplemented;
        SrePattern p = (SrePattern) a;
        boolean eq = p == q || p.flags == q.flags && p.isbytes == q.isbytes
            && java.util.Arrays.equals(p.code, q.code) && Abstract.richCompareBool(p.pattern, q.pattern, Abstract.EQ);
        return PyBool.of(op == Abstract.EQ ? eq : !eq);
    }

    /** pattern_hash: hash(pattern) ^ the hash of the program's bytes. */
    static long patternHash(PyObject o) {
        SrePattern p = (SrePattern) o;
        byte[] b = new byte[4 * p.code.length];
        for (int i = 0; i < p.code.length; i++) {
            int v = p.code[i];
            b[4 * i] = (byte) v;
            b[4 * i + 1] = (byte) (v >> 8);
            b[4 * i + 2] = (byte) (v >> 16);
            b[4 * i + 3] = (byte) (v >> 24);
        }
        long h = Abstract.hash(p.pattern) ^ Abstract.hash(PyBytes.of(b));
        return h == -1 ? -2 : h;
    }
}
