package org.sanca.modules;

import org.sanca.vm.Calls;
import org.sanca.vm.PyCell;
import org.sanca.vm.PyFunction;
import org.sanca.vm.PyFrame;
import java.nio.charset.StandardCharsets;

import org.sanca.ast.ModTy;
import org.sanca.compiler.AstValidator;
import org.sanca.runtime.Util;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.runtime.Compile;
import org.sanca.runtime.Frames;
import org.sanca.runtime.Importer;
import org.sanca.runtime.PySystemState;

/**
 * The builtins that run code or create classes: compile, exec, eval, __build_class__,
 * __import__, input.
 * CPython: Python/bltinmodule.c (builtin_compile_impl, builtin_exec_impl, builtin_eval_impl,
 * builtin___build_class__, builtin___import__, builtin_input_impl).
 */
public final class BuiltinsExec {
    private BuiltinsExec() {}

    /** PyCF_MASK | PyCF_MASK_OBSOLETE (CO_NESTED) | PyCF_COMPILE_MASK: what compile() accepts. */
    private static final int ALLOWED_FLAGS = org.sanca.compiler.Compiler.PyCF_MASK | 0x10 | Compile.ONLY_AST
        | Compile.TYPE_COMMENTS | Compile.ALLOW_TOP_LEVEL_AWAIT | Compile.DONT_IMPLY_DEDENT
        | Compile.ALLOW_INCOMPLETE_INPUT;

    /** Fills the builtins dict with the functions of this class. */
    public static void populate(PyObject module, PyDict d) {
        BuiltinsModule.def(module, d, "builtins", "compile", BuiltinsExec::compile);
        BuiltinsModule.def(module, d, "builtins", "exec", BuiltinsExec::exec);
        BuiltinsModule.def(module, d, "builtins", "eval", BuiltinsExec::eval);
        BuiltinsModule.def(module, d, "builtins", "__build_class__", BuiltinsExec::buildClass);
        BuiltinsModule.def(module, d, "builtins", "__import__", BuiltinsExec::importFunction);
        BuiltinsModule.def(module, d, "builtins", "input", BuiltinsExec::input);
    }

    // ---- compile ----------------------------------------------------------------------------

    private static final String[] COMPILE_KW =
        {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};

