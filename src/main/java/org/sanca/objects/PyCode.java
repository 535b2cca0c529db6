package org.sanca.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's code object: the bytecode of one function, class body or module, with its constants,
 * names, exception table and location table, as CPython 3.11's compiler leaves them.
 * CPython: Objects/codeobject.c and Include/cpython/code.h (PyCodeObject).
 *
 * <p>A plain immutable data class; the arrays handed to the constructor must not change afterwards.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = new PyType("code");

    // co_flags bits (Include/cpython/code.h)
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    // localsplus kinds (Include/internal/pycore_code.h)
    public static final byte CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = (byte) 0x80;

    private final int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    private final byte[] code;
    private final PyObject[] consts;
    private final String[] names;
    private final String[] localsplusnames;
    private final byte[] localspluskinds;
    private final String name, qualname;
    /** co_filename: fixed in place by _imp._fix_co_filename when a cached module moved. */
    private String filename;
    private final byte[] linetable, exceptiontable;
    private final String[] varnames, cellvars, freevars;
    /** Decoded on first use. */
    private ExceptionEntry[] entries;
    /** The compiler's key for this code object as a constant of an enclosing one, made once. */
    private Object constantKey;
    private Position[] positionCache;

    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                  int firstlineno, byte[] code, PyObject[] consts, String[] names, String[] localsplusnames,
                  byte[] localspluskinds, String filename, String name, String qualname, byte[] linetable,
                  byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.firstlineno = firstlineno;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        this.varnames = namesOfKind(CO_FAST_LOCAL);
        this.cellvars = namesOfKind(CO_FAST_CELL);
        this.freevars = namesOfKind(CO_FAST_FREE);
    }

    /**
     * The key the compiler files this code object under among constants (equal keys for equal
     * code objects, as _PyCode_ConstantKey), computed by make on first use and kept: code
     * objects do not change.
     */
    public Object constantKey(java.util.function.Function<PyCode, Object> make) {
        Object k = constantKey;
        if (k == null) {
            k = make.apply(this);
            constantKey = k;
        }
        return k;
    }

    private String[] namesOfKind(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.length; i++) {
            if ((localspluskinds[i] & kind) != 0) out.add(localsplusnames[i]);
        }
        return out.toArray(new String[0]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int getArgcount() { return argcount; }
    public int getPosonlyargcount() { return posonlyargcount; }
    public int getKwonlyargcount() { return kwonlyargcount; }
    /** co_nlocals: the number of plain local variables (arguments included). */
    public int getNlocals() { return varnames.length; }
    public int getStacksize() { return stacksize; }
    public int getFlags() { return flags; }
    public int getFirstlineno() { return firstlineno; }
    /** co_code: the code units, two bytes each (opcode, oparg), CACHE entries included. A copy. */
    public byte[] getCode() { return code.clone(); }
    /** The code units without copying; callers must not change the array. */
    public byte[] codeUnits() { return code; }
    /** co_consts; callers must not change the array. */
    public PyObject[] getConsts() { return consts; }
    public String[] getNames() { return names; }
    public String[] getVarnames() { return varnames; }
    public String[] getCellvars() { return cellvars; }
    public String[] getFreevars() { return freevars; }
    /** The names of all fast slots: locals, then cells that are not arguments, then free variables. */
    public String[] getLocalsplusnames() { return localsplusnames; }
    /** The CO_FAST_* kind bits of each fast slot. */
    public byte[] getLocalspluskinds() { return localspluskinds; }
    /** The number of fast slots (locals, cells and free variables). */
    public int getNlocalsplus() { return localsplusnames.length; }
    public String getFilename() { return filename; }

    /**
     * update_compiled_module: this code's co_filename and its nested code objects' become
     * {@code path}, when they differ. CPython: _imp._fix_co_filename.
     */
    public void fixFilename(String path) {
        if (filename.equals(path)) return;
        String old = filename;
        fixFilename(old, path);
    }

    private void fixFilename(String old, String path) {
        if (!filename.equals(old)) return;
        filename = path;
        for (PyObject c : consts) if (c instanceof PyCode code) code.fixFilename(old, path);
    }
    public String getName() { return name; }
    public String getQualname() { return qualname; }
    public byte[] getLinetable() { return linetable.clone(); }
    public byte[] getExceptiontable() { return exceptiontable.clone(); }

    // ---- the exception table ----------------------------------------------------------------

    /** One exception table entry; start, end (exclusive) and target in code units. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    /** The decoded exception table (shared: callers must not change it). CPython: Objects/exception_handling_notes.txt. */
    public ExceptionEntry[] exceptionEntries() {
        ExceptionEntry[] e = entries;
        if (e == null) entries = e = decodeExceptionTable();
        return e;
    }

    private ExceptionEntry[] decodeExceptionTable() {
        List<ExceptionEntry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < exceptiontable.length) {
            int start = readVarint(exceptiontable, pos);
            int size = readVarint(exceptiontable, pos);
            int target = readVarint(exceptiontable, pos);
            int dl = readVarint(exceptiontable, pos);
            out.add(new ExceptionEntry(start, start + size, target, dl >> 1, (dl & 1) != 0));
        }
        return out.toArray(new ExceptionEntry[0]);
    }

    /** The handler for the instruction at code unit index, or null. */
    public ExceptionEntry handlerAt(int index) {
        for (ExceptionEntry e : exceptionEntries()) {
            if (index >= e.start && index < e.end) return e;
        }
        return null;
    }

    /** A 6-bit-chunk varint, most significant chunk first, 0x40 meaning "more" (exception table). */
    private static int readVarint(byte[] b, int[] pos) {
        int c = b[pos[0]++] & 0xff;
        int v = c & 63;
        while ((c & 64) != 0) {
            c = b[pos[0]++] & 0xff;
            v = (v << 6) | (c & 63);
        }
        return v;
    }

    // ---- the location table -----------------------------------------------------------------

    /** The source positions of one code unit; -1 where unknown (CPython's None). */
    public record Position(int line, int endLine, int col, int endCol) {}

    /** co_positions(): one Position per code unit (shared: callers must not change it). CPython: Objects/locations.md. */
    public Position[] positions() {
        Position[] p = positionCache;
        if (p == null) positionCache = p = decodePositions();
        return p;
    }

    private Position[] decodePositions() {
        Position[] out = new Position[code.length / 2];
        Arrays.fill(out, new Position(-1, -1, -1, -1));
        int[] pos = {0};
        int line = firstlineno;
        int unit = 0;
        while (pos[0] < linetable.length && unit < out.length) {
            int first = linetable[pos[0]++] & 0xff;
            int kind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            Position p;
            if (kind == 15) {
                p = new Position(-1, -1, -1, -1);
            } else if (kind == 14) {
                line += readSvarint(pos);
                int endLine = line + readLocVarint(pos);
                int col = readLocVarint(pos) - 1;
                int endCol = readLocVarint(pos) - 1;
                p = new Position(line, endLine, col, endCol);
            } else if (kind == 13) {
                line += readSvarint(pos);
                p = new Position(line, line, -1, -1);
            } else if (kind >= 10) {
                line += kind - 10;
                int col = linetable[pos[0]++] & 0xff;
                int endCol = linetable[pos[0]++] & 0xff;
                p = new Position(line, line, col, endCol);
            } else {
                int second = linetable[pos[0]++] & 0xff;
                int col = kind * 8 + ((second >> 4) & 7);
                p = new Position(line, line, col, col + (second & 15));
            }
            for (int i = 0; i < length && unit < out.length; i++) out[unit++] = p;
        }
        return out;
    }

    /**
     * co_lines(): one range per location-table entry, four ints each: start and end (byte offsets),
     * the line (-1 where the entry has none) and the running line the table has reached, which
     * co_lnotab follows. CPython: Objects/codeobject.c (_PyLineTable_NextAddressRange).
     */
    public int[] lineRanges() {
        int[] out = new int[16];
        int n = 0, pos = 0, line = firstlineno, end = 0;
        while (pos < linetable.length) {
            int first = linetable[pos] & 0xff, kind = (first >> 3) & 15;
            int[] at = {pos + 1};
            if (kind == 13 || kind == 14) {
                line += readSvarint(at);
            } else if (kind >= 10 && kind <= 12) {
                line += kind - 10;
            }
            pos = at[0];
            while (pos < linetable.length && (linetable[pos] & 0x80) == 0) pos++;
            if (n + 4 > out.length) out = Arrays.copyOf(out, 2 * out.length);
            out[n++] = end;
            end += ((first & 7) + 1) * 2;
            out[n++] = end;
            out[n++] = kind == 15 ? -1 : line;
            out[n++] = line;
        }
        return Arrays.copyOf(out, n);
    }

    /** co_lnotab: the pre-3.10 (byte delta, line delta) pairs recomputed from the location table. */
    public byte[] lnotab() {
        int[] r = lineRanges();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int line = firstlineno, offset = 0;
        for (int i = 0; i < r.length; i += 4) {
            if (r[i + 3] == line) continue;
            int bdelta = r[i] - offset, ldelta = r[i + 3] - line;
            for (; bdelta > 255; bdelta -= 255) emitPair(out, 255, 0);
            for (; ldelta > 127; ldelta -= 127, bdelta = 0) emitPair(out, bdelta, 127);
            for (; ldelta < -128; ldelta += 128, bdelta = 0) emitPair(out, bdelta, -128);
            emitPair(out, bdelta, ldelta);
            offset = r[i];
            line = r[i + 3];
        }
        return out.toByteArray();
    }

    private static void emitPair(java.io.ByteArrayOutputStream out, int a, int b) {
        out.write(a);
        out.write(b);
    }

    /** The line of the instruction at code unit index, or -1 (PyCode_Addr2Line with a unit index). */
    public int addrToLine(int index) {
        Position[] ps = positions();
        return index >= 0 && index < ps.length ? ps[index].line : -1;
    }

    /** A 6-bit-chunk varint, least significant chunk first (location table). */
    private int readLocVarint(int[] pos) {
        int c = linetable[pos[0]++] & 0xff;
        int v = c & 63;
        int shift = 0;
        while ((c & 64) != 0) {
            c = linetable[pos[0]++] & 0xff;
            shift += 6;
            v |= (c & 63) << shift;
        }
        return v;
    }

    private int readSvarint(int[] pos) {
        int u = readLocVarint(pos);
        return (u & 1) != 0 ? -(u >> 1) : u >> 1;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
