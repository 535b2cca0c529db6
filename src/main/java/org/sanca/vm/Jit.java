package org.sanca.vm;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.sanca.bytecode.Opcode.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.sanca.bytecode.StackEffect;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;

/**
 * Compiles a hot code object's 3.11 bytecode to a JVM method, so the JIT sees straight-line
 * code with its values, constants and jumps, instead of the eval loop's dispatch.
 * CPython: none in 3.11 (the eval loop is all there is); 3.13's Python/jit.c is the analogue.
 *
 * <p>The generated method keeps the frame exactly as {@link Eval} keeps it: locals and the value
 * stack live in {@code f.localsplus}, but every stack index is a constant (the depth before each
 * instruction is known statically), there is no instruction pointer, and f_lasti is stored only
 * before an instruction that can raise or call out. An exception is unwound by {@link Unwind},
 * as in the eval loop, and execution continues at the handler's label. Every instruction runs the
 * same helper the eval loop runs, so semantics, messages and tracebacks are the eval loop's.
 *
 * <p>Generators and coroutines compile too: their frames suspend and resume as the eval loop's
 * do, so a frame may move from the eval loop to compiled code at any resumption. Code objects
 * using an instruction this compiler does not handle stay in the eval loop ({@link #compile}
 * returns null).
 */
final class Jit {
    private Jit() {}

    /**
     * A compiled code object: runs frame f from f.ip (0, a loop header the eval loop handed over,
     * or a generator's resumption point) until it returns or yields, raising {@code throwIn}
     * there first when given (generator.throw), exactly as {@link Eval#run} does.
     */
    interface Compiled {
        PyObject run(ThreadState ts, PyFrame f, PyException throwIn);
    }

    /** Calls, or loop iterations, before a code object is compiled (sanca.jit.calls/.backedges set them). */
    static final int CALLS = Integer.getInteger("sanca.jit.calls", 20);
    static final int BACKEDGES = Integer.getInteger("sanca.jit.backedges", 200);
    /** Whether compiling is on (-X nojit or sanca.jit=false turn it off). */
    static volatile boolean enabled = !"false".equals(System.getProperty("sanca.jit"));

    // local variable slots of the generated method
    private static final int TS = 1, F = 2, THROW_IN = 3, X = 4, S = 5, CONSTS = 6, NAMES = 7, RERAISING = 8, EXC = 9, HANDLER = 10, CALLEE = 11;

    private static final ClassDesc CD_PyObject = desc("org.sanca.objects.PyObject");
    private static final ClassDesc CD_PyObjects = CD_PyObject.arrayType();
    private static final ClassDesc CD_PyStr = desc("org.sanca.objects.PyStr");
    private static final ClassDesc CD_PyException = desc("org.sanca.objects.PyException");
    private static final ClassDesc CD_Frame = desc("org.sanca.vm.PyFrame");
    private static final ClassDesc CD_TS = desc("org.sanca.vm.ThreadState");
    private static final ClassDesc CD_Exec = desc("org.sanca.vm.ExecCode");
    private static final ClassDesc CD_Compiled = desc("org.sanca.vm.Jit$Compiled");
    private static final ClassDesc CD_EvalOps = desc("org.sanca.vm.EvalOps");
    private static final ClassDesc CD_Calls = desc("org.sanca.vm.Calls");
    private static final ClassDesc CD_Unwind = desc("org.sanca.vm.Unwind");
    private static final ClassDesc CD_AttrCache = desc("org.sanca.vm.AttrCache");
    private static final ClassDesc CD_JitOps = desc("org.sanca.vm.JitOps");
    private static final ClassDesc CD_Interp = desc("org.sanca.vm.Interpreter");
    private static final ClassDesc CD_Generators = desc("org.sanca.vm.Generators");
    private static final ClassDesc CD_Match = desc("org.sanca.vm.Match");
    private static final ClassDesc CD_Body = desc("org.sanca.objects.Slots$BuiltinBody");
    private static final ClassDesc CD_Throwable = desc("java.lang.Throwable");
    private static final ClassDesc CD_PyTuple = desc("org.sanca.objects.PyTuple");

    private static ClassDesc desc(String name) {
        return ClassDesc.of(name);
    }

    private static MethodTypeDesc mt(ClassDesc ret, ClassDesc... args) {
        return MethodTypeDesc.of(ret, args);
    }

    private static int counter;

    /** Compiles x, or returns null when it cannot be compiled. */
    static Compiled compile(ExecCode x) {
        char[] code = ExecCode.units(x.pycode.codeUnits()); // unquickened: Jit emits its own forms
        try {
            int[] depth = depths(x, code);
            if (depth == null) return null;
            byte[] bytes = generate(x, code, depth);
            int size = runSize(bytes);
            if (size > HUGE && !hugeMethodsCompile) {
                debug(x, "its method would have " + size + " bytes, which HotSpot leaves interpreted");
                return null;
            }
            String dump = System.getProperty("sanca.jit.dump");
            if (dump != null) java.nio.file.Files.write(java.nio.file.Path.of(dump, x.pycode.getName() + ".class"), bytes);
            Class<?> k = VISIBLE ? MethodHandles.lookup().defineClass(bytes)
                    : MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
            return (Compiled) k.getDeclaredConstructor().newInstance();
        } catch (Unsupported e) {
            debug(x, "an instruction is not handled");
            return null;
        } catch (Throwable e) {
            debug(x, e.toString());
            return null;
        }
    }

