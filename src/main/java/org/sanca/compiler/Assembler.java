package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;

/**
 * Turns a unit's control flow graph into a code object: prefix instructions (MAKE_CELL,
 * COPY_FREE_VARS, RETURN_GENERATOR), cell offsets, the optimisation passes, jump offsets with
 * EXTENDED_ARG and CACHE entries, the 3.11 location table and exception table.
 * CPython: Python/compile.c (assemble, makecode, assemble_jump_offsets, write_location_info_entry,
 * assemble_exception_table).
 */
final class Assembler {
    private final ByteSink code = new ByteSink();
    private final ByteSink linetable = new ByteSink();
    private final ByteSink exceptTable = new ByteSink();
    private int lineno;

    private Assembler() {}

    /** Assembles the unit (whose final RETURN_VALUE the code generator has added). */
    static PyCode assemble(Unit u, String filename, int compileFlags) {
        for (int k = u.blocks.size() - 1; k >= 0; k--) normalizeBlock(u.blocks.get(k));
        for (int k = u.blocks.size() - 1; k >= 0; k--) extendBlock(u.blocks.get(k));
        Block entry = u.blocks.get(0);
        int nlocals = u.varnames.size();
        int ncells = u.cellvars.size();
        int nfree = u.freevars.size();
        int[] fixed = cellFixedOffsets(u);
        if (u.firstlineno == 0) {
            u.firstlineno = entry.size() > 0 && entry.get(0).lineno != 0 ? entry.get(0).lineno : 1;
        }
        int flags = codeFlags(u, compileFlags);
        insertPrefix(u, entry, fixed, flags);
        int dropped = fixCellOffsets(u, entry, fixed);
        int nlocalsplus = nlocals + ncells + nfree - dropped;
        List<PyObject> consts = new ArrayList<>(u.consts);
        optimizeCfg(u, entry, consts);
        duplicateExitsWithoutLineno(u);
        trimUnusedConsts(entry, consts);
        propagateLineNumbers(entry);
        guaranteeLinenoForExits(entry, u.firstlineno);
        int maxdepth = stackDepth(u, entry, u.ste.generator || u.ste.coroutine);
        labelExceptionTargets(entry);
        convertExceptionHandlersToNops(entry);
        for (Block b = entry; b != null; b = b.next) cleanBlock(b);
        normalizeJumps(entry);
        assembleJumpOffsets(u, entry);
        Assembler a = new Assembler();
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) a.emit(i);
        }
        a.lineno = u.firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) a.emitLocation(i);
        }
        a.exceptionTable(entry);
        return makeCode(u, a, consts, maxdepth, nlocalsplus, flags, filename);
    }

    static int codeFlags(Unit u, int compileFlags) {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.type == Scope.Type.FUNCTION) {
            flags |= PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (ste.nested) flags |= PyCode.CO_NESTED;
            if (ste.generator && !ste.coroutine) flags |= PyCode.CO_GENERATOR;
            if (!ste.generator && ste.coroutine) flags |= PyCode.CO_COROUTINE;
            if (ste.generator && ste.coroutine) flags |= PyCode.CO_ASYNC_GENERATOR;
            if (ste.varargs) flags |= PyCode.CO_VARARGS;
            if (ste.varkeywords) flags |= PyCode.CO_VARKEYWORDS;
        }
        flags |= compileFlags & Compiler.PyCF_MASK;
        boolean topLevelAwait = (compileFlags & Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && ste.type == Scope.Type.MODULE;
        if (topLevelAwait && ste.coroutine && !ste.generator) flags |= PyCode.CO_COROUTINE;
        return flags;
    }

    // ---- cells and prefix ------------------------------------------------------------------------

    private static int[] cellFixedOffsets(Unit u) {
        int nlocals = u.varnames.size();
        int n = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[n];
        for (int i = 0; i < n; i++) fixed[i] = nlocals + i;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer var = u.varnames.get(e.getKey());
            if (var != null) fixed[e.getValue()] = var;
        }
        return fixed;
    }

    private static void insertPrefix(Unit u, Block entry, int[] fixed, int flags) {
        List<Instr> prefix = new ArrayList<>();
        if ((flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
            entry.instrs.add(1, new Instr(POP_TOP, 0, null, -1, -1, -1, -1));
        }
        int ncells = u.cellvars.size();
        if (ncells > 0) {
            int nvars = ncells + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
            for (int i = 0; prefix.size() < ncells; i++) {
                int old = sorted[i] - 1;
                if (old == -1) continue;
                prefix.add(new Instr(MAKE_CELL, old, null, -1, -1, -1, -1));
            }
        }
        entry.instrs.addAll(0, prefix);
        if (!u.freevars.isEmpty()) {
            entry.instrs.add(0, new Instr(COPY_FREE_VARS, u.freevars.size(), null, -1, -1, -1, -1));
        }
    }

    private static int fixCellOffsets(Unit u, Block entry, int[] fixed) {
        int nlocals = u.varnames.size();
        int dropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) fixed[i] -= dropped;
            else dropped++;
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                switch (in.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                            in.oparg = fixed[in.oparg];
                    default -> { }
                }
            }
        }
        return dropped;
    }

    // ---- jumps -------------------------------------------------------------------------------

    private static void normalizeJumps(Block entry) {
        for (Block b = entry; b != null; b = b.next) b.visited = false;
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !isJump(last)) continue;
            boolean fwd = !last.target.visited;
            last.opcode = switch (last.opcode) {
                case JUMP -> fwd ? JUMP_FORWARD : JUMP_BACKWARD;
                case JUMP_NO_INTERRUPT -> fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                case POP_JUMP_IF_NOT_NONE -> fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
                case POP_JUMP_IF_NONE -> fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                case POP_JUMP_IF_FALSE -> fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
                case POP_JUMP_IF_TRUE -> fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                default -> last.opcode;
            };
        }
    }

    static int instrSize(Instr i) {
        int arg = i.opcode >= HAVE_ARGUMENT ? i.oparg : 0;
        int ext = (arg > 0xFFFFFF ? 1 : 0) + (arg > 0xFFFF ? 1 : 0) + (arg > 0xFF ? 1 : 0);
        return ext + 1 + CACHE_ENTRIES[i.opcode];
    }

    private static void assembleJumpOffsets(Unit u, Block entry) {
        boolean again;
        do {
            int total = 0;
            for (Block b = entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) total += instrSize(i);
            }
            again = false;
            for (int k = u.blocks.size() - 1; k >= 0; k--) {
                Block b = u.blocks.get(k);
                int pos = b.offset;
                for (Instr i : b.instrs) {
                    int isize = instrSize(i);
                    pos += isize;
                    if (isJump(i)) {
                        int t = i.target.offset;
                        i.oparg = t < pos ? pos - t : t - pos;
                        if (instrSize(i) != isize) again = true;
                    }
                }
            }
        } while (again);
    }

    // ---- emitting -----------------------------------------------------------------------------

    private void emit(Instr i) {
        int arg = i.opcode >= HAVE_ARGUMENT ? i.oparg : 0;
        int size = instrSize(i) - CACHE_ENTRIES[i.opcode];
        for (int shift = 8 * (size - 1); shift > 0; shift -= 8) {
            code.write(EXTENDED_ARG);
            code.write((arg >> shift) & 0xFF);
        }
        code.write(i.opcode);
        code.write(arg & 0xFF);
        for (int c = 0; c < CACHE_ENTRIES[i.opcode]; c++) {
            code.write(CACHE);
            code.write(0);
        }
    }

    private void emitLocation(Instr i) {
        int isize = instrSize(i);
        while (isize > 8) {
            locationEntry(i, 8);
            isize -= 8;
        }
        locationEntry(i, isize);
    }

    private void firstByte(int code, int length) {
        linetable.write(0x80 | (code << 3) | (length - 1));
    }

    private void varint(int val) {
        while (val >= 64) {
            linetable.write(64 | (val & 63));
            val >>>= 6;
        }
        linetable.write(val);
    }

    private void signedVarint(int val) {
        varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
    }

    private void locationEntry(Instr i, int isize) {
        if (i.lineno < 0) {
            firstByte(15, isize);
            return;
        }
        int lineDelta = i.lineno - lineno;
        int col = i.colOffset, endCol = i.endColOffset;
        if (col < 0 || endCol < 0) {
            if (i.endLineno == i.lineno || i.endLineno == -1) {
                firstByte(13, isize);
                signedVarint(lineDelta);
                lineno = i.lineno;
                return;
            }
        } else if (i.endLineno == i.lineno) {
            if (lineDelta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                firstByte(col >> 3, isize);
                linetable.write(((col & 7) << 4) | (endCol - col));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
                firstByte(10 + lineDelta, isize);
                linetable.write(col);
                linetable.write(endCol);
                lineno = i.lineno;
                return;
            }
        }
        firstByte(14, isize);
        signedVarint(lineDelta);
        varint(i.endLineno - i.lineno);
        varint(i.colOffset + 1);
        varint(i.endColOffset + 1);
        lineno = i.lineno;
    }

    private void exceptItem(int value, int msb) {
        for (int shift = 24; shift > 0; shift -= 6) {
            if (value >= 1 << shift) {
                exceptTable.write(((value >> shift) & 0x3f) | 64 | msb);
                msb = 0;
            }
        }
        exceptTable.write((value & 0x3f) | msb);
    }

    private void exceptEntry(int start, int end, Block handler) {
        int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
        exceptItem(start, 0x80);
        exceptItem(end - start, 0);
        exceptItem(handler.offset, 0);
        exceptItem((depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
    }

    private void exceptionTable(Block entry) {
        Block handler = null;
        int start = -1, ioffset = 0;
        for (Block b = entry; b != null; b = b.next) {
            ioffset = b.offset;
            for (Instr i : b.instrs) {
                if (i.except != handler) {
                    if (handler != null) exceptEntry(start, ioffset, handler);
                    start = ioffset;
                    handler = i.except;
                }
                ioffset += instrSize(i);
            }
        }
        if (handler != null) exceptEntry(start, ioffset, handler);
    }

    // ---- the code object -------------------------------------------------------------------------

    private static PyCode makeCode(Unit u, Assembler a, List<PyObject> consts, int maxdepth, int nlocalsplus,
                                   int flags, String filename) {
        String[] names = u.names.keySet().toArray(new String[0]);
        String[] lpNames = new String[nlocalsplus];
        byte[] lpKinds = new byte[nlocalsplus];
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            byte kind = PyCode.CO_FAST_LOCAL;
            if (u.cellvars.containsKey(e.getKey())) kind |= PyCode.CO_FAST_CELL;
            lpNames[e.getValue()] = e.getKey();
            lpKinds[e.getValue()] = kind;
        }
        int nlocals = u.varnames.size();
        int dropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                dropped++;
                continue;
            }
            int off = e.getValue() + nlocals - dropped;
            lpNames[off] = e.getKey();
            lpKinds[off] = PyCode.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int off = e.getValue() + nlocals - dropped;
            lpNames[off] = e.getKey();
            lpKinds[off] = PyCode.CO_FAST_FREE;
        }
        return new PyCode(u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, flags,
                u.firstlineno, a.code.toByteArray(), consts.toArray(new PyObject[0]), names, lpNames, lpKinds,
                filename, u.name, u.qualname != null ? u.qualname : u.name, a.linetable.toByteArray(),
                a.exceptTable.toByteArray());
    }
}