    static PyObject compile(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject[] p = Args.parse("compile", a, o, n, kw, COMPILE_KW, 3, 6);
        String filename = fsPath(p[1]);
        if (!(p[2] instanceof PyStr modeStr)) {
            throw PyErr.format(PyExc.TypeError, "compile() argument 'mode' must be str, not %s", PyErr.typeName(p[2]));
        }
        String mode = modeStr.asString();
        int flags = p[3] == null ? 0 : Util.asInt(p[3]);
        int optimize = p[5] == null ? -1 : Util.asInt(p[5]);
        if ((flags & ~ALLOWED_FLAGS) != 0) {
            throw PyErr.format(PyExc.ValueError, "compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw PyErr.format(PyExc.ValueError, "compile(): invalid optimize value");
        }
        if (p[4] == null || !Abstract.isTrue(p[4])) {
            flags |= inheritedFutureFlags();
        }
        boolean onlyAst = (flags & Compile.ONLY_AST) != 0;
        checkMode(mode, onlyAst);
        if (optimize == -1) {
            optimize = PySystemState.current().optimizeLevel();
        }
        AstConverter conv = new AstConverter();
        if (conv.isAst(p[0])) {
            if (onlyAst) {
                return p[0];
            }
            checkModKind(conv, p[0], mode);
            ModTy mod = (ModTy) conv.toJava(p[0], "mod");
            AstValidator.validate(mod, Compile.recursionBudget());
            return Compile.compile(mod, filename, mode, flags, optimize);
        }
        Object source = sourceOf("compile", p[0], true);
        if (onlyAst) {
            int featureVersion = p[6] == null ? -1 : Util.asInt(p[6]);
            return conv.toPython(Compile.parse(source, filename, mode, flags, featureVersion));
        }
        return Compile.compile(Compile.parse(source, filename, mode, flags), filename, mode, flags, optimize);
    }

    private static void checkMode(String mode, boolean onlyAst) {
        if (mode.equals("func_type")) {
            if (!onlyAst) {
                throw PyErr.format(PyExc.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            }
        } else if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErr.format(PyExc.ValueError, onlyAst
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        }
    }

    /** The __future__ features of the calling code, which compile() inherits unless dont_inherit. */
    private static int inheritedFutureFlags() {
        PyFrame frame = Frames.current();
        return frame == null ? 0 : frame.getCode().getFlags() & org.sanca.compiler.Compiler.PyCF_MASK;
    }

    /** PyAST_obj2mod's check that the tree's root suits the mode. */
    private static void checkModKind(AstConverter conv, PyObject tree, String mode) {
        String want = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> "Module";
        };
        if (!conv.isInstance(tree, want)) {
            String type = tree.type().getName();
            throw PyErr.format(PyExc.TypeError, "expected %s node, got %.400s", want,
                type.substring(type.lastIndexOf('.') + 1));
        }
    }

    private static String str(String fn, int pos, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "%s() argument %d must be str, not %s", fn, pos, PyErr.typeName(v));
        }
        return s.asString();
    }

    /** A file name given as str, bytes or os.PathLike; NUL in it is a ValueError. */
    static String fsPath(PyObject v) {
        String path;
        if (v instanceof PyStr s) {
            path = s.asString();
        } else if (v instanceof PyBytes b) {
            path = new String(b.toByteArray(), StandardCharsets.UTF_8);
        } else {
            PyObject fspath = Abstract.lookupSpecial(v, PyStr.of("__fspath__"));
            if (fspath == null) {
                throw PyErr.format(PyExc.TypeError, "expected str, bytes or os.PathLike object, not %s",
                    PyErr.typeName(v));
            }
            return fsPath(Abstract.call(fspath));
        }
        if (path.indexOf('\0') >= 0) {
            throw PyErr.format(PyExc.ValueError, "embedded null character");
        }
        return path;
    }

    /**
     * The source of compile/exec/eval: a String for str, the bytes for bytes-like objects
     * (bytes, bytearray, memoryview); NUL anywhere is a SyntaxError. CPython: _Py_SourceAsString.
     */
    private static Object sourceOf(String fn, PyObject v, boolean allowAst) {
        if (v instanceof PyStr s) {
            String text = s.asString();
            checkNoNull(text.indexOf('\0') >= 0);
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    org.sanca.objects.Codecs.encode(text, "utf-8", "strict");
                    break;
                }
            }
            return text;
        }
        if (v instanceof PyBytes || v instanceof org.sanca.objects.PyByteArray
                || v instanceof org.sanca.objects.PyMemoryView) {
            byte[] bytes = PyBytes.fromObject(v);
            boolean hasNull = false;
            for (byte x : bytes) {
                hasNull |= x == 0;
            }
            checkNoNull(hasNull);
            return bytes;
        }
        String what = allowAst ? "string, bytes or AST" : "string, bytes or code";
        throw PyErr.format(PyExc.TypeError, "%s() arg 1 must be a %s object", fn, what);
    }

    private static void checkNoNull(boolean hasNull) {
        if (hasNull) {
            throw PyErr.format(PyExc.SyntaxError, "source code string cannot contain null bytes");
        }
    }

    // ---- exec and eval ----------------------------------------------------------------------

    private static final String[] EXEC_KW = {"source", "globals", "locals", "closure"};

    /** Resolves exec/eval's globals and locals as CPython does, adding __builtins__ to globals. */
    private static PyObject[] namespaces(String fn, PyObject globals, PyObject locals) {
        if (globals == Py.None) {
            globals = null;
        }
        if (locals == Py.None) {
            locals = null;
        }
        if (globals == null) {
            globals = Frames.globals();
            if (locals == null) {
                locals = Frames.current() == null ? globals : Frames.locals();
            }
        } else if (locals == null) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.format(PyExc.TypeError, fn.equals("exec")
                ? "exec() globals must be a dict, not %s" : "globals must be a real dict; try eval(expr, {}, mapping)",
                PyErr.typeName(globals));
        }
        if (!Util.isMapping(locals)) {
            throw PyErr.format(PyExc.TypeError, fn.equals("exec")
                ? "locals must be a mapping or None, not %s" : "locals must be a mapping", PyErr.typeName(locals));
        }
        PyStr key = PyStr.of("__builtins__");
        if (g.getItemStr(key) == null) {
            g.setItem(key, PySystemState.current().builtinsModule().getDict());
        }
        return new PyObject[] {g, locals};
    }

    static PyObject exec(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject[] p = Args.parse("exec", a, o, n, kw, EXEC_KW, 1, 3, 3);
        PyObject[] ns = namespaces("exec", p[1], p[2]);
        PyCode code;
        if (p[0] instanceof PyCode c) {
            if (c.getFreevars().length > 0 && (p[3] == null || p[3] == Py.None)) {
                throw PyErr.format(PyExc.TypeError, "code object passed to exec() may not contain free variables");
            }
            code = c;
        } else {
            Object source = sourceOf("exec", p[0], false);
            code = Compile.source(source, "<string>", "exec", inheritedFutureFlags(), PySystemState.current().optimizeLevel());
        }
        Calls.evalCode(code, (PyDict) ns[0], ns[1]);
        return Py.None;
    }

    static PyObject eval(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("eval", kw);
        Args.range("eval", n, 1, 3);
        PyObject[] p = {a[o], n > 1 ? a[o + 1] : null, n > 2 ? a[o + 2] : null};
        if (p[1] != null && p[1] != Py.None && !(p[1] instanceof PyDict)) {
            throw PyErr.format(PyExc.TypeError, Util.isMapping(p[1])
                ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        PyObject[] ns = namespaces("eval", p[1], p[2]);
        PyCode code;
        if (p[0] instanceof PyCode c) {
            if (c.getFreevars().length > 0) {
                throw PyErr.format(PyExc.TypeError, "code object passed to eval() may not contain free variables");
            }
            code = c;
        } else {
            Object source = stripLeading(sourceOf("eval", p[0], false));
            code = Compile.source(source, "<string>", "eval", inheritedFutureFlags(), PySystemState.current().optimizeLevel());
        }
        return Calls.evalCode(code, (PyDict) ns[0], ns[1]);
    }

    /** eval() ignores leading spaces and tabs of a source string. */
    private static Object stripLeading(Object source) {
        if (source instanceof String s) {
            int i = 0;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            return s.substring(i);
        }
        byte[] b = (byte[]) source;
        int i = 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return java.util.Arrays.copyOfRange(b, i, b.length);
    }

    // ---- __build_class__ --------------------------------------------------------------------

    static PyObject buildClass(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        if (n < 2) {
            throw PyErr.format(PyExc.TypeError, "__build_class__: not enough arguments");
        }
        if (!(a[o] instanceof PyFunction func)) {
            throw PyErr.format(PyExc.TypeError, "__build_class__: func must be a function");
        }
        if (!(a[o + 1] instanceof PyStr name)) {
            throw PyErr.format(PyExc.TypeError, "__build_class__: name is not a string");
        }
        PyObject[] origBases = new PyObject[n - 2];
        System.arraycopy(a, o + 2, origBases, 0, n - 2);
        PyTuple bases = ClassBuilder.updateBases(origBases);
        ClassBuilder.Keywords k = ClassBuilder.keywords(a, o + n, kw);
        PyObject meta = ClassBuilder.metaclass(k.metaclass(), bases);
        PyObject ns = ClassBuilder.prepare(meta, name, bases, k);
        PyObject cell = Calls.callWithLocals(func, ns);
        if (bases.size() != origBases.length || !sameItems(bases, origBases)) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] args = new PyObject[3 + k.values().length];
        args[0] = name;
        args[1] = bases;
        args[2] = ns;
        System.arraycopy(k.values(), 0, args, 3, k.values().length);
        PyObject cls = Abstract.call(meta, args, 0, 3, k.names());
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.get();
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw PyErr.format(PyExc.RuntimeError,
                        "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                        Abstract.repr(name).asString(), Abstract.repr(cls).asString());
                }
                throw PyErr.format(PyExc.TypeError, "__class__ set to %s defining %s as %s",
                    Abstract.repr(cellCls).asString(), Abstract.repr(name).asString(), Abstract.repr(cls).asString());
            }
        }
        return cls;
    }

    private static boolean sameItems(PyTuple t, PyObject[] items) {
        for (int i = 0; i < items.length; i++) {
            if (t.get(i) != items[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- __import__ and input ---------------------------------------------------------------

    private static final String[] IMPORT_KW = {"name", "globals", "locals", "fromlist", "level"};

    static PyObject importFunction(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject[] p = Args.parse("__import__", a, o, n, kw, IMPORT_KW, 1);
        if (!(p[0] instanceof PyStr name)) {
            throw PyErr.format(PyExc.TypeError, "module name must be a string");
        }
        int level = p[4] == null ? 0 : Util.asInt(p[4]);
        return Importer.importModuleLevel(name.asString(), p[1], p[3], level);
    }

    static PyObject input(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("input", kw);
        Args.range("input", n, 0, 1);
        PySystemState sys = PySystemState.current();
        PyObject out = sys.getStdout();
        if (n == 1 && out != null && out != Py.None) {
            Abstract.callMethod(out, "write", Abstract.str(a[o]));
        }
        if (out != null && out != Py.None) {
            Abstract.callMethod(out, "flush");
        }
        PyObject in = sys.getStdin();
        if (in == null || in == Py.None) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdin");
        }
        PyObject line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "object.readline() returned non-string");
        }
        String text = s.asString();
        if (text.isEmpty()) {
            throw PyErr.raise(PyExc.EOFError, PyStr.of("EOF when reading a line"));
        }
        return PyStr.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }
}
