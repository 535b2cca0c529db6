package org.sanca.compiler;

import org.sanca.objects.ConstantKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.objects.PyObject;

/**
 * The compiler's state for one code object being built: its scope, name tables, constants,
 * blocks, frame-block stack and current source location.
 * CPython: Python/compile.c (struct compiler_unit).
 */
final class Unit {
    static final int SCOPE_MODULE = 0, SCOPE_CLASS = 1, SCOPE_FUNCTION = 2, SCOPE_ASYNC_FUNCTION = 3,
            SCOPE_LAMBDA = 4, SCOPE_COMPREHENSION = 5;

    final Scope ste;
    final String name;
    String qualname;
    final int scopeType;
    final Map<Object, Integer> constIndex = new HashMap<>();
    final List<PyObject> consts = new ArrayList<>();
    /** The compilation's shared constants (set by CodeGen.enterScope). */
    ConstCache constCache = new ConstCache();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    String privateName;
    int argcount, posonlyargcount, kwonlyargcount;
    /** Every block, in allocation order (CPython walks u_blocks newest first). */
    final List<Block> blocks = new ArrayList<>();
    Block curblock;
    final List<FBlock> fblocks = new ArrayList<>();
    int firstlineno;
    int lineno, colOffset, endLineno, endColOffset;
    boolean needNewImplicitBlock;

    /** A frame block: a loop, try, with or handler that break/continue/return must unwind. */
    record FBlock(FBlockType type, Block block, Block exit, Object datum) {}

    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    Unit(Scope ste, String name, int scopeType, int lineno) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        for (int i = 0; i < ste.varnames.size(); i++) varnames.put(ste.varnames.get(i), i);
        String[] sorted = ste.symbols.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        for (String n : sorted) {
            if (ste.scopeOf(n) == Scope.CELL) cellvars.put(n, cellvars.size());
        }
        if (ste.needsClassClosure) cellvars.put("__class__", 0);
        int offset = cellvars.size();
        for (String n : sorted) {
            if (ste.scopeOf(n) == Scope.FREE || (ste.flagsOf(n) & Scope.DEF_FREE_CLASS) != 0) {
                freevars.put(n, offset + freevars.size());
            }
        }
        this.firstlineno = lineno;
        this.lineno = lineno;
        this.endLineno = lineno;
    }

    Block newBlock() {
        Block b = new Block();
        blocks.add(b);
        return b;
    }

    /** The index of a constant, adding it when new (compiler_add_const). */
    int addConst(PyObject constant) {
        PyObject o = constCache.merge(constant);
        Object key = ConstantKey.of(o);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        constIndex.put(key, consts.size());
        consts.add(o);
        return consts.size() - 1;
    }

    static int addName(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) return i;
        int n = dict.size();
        dict.put(name, n);
        return n;
    }
}
