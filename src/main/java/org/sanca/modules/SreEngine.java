package org.sanca.modules;

import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;

/**
 * The regular-expression matcher: runs a program of Lib/re/_compiler.py over a subject of code points
 * (a str's code points or a bytes object's bytes), backtracking on an explicit stack of contexts, so deep
 * patterns never grow the Java stack. One engine is one matching state (SRE_STATE): its marks, repeat
 * chain and the window [start, end) of the subject.
 * CPython: Modules/_sre/sre_lib.h (SRE(match), SRE(count), SRE(search)) and sre.c (state_reset).
 */
final class SreEngine {
    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6,
        BRANCH = 7, CATEGORY = 8, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14,
        JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, REPEAT = 23,
        REPEAT_ONE = 24, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28,
        POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31, LITERAL_IGNORE = 32,
        NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36,
        NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40,
        NOT_LITERAL_UNI_IGNORE = 41;
    static final int INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;
    /** SRE_MAXREPEAT ((SRE_CODE) -1) as the unsigned code word it is. */
    static final long MAXREPEAT = 0xffffffffL;

    /** Where a finished child context returns to in its parent (sre_lib.h's JUMP_* labels). */
    private static final int J_NONE = 0, J_BRANCH = 1, J_REPEAT = 2, J_MAX_UNTIL_1 = 3, J_MAX_UNTIL_2 = 4,
        J_MAX_UNTIL_3 = 5, J_MIN_UNTIL_1 = 6, J_MIN_UNTIL_2 = 7, J_MIN_UNTIL_3 = 8, J_REPEAT_ONE = 9,
        J_MIN_REPEAT_ONE = 10, J_POSS_REPEAT_1 = 11, J_POSS_REPEAT_2 = 12, J_ATOMIC = 13, J_ASSERT = 14,
        J_ASSERT_NOT = 15;
    /** dispatch/resume result meaning "keep running the current context". */
    private static final int CONTINUE = -1;

    /** A REPEAT's state, shared by the UNTIL that closes it (SRE_REPEAT). */
    private static final class Repeat {
        int count = -1;
        final int pc;
        int lastPtr = -1;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    /** One activation of SRE(match) (SRE(match_context)); frames are reused from one push to the next. */
    private static final class Ctx {
        int pc, ptr, count, lastmark, lastindex, jump, savedLastPtr;
        boolean toplevel;
        /** Saved marks[0, savedCount) (MARK_PUSH); savedCount is -1 when nothing was saved. */
        int[] savedMarks;
        int savedCount;
        Repeat rep;

        Ctx init(int pc, int ptr, boolean toplevel) {
            this.pc = pc;
            this.ptr = ptr;
            this.toplevel = toplevel;
            this.count = 0;
            this.jump = J_NONE;
            this.savedCount = -1;
            this.rep = null;
            return this;
        }
    }

    final int[] code;
    final int[] s;
    /** state->start (where the current match began), state->end, state->ptr. */
    int start, end, ptr;
    final int pos, endpos;
    int[] marks;
    int lastmark = -1, lastindex = -1;
    boolean matchAll, mustAdvance;
    private Repeat repeat;
    private Ctx[] frames = new Ctx[16];
    private int depth;
    private Ctx ctx;

    SreEngine(int[] code, int[] subject, int pos, int endpos, int groups) {
        this.code = code;
        this.s = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.start = pos;
        this.end = endpos;
        this.ptr = pos;
        this.marks = new int[Math.max(2, 2 * groups)];
    }

    static PyException illegal() {
        return PyErr.format(PyExc.RuntimeError, "internal error in regular expression engine");
    }

    /** state_reset. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
    }

    /** The span of group g (>= 1) as {start, end}, or null when it did not take part. */
    int[] groupSpan(int g) {
        int j = 2 * (g - 1);
        if (j + 1 > lastmark) return null;
        int a = marks[j], b = marks[j + 1];
        if (a < 0 || b < 0) return null;
        return new int[] {a, b};
    }

    // ---- search and match entry points -------------------------------------------------------

    /** sre_match from state.ptr (start == ptr). */
    boolean match() {
        start = ptr;
        return run(0, ptr, true);
    }

