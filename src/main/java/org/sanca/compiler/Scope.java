package org.sanca.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.ast.Node;

/**
 * One block of the symbol table: a module, class, function, lambda, comprehension or
 * (under "from __future__ import annotations") annotation scope, with its names and their flags.
 * CPython: Include/internal/pycore_symtable.h (PySTEntryObject).
 */
final class Scope {
    enum Type { MODULE, CLASS, FUNCTION, ANNOTATION }

    // Symbol flags (pycore_symtable.h)
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    static final int SCOPE_OFFSET = 11, SCOPE_MASK = 7;
    // Scopes
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    // Comprehension kinds (ste_comprehension)
    static final int NO_COMPREHENSION = 0, LIST_COMP = 1, DICT_COMP = 2, SET_COMP = 3, GEN_EXP = 4;

    /** A global or nonlocal statement naming a variable, for error positions. */
    record Directive(String name, int lineno, int col, int endLineno, int endCol) {}

    final String name;
    final Type type;
    final Node key;
    final int lineno, colOffset, endLineno, endColOffset;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    boolean nested, generator, coroutine, varargs, varkeywords, free, childFree, needsClassClosure;
    boolean returnsValue, compIterTarget;
    int comprehension = NO_COMPREHENSION;
    int compIterExpr;

    Scope(String name, Type type, Node key, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    boolean isFunction() {
        return type == Type.FUNCTION;
    }

    /** The scope of name (LOCAL ... CELL), or 0 when unknown here (_PyST_GetScope). */
    int scopeOf(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : (f >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    int flagsOf(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    Directive directive(String name) {
        for (Directive d : directives) {
            if (d.name.equals(name)) return d;
        }
        return null;
    }
}
