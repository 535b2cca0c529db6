package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Code generation for the match statement (PEP 634): each pattern consumes the subject on
 * top of the stack and jumps to a fail_pop block on failure; captured names are stored once
 * the whole pattern matches.
 * CPython: Python/compile.c (compiler_match, compiler_pattern_*, pattern_helper_*).
 */
final class PatternGen {
    private final CodeGen c;

    /** pattern_context. */
    private static final class Ctx {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Block> failPop = new ArrayList<>();
        int onTop;
    }

    PatternGen(CodeGen c) {
        this.c = c;
    }

    private static boolean wildcard(PatternTy p) {
        return p instanceof MatchAs a && a.name == null && a.pattern == null;
    }

    private static boolean wildcardStar(PatternTy p) {
        return p instanceof MatchStar s && s.name == null;
    }

    void match(Match s) {
        Ctx pc = new Ctx();
        c.expr(s.subject);
        Block end = c.newBlock();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        int hasDefault = wildcard(m.pattern) && cases > 1 ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases.get(i);
            c.setLoc(m.pattern);
            if (i != cases - hasDefault - 1) c.addopI(COPY, 1);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern, pc);
            for (String name : pc.stores) c.nameop(name, ExprContextTy.Store);
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                c.exprs.jumpIf(m.guard, pc.failPop.get(0), false);
            }
            if (i != cases - hasDefault - 1) c.addop(POP_TOP);
            c.stmts(m.body);
            c.unsetLoc();
            c.addopJ(JUMP, end);
            c.setLoc(m.pattern);
            emitAndResetFailPop(pc);
        }
        if (hasDefault == 1) {
            m = s.cases.get(cases - 1);
            c.setLoc(m.pattern);
            if (cases == 1) c.addop(POP_TOP);
            else c.addop(NOP);
            if (m.guard != null) c.exprs.jumpIf(m.guard, end, false);
            c.stmts(m.body);
            c.unsetLoc();
        }
        c.useNextBlock(end);
    }

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(c.newBlock());
    }

    private void jumpToFailPop(Ctx pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.addopJ(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(Ctx pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            c.useNextBlock(pc.failPop.get(i));
            c.addop(POP_TOP);
        }
        c.useNextBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (1 < count) c.addopI(SWAP, count--);
    }

    private void storeName(String n, Ctx pc) {
        if (n == null) {
            c.addop(POP_TOP);
            return;
        }
        c.forbiddenName(n, ExprContextTy.Store);
        if (pc.stores.contains(n)) throw c.error("multiple assignments to name '" + n + "' in pattern");
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    private void pattern(PatternTy p, Ctx pc) {
        c.setLoc(p);
        switch (p) {
            case MatchValue v -> {
                if (!(v.value instanceof Constant || v.value instanceof Attribute)) {
                    throw c.error("patterns may only match literals and attribute lookups");
                }
                c.expr(v.value);
                c.exprs.addCompare(CmpopTy.Eq);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case MatchSingleton s -> {
                c.loadConst(s.value);
                c.exprs.addCompare(CmpopTy.Is);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case MatchSequence s -> sequence(s, pc);
            case MatchMapping m -> mapping(m, pc);
            case MatchClass k -> classPattern(k, pc);
            case MatchStar s -> storeName(s.name, pc);
            case MatchAs a -> as(a, pc);
            case MatchOr o -> or(o, pc);
        }
    }

    private void subpattern(PatternTy p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void as(MatchAs p, Ctx pc) {
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) throw c.error("name capture '" + p.name + "' makes remaining patterns unreachable");
                throw c.error("wildcard makes remaining patterns unreachable");
            }
            storeName(p.name, pc);
            return;
        }
        pc.onTop++;
        c.addopI(COPY, 1);
        pattern(p.pattern, pc);
        pc.onTop--;
        storeName(p.name, pc);
    }

    private void unpack(List<PatternTy> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof MatchStar) {
                if (seenStar) throw c.error("multiple starred expressions in sequence pattern");
                c.addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) c.addopI(UNPACK_SEQUENCE, n);
    }

    private void sequence(MatchSequence p, Ctx pc) {
        List<PatternTy> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternTy q = patterns.get(i);
            if (q instanceof MatchStar) {
                if (star >= 0) throw c.error("multiple starred names in sequence pattern");
                starWildcard = wildcardStar(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcard(q);
        }
        pc.onTop++;
        c.addop(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            c.addop(GET_LEN);
            c.loadConst(PyInt.of(size));
            c.exprs.addCompare(CmpopTy.Eq);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            c.addop(GET_LEN);
            c.loadConst(PyInt.of(size - 1));
            c.exprs.addCompare(CmpopTy.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.addop(POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            unpack(patterns);
            pc.onTop += size;
            for (PatternTy q : patterns) {
                pc.onTop--;
                subpattern(q, pc);
            }
        }
    }

    private void sequenceSubscr(List<PatternTy> patterns, int star, Ctx pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternTy q = patterns.get(i);
            if (wildcard(q) || i == star) continue;
            c.addopI(COPY, 1);
            if (i < star) {
                c.loadConst(PyInt.of(i));
            } else {
                c.addop(GET_LEN);
                c.loadConst(PyInt.of(size - i));
                c.addopI(BINARY_OP, NB_SUBTRACT);
            }
            c.addop(BINARY_SUBSCR);
            subpattern(q, pc);
        }
        pc.onTop--;
        c.addop(POP_TOP);
    }

    private void classPattern(MatchClass p, Ctx pc) {
        int nargs = p.patterns.size(), nattrs = p.kwd_attrs.size();
        if (nattrs != p.kwd_patterns.size()) {
            throw c.error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + p.kwd_patterns.size() + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = p.kwd_attrs.get(i);
                c.setLoc(p.kwd_patterns.get(i));
                c.forbiddenName(attr, ExprContextTy.Store);
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(p.kwd_attrs.get(j))) {
                        c.setLoc(p.kwd_patterns.get(j));
                        throw c.error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            c.setLoc(p);
        }
        c.expr(p.cls);
        List<PyObject> names = new ArrayList<>();
        for (String a : p.kwd_attrs) names.add(PyStr.of(a));
        c.loadConst(CodeGen.tuple(names));
        c.addopI(MATCH_CLASS, nargs);
        c.addopI(COPY, 1);
        c.loadConst(Py.None);
        c.addopI(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        c.addopI(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            PatternTy q = i < nargs ? p.patterns.get(i) : p.kwd_patterns.get(i - nargs);
            if (wildcard(q)) {
                c.addop(POP_TOP);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void mapping(MatchMapping p, Ctx pc) {
        List<ExprTy> keys = p.keys;
        int size = keys.size();
        if (size != p.patterns.size()) {
            throw c.error("keys (" + size + ") / patterns (" + p.patterns.size() + ") length mismatch in mapping pattern");
        }
        String star = p.rest;
        pc.onTop++;
        c.addop(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            c.addop(POP_TOP);
            return;
        }
        if (size > 0) {
            c.addop(GET_LEN);
            c.loadConst(PyInt.of(size));
            c.exprs.addCompare(CmpopTy.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            ExprTy key = keys.get(i);
            if (key instanceof Constant k) {
                if (!seen.add(ConstantFolder.hashKey(k.value))) {
                    throw c.error("mapping pattern checks duplicate key (" + ConstantFolder.repr(k.value) + ")");
                }
            } else if (!(key instanceof Attribute)) {
                throw c.error("mapping pattern keys may only match literals and attribute lookups");
            }
            c.expr(key);
        }
        c.addopI(BUILD_TUPLE, size);
        c.addop(MATCH_KEYS);
        pc.onTop += 2;
        c.addopI(COPY, 1);
        c.loadConst(Py.None);
        c.addopI(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        c.addopI(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (PatternTy q : p.patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            c.addopI(BUILD_MAP, 0);
            c.addopI(SWAP, 3);
            c.addopI(DICT_UPDATE, 2);
            c.addopI(UNPACK_SEQUENCE, size);
            while (size > 0) {
                c.addopI(COPY, 1 + size--);
                c.addopI(SWAP, 2);
                c.addop(DELETE_SUBSCR);
            }
            storeName(star, pc);
        } else {
            c.addop(POP_TOP);
            c.addop(POP_TOP);
        }
    }

    private void or(MatchOr p, Ctx pc) {
        Block end = c.newBlock();
        int size = p.patterns.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Block> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternTy alt = p.patterns.get(i);
            c.setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.addopI(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error("alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw c.error("alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(icontrol + 1);
                    }
                }
            }
            c.addopJ(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        c.addop(POP_TOP);
        jumpToFailPop(pc, JUMP);
        c.useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw c.error("multiple assignments to name '" + name + "' in pattern");
            pc.stores.add(name);
        }
        c.addop(POP_TOP);
    }
}