    /** SRE(search): the first match at or after state.start (without the prefix optimisations). */
    boolean search() {
        int p = start;
        if (p > end) return false;
        int pc = 0;
        if (code[0] == INFO) {
            if (code[3] != 0 && end - p < u(code[3])) return false;
            pc = code[1] + 1;
            if ((code[2] & INFO_PREFIX) != 0) return searchPrefix(p, pc);
            if ((code[2] & INFO_CHARSET) != 0) return searchCharset(p, pc);
        }
        start = ptr = p;
        boolean found = run(pc, p, true);
        mustAdvance = false;
        if (!found && code[pc] == AT && (code[pc + 1] == 0 || code[pc + 1] == 2)) {
            start = ptr = end;
            return false;
        }
        while (!found && p < end) {
            p++;
            reset();
            start = ptr = p;
            found = run(pc, p, false);
        }
        return found;
    }

    /**
     * The search for a pattern that starts with a literal prefix (INFO's prefix): each place the prefix
     * occurs, in order, is tried with the pattern after the prefix's prefix_skip literals.
     */
    private boolean searchPrefix(int p, int pc) {
        int len = code[5], skip = code[6];
        mustAdvance = false;
        for (int last = end - len; p <= last; p++) {
            int i = 0;
            while (i < len && s[p + i] == code[7 + i]) i++;
            if (i < len) continue;
            start = p;
            ptr = p + skip;
            if ((code[2] & INFO_LITERAL) != 0) return true;
            if (run(pc + 2 * skip, ptr, false)) return true;
            reset();
        }
        return false;
    }

    /** The search for a pattern whose first character is in INFO's charset: only such places are tried. */
    private boolean searchCharset(int p, int pc) {
        mustAdvance = false;
        for (; p < end; p++) {
            if (!SreChars.inCharset(code, 5, s[p])) continue;
            start = ptr = p;
            if (run(pc, p, false)) return true;
            reset();
        }
        return false;
    }

    // ---- the backtracking loop ---------------------------------------------------------------