    /**
     * HotSpot compiles no method over 8,000 bytes of bytecode unless -XX:-DontCompileHugeMethods
     * is given (bin/sanca gives it, with -Dsanca.jit.huge=true); without it, such code is better
     * left to the eval loop, which is compiled.
     */
    static final int HUGE = 8000;
    static boolean hugeMethodsCompile = Boolean.getBoolean("sanca.jit.huge");

    /** The class file of x's compiled form. */
    static byte[] generate(ExecCode x, char[] code, int[] depth) {
        return ClassFile.of().build(desc("org.sanca.vm.JitCode" + nextId()), cb -> {
                cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                cb.withInterfaceSymbols(CD_Compiled);
                cb.withMethodBody("<init>", mt(CD_void), ClassFile.ACC_PUBLIC, c -> {
                    c.aload(0);
                    c.invokespecial(CD_Object, "<init>", mt(CD_void));
                    c.return_();
                });
                cb.withMethodBody("run", mt(CD_PyObject, CD_TS, CD_Frame, CD_PyException), ClassFile.ACC_PUBLIC,
                        c -> new Emitter(c, x, code, depth).method());
            });
    }

    /** The bytecode length of the generated run method. */
    static int runSize(byte[] classFile) {
        for (var m : ClassFile.of().parse(classFile).methods()) {
            if (m.methodName().equalsString("run") && m.code().orElse(null) instanceof java.lang.classfile.attribute.CodeAttribute a) {
                return a.codeLength();
            }
        }
        return 0;
    }

    private static final boolean DEBUG = Boolean.getBoolean("sanca.jit.debug");
    /**
     * With -Dsanca.jit.visible=true, compiled classes are ordinary classes (never unloaded), so
     * profilers such as JFR, which leave hidden classes' frames out, show the time spent in them.
     */
    private static final boolean VISIBLE = Boolean.getBoolean("sanca.jit.visible");

    /** With -Dsanca.jit.debug=true, says on stderr why a code object stays in the eval loop. */
    private static void debug(ExecCode x, String why) {
        if (DEBUG) System.err.println("sanca.jit: " + x.pycode.getName() + " (" + x.pycode.getFilename() + ":"
                + x.pycode.getFirstlineno() + ") not compiled: " + why);
    }

    private static synchronized int nextId() {
        return ++counter;
    }

    /** Thrown when the emitter meets an instruction it does not handle (its switch's default). */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The stack depth before each reachable instruction (-1 elsewhere), or null where two paths disagree. */
    private static int[] depths(ExecCode x, char[] code) {
        int[] depth = new int[code.length + 1];
        Arrays.fill(depth, -1);
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.add(new int[] {0, 0});
        ExceptionTable table = x.exceptionTable;
        for (int k = 0; k < table.size(); k++) {
            int i = 4 * k; // the table's accessors take an entry's position, as find() returns it
            work.add(new int[] {table.target(i), table.depth(i) + (table.pushesLasti(i) ? 1 : 0) + 1});
        }
        while (!work.isEmpty()) {
            int[] w = work.poll();
            int at = w[0], d = w[1];
            while (at < code.length) {
                if (depth[at] >= 0) {
                    if (depth[at] != d) {
                        debug(x, "stack depth " + depth[at] + " and " + d + " at " + at);
                        return null;
                    }
                    break;
                }
                depth[at] = d;
                int start = at;
                int op = code[at] & 0xff, arg = code[at] >>> 8;
                while (op == EXTENDED_ARG) {
                    at++;
                    depth[at] = d;
                    op = code[at] & 0xff;
                    arg = arg << 8 | code[at] >>> 8;
                }
                int next = at + 1 + CACHE_ENTRIES[op];
                int target = jumpTarget(op, arg, next);
                if (target >= 0) work.add(new int[] {target, d + effect(op, arg, 1)});
                if (ends(op)) break;
                d += effect(op, arg, 0);
                at = next;
                if (start == at) return null;
            }
        }
        return depth;
    }

    /**
     * The stack effect as the stack really is between instructions: compile.c counts CALL's pops
     * at PRECALL, but the operands stay on the stack until CALL takes them.
     */
    private static int effect(int op, int arg, int jump) {
        if (op == PRECALL) return 0;
        if (op == CALL) return -arg - 1;
        if (op == RETURN_GENERATOR) return 1; // what the first resumption pushes (and POP_TOP pops)
        return StackEffect.of(op, arg, jump);
    }

    /** The target of a jump instruction whose next instruction is at {@code next}, or -1. */
    static int jumpTarget(int op, int arg, int next) {
        return switch (op) {
            case SEND, JUMP_FORWARD, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> next + arg;
            case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                 POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> next - arg;
            default -> -1;
        };
    }

