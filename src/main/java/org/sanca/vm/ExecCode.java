package org.sanca.vm;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * A code object prepared for the eval loop: its code units as a private char[] copy, quickened
 * into 3.11's superinstructions and specialised forms (Specialize; co_code itself stays CPython's), its
 * constants and names as arrays, its decoded exception table, and the frame layout.
 * CPython: Include/cpython/code.h (the _co_code_adaptive copy, co_nlocalsplus, co_localspluskinds).
 */
final class ExecCode {
    /** Prepared code by code object; weak both ways so neither keeps the other alive. */
    private static final Map<PyCode, WeakReference<ExecCode>> CACHE = new WeakHashMap<>();

    static {
        CodeType.init();
    }

    final PyCode pycode;
    /** Code units: opcode | oparg &lt;&lt; 8. */
    final char[] code;
    final PyObject[] consts;
    /** co_names as str objects. */
    final PyObject[] names;
    final ExceptionTable exceptionTable;
    final int nlocalsplus, frameSize, flags;
    final int argcount, posonly, kwonly, totalArgs;
    /** co_localsplusnames as str objects. */
    final PyObject[] localsNames;
    final byte[] kinds;
    /**
     * Function entries, generator resumptions and backward jumps so far, up to 8 (co_warmup): CPython 3.11 quickens
     * a code object at the 8th, and only then specialises its calls, which decides which calls of builtins count as
     * a recursion level (see {@link Calls#callFromStack}).
     */
    private int warmup;

    /** _PyCode_Warmup: RESUME and JUMP_BACKWARD count towards quickening. */
    void warm() {
        if (warmup < QUICKENING_WARMUP_DELAY) warmup++;
    }

    /** Whether CPython would run this code quickened (its CALLs specialised) by now. */
    boolean quickened() {
        return warmup >= QUICKENING_WARMUP_DELAY;
    }

    private static final int QUICKENING_WARMUP_DELAY = 8;
    private static final int GENERATOR_FLAGS = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;

    /** Whether a call starts at RESUME (else it runs to RETURN_GENERATOR first, and RESUME comes on resumption). */
    boolean resumesOnCall() {
        return (flags & GENERATOR_FLAGS) == 0;
    }

    private ExecCode(PyCode c) {
        pycode = c;
        byte[] b = c.codeUnits();
        code = units(b);
        Specialize.quicken(code);
        consts = c.getConsts();
        names = strs(c.getNames());
        localsNames = strs(c.getLocalsplusnames());
        kinds = c.getLocalspluskinds();
        exceptionTable = ExceptionTable.of(c);
        nlocalsplus = c.getNlocalsplus();
        frameSize = nlocalsplus + c.getStacksize();
        flags = c.getFlags();
        argcount = c.getArgcount();
        posonly = c.getPosonlyargcount();
        kwonly = c.getKwonlyargcount();
        totalArgs = argcount + kwonly;
    }

    /** co_code as code units (opcode | oparg << 8), the form both the eval loop and Jit read. */
    static char[] units(byte[] b) {
        char[] code = new char[b.length / 2];
        for (int i = 0; i < code.length; i++) code[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
        return code;
    }

    private static PyObject[] strs(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) out[i] = PyStr.intern(names[i]);
        return out;
    }

    /**
     * LOAD_GLOBAL's cache for one instruction (3.11 keeps it in the inline CACHE units):
     * immutable, replaced whole on a miss, so threads never see a torn entry.
     */
    record GlobalEntry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, PyObject value) {
        /** Whether the entry still holds for these globals (builtins are checked when it came from them). */
        boolean valid(PyDict g) {
            return globals == g && globalsVersion == g.version()
                    && (builtins == null || builtinsVersion == builtins.version());
        }
    }

    /** LOAD_GLOBAL caches by instruction offset, made on first use. */
    private GlobalEntry[] globalCache;

    /** The cache entry of the LOAD_GLOBAL at {@code at}, or null. */
    GlobalEntry globalEntry(int at) {
        GlobalEntry[] c = globalCache;
        return c == null ? null : c[at];
    }

    void setGlobalEntry(int at, GlobalEntry e) {
        GlobalEntry[] c = globalCache;
        if (c == null) globalCache = c = new GlobalEntry[code.length];
        c[at] = e;
    }

    /** LOAD_ATTR, LOAD_METHOD and STORE_ATTR caches by instruction offset, made on first use. */
    private AttrCache.Entry[] attrCache;

    /** The attribute cache entry of the instruction at {@code at}, or null. */
    AttrCache.Entry attrEntry(int at) {
        AttrCache.Entry[] c = attrCache;
        return c == null ? null : c[at];
    }

    void setAttrEntry(int at, AttrCache.Entry e) {
        AttrCache.Entry[] c = attrCache;
        if (c == null) attrCache = c = new AttrCache.Entry[code.length];
        c[at] = e;
    }

    /** Calls and loop iterations counted towards compiling; compiling is tried once. */
    private int calls, backedges;
    private boolean tried;
    private Jit.Compiled compiled;

    /**
     * The compiled form to run a fresh frame with, or null for the eval loop: compiled on the call
     * that reaches Jit.CALLS.
     */
    Jit.Compiled compiled() {
        Jit.Compiled c = compiled;
        if (c != null || tried) return c;
        if (++calls >= Jit.CALLS) c = compile();
        return c;
    }

    /**
     * On a backward jump of the eval loop: the compiled form to continue the frame in (at its
     * loop header), or null; compiled once the loops have run Jit.BACKEDGES times.
     */
    Jit.Compiled loopCompiled() {
        Jit.Compiled c = compiled;
        if (c != null || tried) return c;
        if (++backedges >= Jit.BACKEDGES) c = compile();
        return c;
    }

    /** The compiled form, or null. */
    Jit.Compiled compiledCode() {
        return compiled;
    }

    private Jit.Compiled compile() {
        tried = true;
        return compiled = Jit.enabled ? Jit.compile(this) : null;
    }

    /** Prepared forms of the code objects among the constants (MAKE_FUNCTION's), made lazily. */
    private ExecCode[] children;

    /** The prepared form of {@code c}, made once per code object. */
    static ExecCode of(PyCode c) {
        synchronized (CACHE) {
            WeakReference<ExecCode> ref = CACHE.get(c);
            ExecCode x = ref == null ? null : ref.get();
            if (x == null) {
                x = new ExecCode(c);
                CACHE.put(c, new WeakReference<>(x));
            }
            return x;
        }
    }

    /** The prepared form of a nested code object, cached here when it is one of our constants. */
    ExecCode child(PyCode c) {
        PyObject[] k = consts;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != c) continue;
            if (children == null) children = new ExecCode[k.length];
            ExecCode x = children[i];
            if (x == null) children[i] = x = of(c);
            return x;
        }
        return of(c);
    }

    /** The name of fast slot {@code i}. */
    String localName(int i) {
        return pycode.getLocalsplusnames()[i];
    }

    boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }
}