    private boolean run(int pc, int p, boolean toplevel) {
        depth = 0;
        ctx = frame(0).init(pc, p, toplevel);
        try {
            int r = enter();
            for (;;) {
                if (r == CONTINUE) r = dispatch();
                if (r == CONTINUE) continue;
                if (depth == 0) return r == 1;
                ctx = frames[--depth];
                r = resume(r);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // _sre.compile does not validate programs as CPython's _validate does: a malformed one ends here.
            throw illegal();
        }
    }

    /** The entrance of a context: the INFO block's length check. */
    private int enter() {
        Ctx c = ctx;
        if (code[c.pc] == INFO) {
            if (code[c.pc + 3] != 0 && end - c.ptr < u(code[c.pc + 3])) return 0;
            c.pc += code[c.pc + 1] + 1;
        }
        return CONTINUE;
    }

    /** DO_JUMP: runs a child context at pc from state.ptr; the parent resumes at jump with its result. */
    private int call(int jump, int pc, boolean toplevel) {
        ctx.jump = jump;
        ctx = frame(++depth).init(pc, ptr, toplevel);
        return enter();
    }

    private Ctx frame(int i) {
        if (i == frames.length) frames = java.util.Arrays.copyOf(frames, 2 * i);
        Ctx f = frames[i];
        if (f == null) frames[i] = f = new Ctx();
        return f;
    }

    /** MARK_PUSH: saves marks[0..upto] in the context. */
    private static void saveMarks(Ctx c, int[] marks, int upto) {
        int n = upto + 1;
        if (c.savedMarks == null || n > c.savedMarks.length) c.savedMarks = new int[Math.max(n, 8)];
        if (n > 0) System.arraycopy(marks, 0, c.savedMarks, 0, n);
        c.savedCount = n;
    }

    /** MARK_POP: restores the marks the context saved. */
    private void restoreMarks(Ctx c) {
        if (c.savedCount > 0) System.arraycopy(c.savedMarks, 0, marks, 0, c.savedCount);
    }

    private void lastmarkSave() {
        ctx.lastmark = lastmark;
        ctx.lastindex = lastindex;
    }

    private void lastmarkRestore() {
        lastmark = ctx.lastmark;
        lastindex = ctx.lastindex;
    }

    /** Runs the current context's opcodes until it pushes a child (CONTINUE) or ends (0 or 1). */
    private int dispatch() {
        Ctx c = ctx;
        int[] code = this.code;
        for (;;) {
            int op = code[c.pc++];
            switch (op) {
                case MARK -> mark(code[c.pc++], c.ptr);
                case AT -> {
                    if (!at(c.ptr, code[c.pc++])) return 0;
                }
                case SUCCESS -> {
                    if (c.toplevel && (matchAll && c.ptr != end || mustAdvance && c.ptr == start)) return 0;
                    ptr = c.ptr;
                    return 1;
                }
                case FAILURE -> {
                    return 0;
                }
                case JUMP, INFO -> c.pc += code[c.pc];
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE -> {
                    if (!groupref(op, code[c.pc++])) return 0;
                }
                case GROUPREF_EXISTS -> {
                    int g = code[c.pc] * 2;
                    boolean set = g < lastmark && marks[g] >= 0 && marks[g + 1] >= 0 && marks[g] <= marks[g + 1];
                    c.pc += set ? 2 : code[c.pc + 1];
                }
                case BRANCH, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE, REPEAT, MAX_UNTIL, MIN_UNTIL,
                    POSSESSIVE_REPEAT, ATOMIC_GROUP, ASSERT, ASSERT_NOT -> {
                    int r = control(op);
                    if (r != CONTINUE || ctx != c) return r;
                }
                default -> {
                    if (c.ptr >= end || !single(op, c.pc, s[c.ptr])) return 0;
                    c.pc = advance(op, c.pc);
                    c.ptr++;
                }
            }
        }
    }

    private void mark(int i, int p) {
        if ((i & 1) != 0) lastindex = i / 2 + 1;
        if (i >= marks.length) marks = java.util.Arrays.copyOf(marks, Math.max(i + 1, 2 * marks.length));
        if (i > lastmark) {
            for (int j = lastmark + 1; j < i; j++) marks[j] = -1;
            lastmark = i;
        }
        marks[i] = p;
    }

    /** Whether the one-character op at code[pc...] (pc just past the opcode) accepts ch. */
    private boolean single(int op, int pc, int ch) {
        return switch (op) {
            case ANY -> ch != '\n';
            case ANY_ALL -> true;
            case CATEGORY -> SreChars.category(code[pc], ch);
            case IN -> SreChars.inCharset(code, pc + 1, ch);
            case IN_IGNORE -> SreChars.inCharset(code, pc + 1, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE -> SreChars.inCharset(code, pc + 1, SreChars.lowerUnicode(ch));
            case IN_LOC_IGNORE -> SreChars.inCharset(code, pc + 1, ch)
                || SreChars.inCharset(code, pc + 1, SreChars.lowerAscii(ch))
                || SreChars.inCharset(code, pc + 1, SreChars.upperAscii(ch));
            case LITERAL -> ch == code[pc];
            case NOT_LITERAL -> ch != code[pc];
            case LITERAL_IGNORE -> SreChars.lowerAscii(ch) == code[pc];
            case NOT_LITERAL_IGNORE -> SreChars.lowerAscii(ch) != code[pc];
            case LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(ch) == code[pc];
            case NOT_LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(ch) != code[pc];
            case LITERAL_LOC_IGNORE -> SreChars.charLocIgnore(code[pc], ch);
            case NOT_LITERAL_LOC_IGNORE -> !SreChars.charLocIgnore(code[pc], ch);
            default -> throw illegal();
        };
    }

    /** The pc after a one-character op whose operands start at pc. */
    private int advance(int op, int pc) {
        return switch (op) {
            case ANY, ANY_ALL -> pc;
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> pc + code[pc];
            default -> pc + 1;
        };
    }

    private boolean groupref(int op, int group) {
        int g = group * 2;
        if (g >= lastmark) return false;
        int p = marks[g], e = marks[g + 1];
        if (p < 0 || e < 0 || e < p) return false;
        int q = ctx.ptr;
        for (; p < e; p++, q++) {
            if (q >= end) return false;
            int a = s[q], b = s[p];
            boolean same = switch (op) {
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                case GROUPREF_LOC_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                default -> a == b;
            };
            if (!same) return false;
        }
        ctx.ptr = q;
        return true;
    }

    /** The character at p, or 0 past the subject (CPython's strings end in a NUL that SRE(at) may read). */
    private int charAt(int p) {
        return p < s.length ? s[p] : 0;
    }

    /** SRE(at): the zero-width assertion atcode at p. */
    private boolean at(int p, int atcode) {
        switch (atcode) {
            case 0, 2:
                return p == 0;
            case 1:
                return p == 0 || charAt(p - 1) == '\n';
            case 5:
                return p + 1 == end && charAt(p) == '\n' || p == end;
            case 6:
                return p == end || charAt(p) == '\n';
            case 7:
                return p == end;
            case 3, 4, 8, 9, 10, 11: {
                if (end == 0) return false;
                boolean that = p > 0 && wordAt(atcode, charAt(p - 1));
                boolean here = p < end && wordAt(atcode, charAt(p));
                return atcode == 3 || atcode == 8 || atcode == 10 ? here != that : here == that;
            }
            default:
                throw illegal();
        }
    }

    private static boolean wordAt(int atcode, int ch) {
        return atcode <= 4 ? SreChars.isWord(ch) : atcode <= 9 ? SreChars.isLocWord(ch) : SreChars.isUniWord(ch);
    }

    /** A code word as the unsigned 32-bit value it is. */
    private static long u(int v) {
        return v & 0xffffffffL;
    }

    /** SRE(count): how many times (up to max) the one-character item at pc matches from state.ptr. */
    private int count(int pc, long max) {
        int p = ptr;
        int stop = end;
        if (max != MAXREPEAT && max < stop - p) stop = p + (int) max;
        int op = code[pc];
        int from = p;
        while (p < stop && single(op, pc + 1, s[p])) p++;
        return p - from;
    }

    // ---- the operators that run child contexts ------------------------------------------------

    /** Starts a control operator in the current context (pc just past its opcode). */
    private int control(int op) {
        Ctx c = ctx;
        switch (op) {
            case BRANCH:
                lastmarkSave();
                if (repeat != null) saveMarks(c, marks, c.lastmark);
                return branchNext();
            case REPEAT_ONE:
                return repeatOne(c);
            case MIN_REPEAT_ONE:
                return minRepeatOne(c);
            case POSSESSIVE_REPEAT_ONE:
                return possessiveRepeatOne(c);
            case REPEAT:
                c.rep = new Repeat(c.pc, repeat);
                repeat = c.rep;
                ptr = c.ptr;
                return call(J_REPEAT, c.pc + code[c.pc], c.toplevel);
            case MAX_UNTIL:
                return maxUntil(c);
            case MIN_UNTIL:
                return minUntil(c);
            case POSSESSIVE_REPEAT:
                ptr = c.ptr;
                c.count = 0;
                return possessiveMin(c);
            case ATOMIC_GROUP:
                ptr = c.ptr;
                return call(J_ATOMIC, c.pc + 1, false);
            case ASSERT:
                if (c.ptr < code[c.pc + 1]) return 0;
                ptr = c.ptr - code[c.pc + 1];
                return call(J_ASSERT, c.pc + 2, false);
            default:
                return assertNot(c);
        }
    }

    /** BRANCH: tries the alternatives from c.pc (at an alternative's skip word) on. */
    private int branchNext() {
        Ctx c = ctx;
        for (; code[c.pc] != 0; c.pc += code[c.pc]) {
            int first = code[c.pc + 1];
            if (first == LITERAL && (c.ptr >= end || s[c.ptr] != code[c.pc + 2])) continue;
            if (first == IN && (c.ptr >= end || !SreChars.inCharset(code, c.pc + 3, s[c.ptr]))) continue;
            ptr = c.ptr;
            return call(J_BRANCH, c.pc + 1, c.toplevel);
        }
        return 0;
    }

    private int repeatOne(Ctx c) {
        int pc = c.pc;
        if (u(code[pc + 1]) > end - c.ptr) return 0;
        ptr = c.ptr;
        c.count = count(pc + 3, u(code[pc + 2]));
        c.ptr += c.count;
        if (c.count < u(code[pc + 1])) return 0;
        if (code[pc + code[pc]] == SUCCESS && c.ptr == end && !(c.toplevel && mustAdvance && c.ptr == start)) {
            ptr = c.ptr;
            return 1;
        }
        lastmarkSave();
        if (repeat != null) saveMarks(c, marks, c.lastmark);
        return repeatOneNext(c);
    }

    private int repeatOneNext(Ctx c) {
        if (c.count < u(code[c.pc + 1])) return 0;
        ptr = c.ptr;
        return call(J_REPEAT_ONE, c.pc + code[c.pc], c.toplevel);
    }

    private int minRepeatOne(Ctx c) {
        int pc = c.pc;
        if (u(code[pc + 1]) > end - c.ptr) return 0;
        ptr = c.ptr;
        if (u(code[pc + 1]) == 0) {
            c.count = 0;
        } else {
            int n = count(pc + 3, u(code[pc + 1]));
            if (n < u(code[pc + 1])) return 0;
            c.count = n;
            c.ptr += n;
        }
        if (code[pc + code[pc]] == SUCCESS
                && !(c.toplevel && (matchAll && c.ptr != end || mustAdvance && c.ptr == start))) {
            ptr = c.ptr;
            return 1;
        }
        lastmarkSave();
        if (repeat != null) saveMarks(c, marks, c.lastmark);
        return minRepeatOneNext(c);
    }

    private int minRepeatOneNext(Ctx c) {
        if (u(code[c.pc + 2]) == MAXREPEAT || c.count <= u(code[c.pc + 2])) {
            ptr = c.ptr;
            return call(J_MIN_REPEAT_ONE, c.pc + code[c.pc], c.toplevel);
        }
        return 0;
    }

    private int possessiveRepeatOne(Ctx c) {
        int pc = c.pc;
        if (c.ptr + u(code[pc + 1]) > end) return 0;
        ptr = c.ptr;
        c.count = count(pc + 3, u(code[pc + 2]));
        c.ptr += c.count;
        if (c.count < u(code[pc + 1])) return 0;
        c.pc += code[pc];
        if (code[c.pc] == SUCCESS && c.ptr == end && !(c.toplevel && mustAdvance && c.ptr == start)) {
            ptr = c.ptr;
            return 1;
        }
        return CONTINUE;
    }

    private int maxUntil(Ctx c) {
        c.rep = repeat;
        if (c.rep == null) throw illegal();
        ptr = c.ptr;
        c.count = c.rep.count + 1;
        int rpc = c.rep.pc;
        if (c.count < u(code[rpc + 1])) {
            c.rep.count = c.count;
            return call(J_MAX_UNTIL_1, rpc + 3, c.toplevel);
        }
        if ((c.count < u(code[rpc + 2]) || u(code[rpc + 2]) == MAXREPEAT) && ptr != c.rep.lastPtr) {
            c.rep.count = c.count;
            lastmarkSave();
            saveMarks(c, marks, c.lastmark);
            c.savedLastPtr = c.rep.lastPtr;
            c.rep.lastPtr = ptr;
            return call(J_MAX_UNTIL_2, rpc + 3, c.toplevel);
        }
        return maxUntilTail(c);
    }

    private int maxUntilTail(Ctx c) {
        repeat = c.rep.prev;
        return call(J_MAX_UNTIL_3, c.pc, c.toplevel);
    }

    private int minUntil(Ctx c) {
        c.rep = repeat;
        if (c.rep == null) throw illegal();
        ptr = c.ptr;
        c.count = c.rep.count + 1;
        if (c.count < u(code[c.rep.pc + 1])) {
            c.rep.count = c.count;
            return call(J_MIN_UNTIL_1, c.rep.pc + 3, c.toplevel);
        }
        repeat = c.rep.prev;
        lastmarkSave();
        if (repeat != null) saveMarks(c, marks, c.lastmark);
        return call(J_MIN_UNTIL_2, c.pc, c.toplevel);
    }

    private int possessiveMin(Ctx c) {
        if (c.count < u(code[c.pc + 1])) return call(J_POSS_REPEAT_1, c.pc + 3, false);
        c.savedLastPtr = -1;
        return possessiveNext(c);
    }

    private int possessiveNext(Ctx c) {
        long max = u(code[c.pc + 2]);
        if ((c.count < max || max == MAXREPEAT) && ptr != c.savedLastPtr) {
            lastmarkSave();
            saveMarks(c, marks, c.lastmark);
            c.savedLastPtr = ptr;
            return call(J_POSS_REPEAT_2, c.pc + 3, false);
        }
        c.pc += code[c.pc] + 1;
        c.ptr = ptr;
        return CONTINUE;
    }

    private int assertNot(Ctx c) {
        int back = code[c.pc + 1];
        if (c.ptr >= back) {
            ptr = c.ptr - back;
            lastmarkSave();
            if (repeat != null) saveMarks(c, marks, c.lastmark);
            return call(J_ASSERT_NOT, c.pc + 2, false);
        }
        c.pc += code[c.pc];
        return CONTINUE;
    }

    // ---- resuming a context after its child returned ------------------------------------------

    /** Continues the current context after a child context ended with ret (0 or 1). */
    private int resume(int ret) {
        Ctx c = ctx;
        switch (c.jump) {
            case J_BRANCH:
                if (ret == 1) return 1;
                if (repeat != null) restoreMarks(c);
                lastmarkRestore();
                c.pc += code[c.pc];
                return branchNext();
            case J_REPEAT_ONE:
                if (ret == 1) return 1;
                if (repeat != null) restoreMarks(c);
                lastmarkRestore();
                c.ptr--;
                c.count--;
                return repeatOneNext(c);
            case J_MIN_REPEAT_ONE:
                return resumeMinRepeatOne(c, ret);
            case J_REPEAT:
                repeat = c.rep.prev;
                return ret;
            case J_MAX_UNTIL_1, J_MIN_UNTIL_1:
                if (ret == 1) return 1;
                c.rep.count = c.count - 1;
                ptr = c.ptr;
                return 0;
            case J_MAX_UNTIL_2:
                c.rep.lastPtr = c.savedLastPtr;
                if (ret == 1) return 1;
                restoreMarks(c);
                lastmarkRestore();
                c.rep.count = c.count - 1;
                ptr = c.ptr;
                return maxUntilTail(c);
            case J_MAX_UNTIL_3:
                repeat = c.rep;
                if (ret == 1) return 1;
                ptr = c.ptr;
                return 0;
            case J_MIN_UNTIL_2:
                return resumeMinUntil(c, ret);
            case J_MIN_UNTIL_3:
                c.rep.lastPtr = c.savedLastPtr;
                if (ret == 1) return 1;
                c.rep.count = c.count - 1;
                ptr = c.ptr;
                return 0;
            default:
                return resumeAtomic(c, ret);
        }
    }

    private int resumeMinRepeatOne(Ctx c, int ret) {
        if (ret == 1) return 1;
        if (repeat != null) restoreMarks(c);
        lastmarkRestore();
        ptr = c.ptr;
        if (count(c.pc + 3, 1) == 0) return 0;
        c.ptr++;
        c.count++;
        return minRepeatOneNext(c);
    }

    private int resumeMinUntil(Ctx c, int ret) {
        Repeat tail = repeat;
        repeat = c.rep;
        if (ret == 1) return 1;
        if (tail != null) restoreMarks(c);
        lastmarkRestore();
        ptr = c.ptr;
        long max = u(code[c.rep.pc + 2]);
        if (c.count >= max && max != MAXREPEAT || ptr == c.rep.lastPtr) return 0;
        c.rep.count = c.count;
        c.savedLastPtr = c.rep.lastPtr;
        c.rep.lastPtr = ptr;
        return call(J_MIN_UNTIL_3, c.rep.pc + 3, c.toplevel);
    }

    /** The returns of possessive repeats, atomic groups and lookarounds. */
    private int resumeAtomic(Ctx c, int ret) {
        switch (c.jump) {
            case J_POSS_REPEAT_1:
                if (ret == 0) {
                    ptr = c.ptr;
                    return 0;
                }
                c.count++;
                return possessiveMin(c);
            case J_POSS_REPEAT_2:
                if (ret == 1) {
                    c.count++;
                    return possessiveNext(c);
                }
                restoreMarks(c);
                lastmarkRestore();
                ptr = c.savedLastPtr;
                c.pc += code[c.pc] + 1;
                c.ptr = ptr;
                return CONTINUE;
            case J_ATOMIC:
                if (ret == 0) {
                    ptr = c.ptr;
                    return 0;
                }
                c.pc += code[c.pc];
                c.ptr = ptr;
                return CONTINUE;
            case J_ASSERT:
                if (ret == 0) return 0;
                c.pc += code[c.pc];
                return CONTINUE;
            case J_ASSERT_NOT:
                if (ret == 1) return 0;
                if (repeat != null) restoreMarks(c);
                lastmarkRestore();
                c.pc += code[c.pc];
                return CONTINUE;
            default:
                throw illegal();
        }
    }
}
