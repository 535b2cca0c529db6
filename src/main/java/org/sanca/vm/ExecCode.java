package org.sanca.vm;

import java.util.Map;
import java.util.WeakHashMap;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * A code object prepared for the eval loop: its code units as a private char[] copy (which a
 * later adaptive interpreter may specialise in place; co_code itself stays CPython's), its
 * constants and names as arrays, its decoded exception table, and the frame layout.
 * CPython: Include/cpython/code.h (the _co_code_adaptive copy, co_nlocalsplus, co_localspluskinds).
 */
final class ExecCode {
    private static final Map<PyCode, ExecCode> CACHE = new WeakHashMap<>();

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

    private ExecCode(PyCode c) {
        pycode = c;
        byte[] b = c.codeUnits();
        code = new char[b.length / 2];
        for (int i = 0; i < code.length; i++) code[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
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

    private static PyObject[] strs(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) out[i] = PyStr.of(names[i]);
        return out;
    }

    /** The prepared form of {@code c}, made once per code object. */
    static ExecCode of(PyCode c) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(c, ExecCode::new);
        }
    }

    /** The name of fast slot {@code i}. */
    String localName(int i) {
        return pycode.getLocalsplusnames()[i];
    }

    boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }
}