    private static boolean ends(int op) {
        return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE || op == JUMP_FORWARD
                || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** Writes one code object's method. */
    private static final class Emitter {
        private final CodeBuilder c;
        private final ExecCode x;
        private final char[] code;
        private final int[] depth;
        private final Label[] labels;
        private final int base;
        private final Label unwind;

        Emitter(CodeBuilder c, ExecCode x, char[] code, int[] depth) {
            this.c = c;
            this.x = x;
            this.code = code;
            this.depth = depth;
            this.labels = new Label[code.length + 1];
            for (int i = 0; i < labels.length; i++) labels[i] = c.newLabel();
            this.base = x.nlocalsplus;
            this.unwind = c.newLabel();
        }

        void method() {
            Label start = c.newLabel(), end = c.newLabel();
            fieldToLocal(F, CD_Frame, "exec", CD_Exec, X);
            fieldToLocal(F, CD_Frame, "localsplus", CD_PyObjects, S);
            fieldToLocal(X, CD_Exec, "consts", CD_PyObjects, CONSTS);
            fieldToLocal(X, CD_Exec, "names", CD_PyObjects, NAMES);
            c.iconst_0();
            c.istore(RERAISING);
            c.labelBinding(start);
            Label noThrow = c.newLabel();
            c.aload(THROW_IN);
            c.ifnull(noThrow);
            c.aload(THROW_IN);
            c.athrow();
            c.labelBinding(noThrow);
            loopEntries();
            PyObject kw = null;
            for (int at = 0; at < code.length; at++) {
                c.labelBinding(labels[at]);
                if (depth[at] < 0) continue;
                int first = at;
                int op = code[at] & 0xff, arg = code[at] >>> 8;
                while (op == EXTENDED_ARG) {
                    at++;
                    c.labelBinding(labels[at]);
                    op = code[at] & 0xff;
                    arg = arg << 8 | code[at] >>> 8;
                }
                int next = at + 1 + CACHE_ENTRIES[op];
                // The "line numbers" of a compiled class are its instructions' offsets as dis shows
                // them, so JVM stack traces and profilers name the Python instruction.
                c.lineNumber(2 * at);
                instruction(op, arg, at, depth[first], next, kw);
                kw = op == KW_NAMES ? x.consts[arg] : op == PRECALL ? kw : null;
                for (int k = at + 1; k < next; k++) c.labelBinding(labels[k]);
                at = next - 1;
            }
            c.labelBinding(labels[code.length]);
            c.labelBinding(end);
            // falling off the end cannot happen: the compiler always ends with RETURN_VALUE or a raise
            c.aconst_null();
            c.areturn();
            handlers(start, end);
        }

        /**
         * Entering at f.ip: 0 for a fresh frame, the loop header where the eval loop handed the
         * frame over, or where a generator resumes (after RETURN_GENERATOR or YIELD_VALUE, or at
         * a SEND's target when a delegation ended); the stack is in f.localsplus throughout.
         */
        private void loopEntries() {
            java.util.TreeSet<Integer> heads = new java.util.TreeSet<>();
            heads.add(0);
            int arg = 0;
            for (int at = 0; at < code.length; at++) {
                int op = code[at] & 0xff;
                arg = arg << 8 | code[at] >>> 8;
                if (op == EXTENDED_ARG) continue;
                int next = at + 1 + CACHE_ENTRIES[op];
                int target = jumpTarget(op, arg, next);
                if (depth[at] >= 0 && target >= 0 && target <= at) heads.add(target);
                if (depth[at] >= 0 && (op == YIELD_VALUE || op == RETURN_GENERATOR)) heads.add(next);
                if (depth[at] >= 0 && op == SEND) heads.add(next + arg);
                arg = 0;
                at += CACHE_ENTRIES[op];
            }
            if (heads.size() == 1) return;
            java.util.List<java.lang.classfile.instruction.SwitchCase> cases = new java.util.ArrayList<>();
            for (int h : heads) cases.add(java.lang.classfile.instruction.SwitchCase.of(h, labels[h]));
            Label bad = c.newLabel();
            c.aload(F);
            c.getfield(CD_Frame, "ip", CD_int);
            c.lookupswitch(bad, cases);
            c.labelBinding(bad);
            c.aload(F);
            c.getfield(CD_Frame, "ip", CD_int);
            jit("badEntry", CD_PyException, CD_int);
            c.athrow();
        }

        /** The catch clauses: PyException and StackOverflowError (as RecursionError) go to Unwind. */
        private void handlers(Label start, Label end) {
            Label pyexc = c.newLabel(), overflow = c.newLabel();
            c.exceptionCatch(start, end, pyexc, CD_PyException);
            c.exceptionCatch(start, end, overflow, desc("java.lang.StackOverflowError"));
            // Each handler is entered by its exception only (C1 refuses a method whose handler normal
            // control flow also reaches); both go on to the unwinding.
            Label unwinding = c.newLabel();
            c.labelBinding(overflow);
            c.pop();
            c.invokestatic(CD_Unwind, "recursionError", mt(CD_PyException));
            c.astore(EXC);
            c.goto_(unwinding);
            c.labelBinding(pyexc);
            c.astore(EXC);
            c.labelBinding(unwinding);
            c.aload(TS);
            c.aload(F);
            c.aload(EXC);
            c.iload(RERAISING);
            jit("unwind", CD_int, CD_TS, CD_Frame, CD_PyException, CD_int);
            c.istore(HANDLER);
            c.iconst_0();
            c.istore(RERAISING);
            ExceptionTable table = x.exceptionTable;
            int n = table.size();
            int[] targets = new int[n];
            for (int k = 0; k < n; k++) targets[k] = table.target(4 * k);
            int[] keys = Arrays.stream(targets).distinct().sorted().toArray();
            Label rethrow = c.newLabel(), unknown = c.newLabel();
            c.iload(HANDLER);
            c.iflt(rethrow);
            java.util.List<java.lang.classfile.instruction.SwitchCase> cases = new java.util.ArrayList<>();
            for (int k : keys) cases.add(java.lang.classfile.instruction.SwitchCase.of(k, labels[k]));
            c.iload(HANDLER);
            c.lookupswitch(unknown, cases);
            c.labelBinding(unknown);
            c.iload(HANDLER);
            jit("badEntry", CD_PyException, CD_int);
            c.athrow();
            c.labelBinding(rethrow);
            c.aload(EXC);
            c.athrow();
        }

        // ---- helpers

        private int sp(int d) {
            return base + d;
        }

        /** Marks what follows as re-raising from the instruction at {@code at} (RERAISING holds at + 1). */
        private void reraising(int at) {
            c.loadConstant(at + 1);
            c.istore(RERAISING);
        }

        private void lasti(int at) {
            frameInt("lasti", at);
        }

        /** f.field = value, for the frame's int fields (lasti, ip, sp). */
        private void frameInt(String field, int value) {
            c.aload(F);
            c.loadConstant(value);
            c.putfield(CD_Frame, field, CD_int);
        }

        /** local = owner.field, the prologue's loads. */
        private void fieldToLocal(int owner, ClassDesc ownerType, String field, ClassDesc type, int local) {
            c.aload(owner);
            c.getfield(ownerType, field, type);
            c.astore(local);
        }

        /** Pushes element i of the array in local slot {@code array} on the JVM stack. */
        private void element(int array, int i) {
            c.aload(array);
            c.loadConstant(i);
            c.aaload();
        }

        /** Pushes s[i] on the JVM stack. */
        private void load(int i) {
            element(S, i);
        }

        /** s[i] = null. */
        private void clear(int i) {
            c.aload(S);
            c.loadConstant(i);
            c.aconst_null();
            c.aastore();
        }

        private void arrayIndex(int i) {
            c.aload(S);
            c.loadConstant(i);
        }

        /**
         * CALL's specialised builtin forms at this call site: when the callable is a builtin function,
         * or a method descriptor applying to self, its body is called right here, so the JVM profiles
         * (and inlines) each site's own body; otherwise falls through to the general call.
         */
        private void builtinCall(int base, int sp, int nargs, Label done) {
            Label general = c.newLabel();
            c.aload(X);
            c.aload(S);
            c.loadConstant(base);
            c.loadConstant(nargs);
            jit("builtinBody", CD_Body, CD_Exec, CD_PyObjects, CD_int, CD_int);
            c.dup();
            c.ifnull(general);
            c.aload(S);
            c.loadConstant(base);
            jit("builtinQualname", CD_String, CD_PyObjects, CD_int);
            c.aload(S);
            c.loadConstant(base);
            jit("builtinSelf", CD_PyObject, CD_PyObjects, CD_int);
            c.aload(S);
            c.loadConstant(base + 2);
            c.loadConstant(nargs);
            c.aconst_null();
            c.invokeinterface(CD_Body, "callBody",
                    mt(CD_PyObject, CD_String, CD_PyObject, CD_PyObjects, CD_int, CD_int, CD_PyTuple));
            c.aload(S);
            c.loadConstant(base);
            c.loadConstant(sp);
            jit("callDone", CD_void, CD_PyObject, CD_PyObjects, CD_int, CD_int);
            c.goto_(done);
            c.labelBinding(general);
            c.pop();
        }

        /**
         * CALL of a Python function whose code is already compiled: its frame is made and entered by
         * JitOps.pythonFrame, and its compiled run called right here, so the JVM sees one callee at
         * this site (and may inline it); the frame is left again on return or exception. Otherwise
         * falls through to the general call.
         */
        private void pythonCall(int base, int sp, int nargs, Label done) {
            Label general = c.newLabel(), tryStart = c.newLabel(), tryEnd = c.newLabel(), failed = c.newLabel();
            c.aload(TS);
            c.aload(S);
            c.loadConstant(base);
            c.loadConstant(nargs);
            jit("pythonFrame", CD_Frame, CD_TS, CD_PyObjects, CD_int, CD_int);
            c.dup();
            c.astore(CALLEE);
            c.ifnull(general);
            c.aload(CALLEE);
            c.getfield(CD_Frame, "exec", CD_Exec);
            c.invokevirtual(CD_Exec, "compiledCode", mt(CD_Compiled));
            c.aload(TS);
            c.aload(CALLEE);
            c.aconst_null();
            c.labelBinding(tryStart);
            c.invokeinterface(CD_Compiled, "run", mt(CD_PyObject, CD_TS, CD_Frame, CD_PyException));
            c.labelBinding(tryEnd);
            c.aload(TS);
            c.aload(CALLEE);
            c.aload(S);
            c.loadConstant(base);
            c.loadConstant(sp);
            jit("pythonCallDone", CD_void, CD_PyObject, CD_TS, CD_Frame, CD_PyObjects, CD_int, CD_int);
            c.goto_(done);
            // inside the method's own handlers' range, so the rethrown exception unwinds this frame
            c.exceptionCatchAll(tryStart, tryEnd, failed);
            c.labelBinding(failed);
            c.aload(TS);
            c.aload(CALLEE);
            jit("pythonCallFailed", CD_Throwable, CD_Throwable, CD_TS, CD_Frame);
            c.athrow();
            c.labelBinding(general);
        }

        private void ops(String name, ClassDesc ret, ClassDesc... args) {
            c.invokestatic(CD_EvalOps, name, mt(ret, args));
        }

        private void jit(String name, ClassDesc ret, ClassDesc... args) {
            c.invokestatic(CD_JitOps, name, mt(ret, args));
        }

        private void constant(int i) {
            element(CONSTS, i);
        }

        private void name(int i) {
            element(NAMES, i);
        }

        /** A static call of the (s, sp, arg) -> sp shape; the new sp is known, so it is dropped. */
        private void stackOp(ClassDesc owner, String name, int sp, int arg) {
            c.aload(S);
            c.loadConstant(sp);
            c.loadConstant(arg);
            c.invokestatic(owner, name, mt(CD_int, CD_PyObjects, CD_int, CD_int));
            c.pop();
        }

        /** Jumps to target when the boolean on the JVM stack is onTrue; a backward jump checks for Ctrl-C first. */
        private void jumpIf(boolean onTrue, int target, int at) {
            if (target > at) {
                if (onTrue) c.ifne(labels[target]);
                else c.ifeq(labels[target]);
                return;
            }
            Label stay = c.newLabel();
            if (onTrue) c.ifeq(stay);
            else c.ifne(stay);
            interruptCheck(at);
            c.goto_(labels[target]);
            c.labelBinding(stay);
        }

        private void instruction(int op, int arg, int at, int d, int next, PyObject kw) {
            int sp = sp(d);
            switch (op) {
                case NOP, CACHE, KW_NAMES -> { }
                case RESUME -> interruptCheck(at);
                case LOAD_FAST -> {
                    arrayIndex(sp);
                    load(arg);
                    c.dup();
                    Label ok = c.newLabel();
                    c.ifnonnull(ok);
                    lasti(at);
                    c.aload(X);
                    c.loadConstant(arg);
                    ops("unboundLocal", CD_PyException, CD_Exec, CD_int);
                    c.athrow();
                    c.labelBinding(ok);
                    c.aastore();
                }
                case LOAD_CONST -> {
                    arrayIndex(sp);
                    constant(arg);
                    c.aastore();
                }
                case STORE_FAST -> {
                    arrayIndex(arg);
                    load(sp - 1);
                    c.aastore();
                }
                case DELETE_FAST -> {
                    lasti(at);
                    c.aload(X);
                    c.aload(S);
                    c.loadConstant(arg);
                    jit("deleteFast", CD_void, CD_Exec, CD_PyObjects, CD_int);
                }
                case POP_TOP -> clear(sp - 1);
                case PUSH_NULL -> clear(sp);
                case COPY -> {
                    arrayIndex(sp);
                    load(sp - arg);
                    c.aastore();
                }
                case SWAP -> {
                    c.aload(S);
                    c.loadConstant(sp - 1);
                    c.loadConstant(sp - arg);
                    jit("swap", CD_void, CD_PyObjects, CD_int, CD_int);
                }
                case BINARY_OP -> binaryOp(arg, at, sp);
                case COMPARE_OP -> {
                    int jump = next < code.length ? code[next] & 0xff : -1;
                    if (Specialize.isBoolJump(jump) && depth[next] >= 0) compareJump(arg, at, sp, next);
                        else binary(at, sp, () -> {
                        c.loadConstant(arg);
                        ops("compare", CD_PyObject, CD_PyObject, CD_PyObject, CD_int);
                    });
                }
                case IS_OP, CONTAINS_OP -> {
                    lasti(at);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    jit(op == IS_OP ? "isOp" : "containsOp", CD_void, CD_PyObjects, CD_int, CD_int);
                }
                case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    c.loadConstant(op);
                    load(sp - 1);
                    ops("unary", CD_PyObject, CD_int, CD_PyObject);
                    c.aastore();
                }
                case BINARY_SUBSCR -> binary(at, sp, () -> ops("getItem", CD_PyObject, CD_PyObject, CD_PyObject));
                case STORE_SUBSCR -> {
                    lasti(at);
                    load(sp - 2);
                    load(sp - 1);
                    load(sp - 3);
                    ops("setItem", CD_void, CD_PyObject, CD_PyObject, CD_PyObject);
                    for (int k = 1; k <= 3; k++) clear(sp - k);
                }
                case DELETE_SUBSCR -> {
                    lasti(at);
                    load(sp - 2);
                    load(sp - 1);
                    ops("delItem", CD_void, CD_PyObject, CD_PyObject);
                    clear(sp - 1);
                    clear(sp - 2);
                }
                case LOAD_GLOBAL -> {
                    lasti(at);
                    int top = sp;
                    if ((arg & 1) != 0) clear(top++);
                    arrayIndex(top);
                    c.aload(F);
                    name(arg >> 1);
                    c.loadConstant(at);
                    ops("loadGlobal", CD_PyObject, CD_Frame, CD_PyObject, CD_int);
                    c.aastore();
                }
                case STORE_GLOBAL -> {
                    lasti(at);
                    c.aload(F);
                    name(arg);
                    load(sp - 1);
                    jit("storeGlobal", CD_void, CD_Frame, CD_PyObject, CD_PyObject);
                    clear(sp - 1);
                }
                case LOAD_ATTR -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    c.aload(X);
                    c.loadConstant(at);
                    load(sp - 1);
                    name(arg);
                    c.checkcast(CD_PyStr);
                    c.invokestatic(CD_AttrCache, "load", mt(CD_PyObject, CD_Exec, CD_int, CD_PyObject, CD_PyStr));
                    c.aastore();
                }
                case LOAD_METHOD -> {
                    lasti(at);
                    c.aload(X);
                    c.loadConstant(at);
                    c.aload(S);
                    c.loadConstant(sp);
                    name(arg);
                    c.checkcast(CD_PyStr);
                    c.invokestatic(CD_AttrCache, "loadMethod",
                            mt(CD_int, CD_Exec, CD_int, CD_PyObjects, CD_int, CD_PyStr));
                    c.pop();
                }
                case STORE_ATTR -> {
                    lasti(at);
                    c.aload(X);
                    c.loadConstant(at);
                    load(sp - 1);
                    name(arg);
                    c.checkcast(CD_PyStr);
                    load(sp - 2);
                    c.invokestatic(CD_AttrCache, "store",
                            mt(CD_void, CD_Exec, CD_int, CD_PyObject, CD_PyStr, CD_PyObject));
                    clear(sp - 1);
                    clear(sp - 2);
                }
                case DELETE_ATTR -> {
                    lasti(at);
                    load(sp - 1);
                    name(arg);
                    c.aconst_null();
                    ops("setAttr", CD_void, CD_PyObject, CD_PyObject, CD_PyObject);
                    clear(sp - 1);
                }
                case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, COPY_FREE_VARS -> {
                    lasti(at);
                    c.aload(F);
                    c.loadConstant(sp);
                    c.loadConstant(op);
                    c.loadConstant(arg);
                    jit("cellOp", CD_void, CD_Frame, CD_int, CD_int, CD_int);
                }
                case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, LIST_TO_TUPLE -> {
                    lasti(at);
                    c.loadConstant(op);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    ops("build", CD_int, CD_int, CD_PyObjects, CD_int, CD_int);
                    c.pop();
                }
                case BUILD_MAP -> { lasti(at); stackOp(CD_EvalOps, "buildMap", sp, arg); }
                case BUILD_CONST_KEY_MAP -> { lasti(at); stackOp(CD_EvalOps, "buildConstKeyMap", sp, arg); }
                case BUILD_SLICE -> { lasti(at); stackOp(CD_EvalOps, "buildSlice", sp, arg); }
                case UNPACK_SEQUENCE -> { lasti(at); stackOp(CD_EvalOps, "unpackSequence", sp, arg); }
                case UNPACK_EX -> { lasti(at); stackOp(CD_EvalOps, "unpackEx", sp, arg); }
                case FORMAT_VALUE -> { lasti(at); stackOp(CD_EvalOps, "formatValue", sp, arg); }
                case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, MAP_ADD, DICT_MERGE -> {
                    lasti(at);
                    c.loadConstant(op);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    ops(op == MAP_ADD || op == DICT_MERGE ? "mapAdd" : "addTo", CD_int, CD_int, CD_PyObjects, CD_int,
                            CD_int);
                    c.pop();
                }
                case PRECALL -> {
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    c.invokestatic(CD_Calls, "unpackMethod", mt(CD_void, CD_PyObjects, CD_int, CD_int));
                }
                case CALL -> {
                    lasti(at);
                    frameInt("sp", sp);
                    Label done = c.newLabel();
                    if (kw == null) {
                        builtinCall(sp - arg - 2, sp, arg, done);
                        pythonCall(sp - arg - 2, sp, arg, done);
                    }
                    c.aload(TS);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    if (kw == null) c.aconst_null();
                    else constant(indexOf(kw));
                    c.invokestatic(CD_Calls, "callFromStack", mt(CD_int, CD_TS, CD_PyObjects, CD_int, CD_int, CD_PyObject));
                    c.pop();
                    c.labelBinding(done);
                }
                case CALL_FUNCTION_EX -> {
                    lasti(at);
                    c.aload(TS);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    c.invokestatic(CD_Calls, "callFunctionEx", mt(CD_int, CD_TS, CD_PyObjects, CD_int, CD_int));
                    c.pop();
                }
                case MAKE_FUNCTION -> {
                    lasti(at);
                    c.aload(F);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    ops("makeFunction", CD_int, CD_Frame, CD_PyObjects, CD_int, CD_int);
                    c.pop();
                }
                case LOAD_ASSERTION_ERROR -> {
                    arrayIndex(sp);
                    ops("assertionError", CD_PyObject);
                    c.aastore();
                }
                case GET_ITER -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    load(sp - 1);
                    ops("getIter", CD_PyObject, CD_PyObject);
                    c.aastore();
                }
                case GET_LEN -> {
                    lasti(at);
                    arrayIndex(sp);
                    load(sp - 1);
                    ops("len", CD_PyObject, CD_PyObject);
                    c.aastore();
                }
                case FOR_ITER -> {
                    lasti(at);
                    load(sp - 1);
                    ops("next", CD_PyObject, CD_PyObject);
                    c.dup();
                    Label done = c.newLabel();
                    c.ifnull(done);
                    c.aload(S);
                    c.swap();
                    c.loadConstant(sp);
                    c.swap();
                    c.aastore();
                    c.goto_(labels[next]);
                    c.labelBinding(done);
                    c.pop();
                    clear(sp - 1);
                    c.goto_(labels[next + arg]);
                }
                case JUMP_FORWARD -> c.goto_(labels[next + arg]);
                case JUMP_BACKWARD -> {
                    c.aload(X);
                    c.invokevirtual(CD_Exec, "warm", mt(CD_void)); // as the eval loop counts it (ExecCode.warm)
                    interruptCheck(at);
                    c.goto_(labels[next - arg]);
                }
                case JUMP_BACKWARD_NO_INTERRUPT -> c.goto_(labels[next - arg]);
                case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                     POP_JUMP_BACKWARD_IF_TRUE -> {
                    lasti(at);
                    load(sp - 1);
                    clear(sp - 1);
                    ops("isTrue", CD_boolean, CD_PyObject);
                    jumpIf(op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE, jumpTarget(op, arg, next), at);
                }
                case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE,
                     POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                    load(sp - 1);
                    clear(sp - 1);
                    jit("isNone", CD_boolean, CD_PyObject);
                    jumpIf(op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE, jumpTarget(op, arg, next), at);
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    lasti(at);
                    load(sp - 1);
                    ops("isTrue", CD_boolean, CD_PyObject);
                    jumpIf(op == JUMP_IF_TRUE_OR_POP, next + arg, at);
                    clear(sp - 1);
                }
                case RETURN_VALUE -> {
                    lasti(at);
                    load(sp - 1);
                    c.aload(F);
                    c.loadConstant(sp - 1);
                    c.invokevirtual(CD_Frame, "finish", mt(CD_void, CD_int));
                    c.areturn();
                }
                case RAISE_VARARGS -> {
                    lasti(at);
                    if (arg == 0) reraising(at);
                    c.aload(TS);
                    c.aload(F);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    c.invokestatic(CD_Unwind, "raise", mt(CD_PyException, CD_TS, CD_Frame, CD_PyObjects, CD_int, CD_int));
                    c.athrow();
                }
                case RERAISE -> {
                    lasti(at);
                    reraising(at);
                    frameInt("sp", sp);
                    c.aload(F);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.loadConstant(arg);
                    c.invokestatic(CD_Unwind, "reraise", mt(CD_PyException, CD_Frame, CD_PyObjects, CD_int, CD_int));
                    c.athrow();
                }
                case PUSH_EXC_INFO -> {
                    c.aload(TS);
                    c.aload(S);
                    c.loadConstant(sp);
                    jit("pushExcInfo", CD_void, CD_TS, CD_PyObjects, CD_int);
                }
                case POP_EXCEPT -> {
                    c.aload(TS);
                    load(sp - 1);
                    c.invokevirtual(CD_TS, "setHandled", mt(CD_void, CD_PyObject));
                    clear(sp - 1);
                }
                case CHECK_EXC_MATCH -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    load(sp - 2);
                    load(sp - 1);
                    c.invokestatic(CD_Unwind, "checkExcMatch", mt(CD_PyObject, CD_PyObject, CD_PyObject));
                    c.aastore();
                }
                case BEFORE_WITH -> {
                    lasti(at);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.iconst_0();
                    ops("beforeWith", CD_int, CD_PyObjects, CD_int, CD_boolean);
                    c.pop();
                }
                case WITH_EXCEPT_START -> {
                    lasti(at);
                    arrayIndex(sp);
                    c.aload(S);
                    c.loadConstant(sp);
                    ops("withExceptStart", CD_PyObject, CD_PyObjects, CD_int);
                    c.aastore();
                }
                case LOAD_NAME -> {
                    lasti(at);
                    arrayIndex(sp);
                    c.aload(F);
                    name(arg);
                    ops("loadName", CD_PyObject, CD_Frame, CD_PyObject);
                    c.aastore();
                }
                case STORE_NAME -> {
                    lasti(at);
                    c.aload(F);
                    name(arg);
                    load(sp - 1);
                    ops("storeName", CD_void, CD_Frame, CD_PyObject, CD_PyObject);
                    clear(sp - 1);
                }
                case DELETE_NAME -> {
                    lasti(at);
                    c.aload(F);
                    name(arg);
                    ops("deleteName", CD_void, CD_Frame, CD_PyObject);
                }
                case IMPORT_NAME -> {
                    lasti(at);
                    c.aload(F);
                    c.aload(S);
                    c.loadConstant(sp);
                    name(arg);
                    c.invokestatic(desc("org.sanca.vm.Imports"), "importName", mt(CD_int, CD_Frame, CD_PyObjects, CD_int, CD_PyObject));
                    c.pop();
                }
                case IMPORT_FROM -> {
                    lasti(at);
                    arrayIndex(sp);
                    load(sp - 1);
                    name(arg);
                    c.invokestatic(desc("org.sanca.vm.Imports"), "importFrom", mt(CD_PyObject, CD_PyObject, CD_PyObject));
                    c.aastore();
                }
                case LOAD_BUILD_CLASS -> {
                    lasti(at);
                    arrayIndex(sp);
                    c.aload(F);
                    ops("loadBuildClass", CD_PyObject, CD_Frame);
                    c.aastore();
                }
                case SETUP_ANNOTATIONS -> {
                    lasti(at);
                    c.aload(F);
                    ops("setupAnnotations", CD_void, CD_Frame);
                }
                case RETURN_GENERATOR -> {
                    lasti(at);
                    frameInt("ip", next);
                    frameInt("sp", sp);
                    c.aload(F);
                    c.invokestatic(CD_Generators, "make", mt(CD_PyObject, CD_Frame));
                    c.areturn();
                }
                case YIELD_VALUE -> {
                    lasti(at);
                    load(sp - 1);
                    clear(sp - 1);
                    c.aload(F);
                    c.loadConstant(next);
                    c.loadConstant(sp - 1);
                    c.invokevirtual(CD_Frame, "suspend", mt(CD_void, CD_int, CD_int));
                    c.areturn();
                }
                case SEND -> {
                    lasti(at);
                    frameInt("sp", sp);
                    c.aload(TS);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.invokestatic(CD_Generators, "send", mt(CD_int, CD_TS, CD_PyObjects, CD_int));
                    c.iflt(labels[next + arg]);
                }
                case ASYNC_GEN_WRAP, GET_AITER, GET_YIELD_FROM_ITER -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    if (op == GET_YIELD_FROM_ITER) {
                        c.aload(X);
                        load(sp - 1);
                        ops("getYieldFromIter", CD_PyObject, CD_Exec, CD_PyObject);
                    } else {
                        load(sp - 1);
                        c.invokestatic(CD_Generators, op == GET_AITER ? "getAIter" : "asyncGenWrap",
                                mt(CD_PyObject, CD_PyObject));
                    }
                    c.aastore();
                }
                case GET_AWAITABLE -> {
                    lasti(at);
                    arrayIndex(sp - 1);
                    load(sp - 1);
                    c.loadConstant(arg);
                    c.invokestatic(CD_Generators, "getAwaitable", mt(CD_PyObject, CD_PyObject, CD_int));
                    c.aastore();
                }
                case GET_ANEXT -> {
                    lasti(at);
                    arrayIndex(sp);
                    load(sp - 1);
                    c.invokestatic(CD_Generators, "getANext", mt(CD_PyObject, CD_PyObject));
                    c.aastore();
                }
                case BEFORE_ASYNC_WITH -> {
                    lasti(at);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.iconst_1();
                    ops("beforeWith", CD_int, CD_PyObjects, CD_int, CD_boolean);
                    c.pop();
                }
                case END_ASYNC_FOR -> {
                    lasti(at);
                    reraising(at);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.invokestatic(CD_Unwind, "endAsyncFor", mt(CD_int, CD_PyObjects, CD_int));
                    c.pop();
                    c.iconst_0();
                    c.istore(RERAISING);
                }
                case LOAD_CLASSDEREF -> {
                    lasti(at);
                    arrayIndex(sp);
                    c.aload(F);
                    c.loadConstant(arg);
                    ops("loadClassDeref", CD_PyObject, CD_Frame, CD_int);
                    c.aastore();
                }
                case DELETE_GLOBAL -> {
                    lasti(at);
                    c.aload(F);
                    name(arg);
                    ops("deleteGlobal", CD_void, CD_Frame, CD_PyObject);
                }
                case IMPORT_STAR -> {
                    lasti(at);
                    c.aload(F);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.invokestatic(desc("org.sanca.vm.Imports"), "importStar", mt(CD_int, CD_Frame, CD_PyObjects, CD_int));
                    c.pop();
                }
                case MATCH_MAPPING, MATCH_SEQUENCE -> {
                    lasti(at);
                    arrayIndex(sp);
                    c.loadConstant(op);
                    load(sp - 1);
                    c.invokestatic(CD_Match, "matchKind", mt(CD_PyObject, CD_int, CD_PyObject));
                    c.aastore();
                }
                case MATCH_KEYS -> {
                    lasti(at);
                    arrayIndex(sp);
                    load(sp - 2);
                    load(sp - 1);
                    c.invokestatic(CD_Match, "matchKeys", mt(CD_PyObject, CD_PyObject, CD_PyObject));
                    c.aastore();
                }
                case MATCH_CLASS -> {
                    lasti(at);
                    stackOp(CD_Match, "matchClass", sp, arg);
                }
                case CHECK_EG_MATCH -> {
                    lasti(at);
                    c.aload(TS);
                    c.aload(S);
                    c.loadConstant(sp);
                    c.invokestatic(desc("org.sanca.vm.ExceptionGroups"), "checkEgMatch", mt(CD_void, CD_TS, CD_PyObjects, CD_int));
                }
                case PREP_RERAISE_STAR -> {
                    lasti(at);
                    arrayIndex(sp - 2);
                    load(sp - 2);
                    load(sp - 1);
                    c.invokestatic(desc("org.sanca.vm.ExceptionGroups"), "prepReraiseStar", mt(CD_PyObject, CD_PyObject, CD_PyObject));
                    c.aastore();
                    clear(sp - 1);
                }
                case PRINT_EXPR -> {
                    lasti(at);
                    load(sp - 1);
                    clear(sp - 1);
                    ops("printExpr", CD_void, CD_PyObject);
                }
                default -> throw new Unsupported();
            }
        }

        private int indexOf(PyObject k) {
            for (int i = 0; i < x.consts.length; i++) if (x.consts[i] == k) return i;
            throw new Unsupported();
        }

        private void interruptCheck(int at) {
            Label go = c.newLabel();
            c.getstatic(CD_Interp, "interruptPending", CD_boolean);
            c.ifeq(go);
            lasti(at);
            c.invokestatic(CD_Interp, "takeInterrupt", mt(CD_PyException));
            c.athrow();
            c.labelBinding(go);
        }

        /** left, right -> result of the operation the runnable emits (its operands on the JVM stack). */
        private void binary(int at, int sp, Runnable operation) {
            lasti(at);
            arrayIndex(sp - 2);
            load(sp - 2);
            load(sp - 1);
            operation.run();
            c.aastore();
            clear(sp - 1);
        }

        private void binaryOp(int arg, int at, int sp) {
            String helper = switch (arg) {
                case NB_ADD, NB_INPLACE_ADD -> "add";
                case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> "subtract";
                case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> "multiply";
                default -> "binaryOp";
            };
            lasti(at);
            arrayIndex(sp - 2);
            c.loadConstant(arg);
            load(sp - 2);
            load(sp - 1);
            ops(helper, CD_PyObject, CD_int, CD_PyObject, CD_PyObject);
            c.aastore();
            clear(sp - 1);
        }

        /** COMPARE_OP followed by a POP_JUMP_*_IF_TRUE/FALSE: one test, no bool stored. */
        private void compareJump(int arg, int at, int sp, int jumpAt) {
            int jump = code[jumpAt] & 0xff, jarg = code[jumpAt] >>> 8;
            lasti(at);
            load(sp - 2);
            load(sp - 1);
            clear(sp - 1);
            clear(sp - 2);
            c.loadConstant(arg);
            ops("compare", CD_PyObject, CD_PyObject, CD_PyObject, CD_int);
            // the jump's own instruction still follows; it pops a bool we never pushed, so skip it:
            // errors of __bool__ belong to the jump, as in the eval loop
            lasti(jumpAt);
            ops("isTrue", CD_boolean, CD_PyObject);
            int target = jumpTarget(jump, jarg, jumpAt + 1);
            jumpIf(jump == POP_JUMP_FORWARD_IF_TRUE || jump == POP_JUMP_BACKWARD_IF_TRUE, target, jumpAt);
            c.goto_(labels[jumpAt + 1]);
        }
    }
}
