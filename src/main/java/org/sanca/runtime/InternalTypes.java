package org.sanca.runtime;

import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.vm.PyFrame;
import org.sanca.vm.PyTraceback;

/**
 * The Python-visible attributes of code, frame and traceback objects, installed at start-up on
 * those types when their owners have not made them ready yet (a type already readied is left
 * alone), so that sys._getframe(), tracebacks and code inspection work from Python.
 * CPython: Objects/codeobject.c (code_memberlist, code_getsetlist), Objects/frameobject.c
 * (frame_getsetlist) and Python/traceback.c (tb_memberlist).
 */
final class InternalTypes {
    private InternalTypes() {}

    static void install() {
        if (PyCode.TYPE.tp_getattro == null) {
            codeAttributes(PyCode.TYPE);
            PyCode.TYPE.ready();
        }
        if (PyFrame.TYPE.tp_getattro == null) {
            frameAttributes(PyFrame.TYPE);
            PyFrame.TYPE.ready();
        }
        if (PyTraceback.TYPE.tp_getattro == null) {
            tracebackAttributes(PyTraceback.TYPE);
            PyTraceback.TYPE.ready();
        }
    }

    private static PyTuple names(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(items);
    }

    private static PyCode code(PyObject o) {
        return (PyCode) o;
    }

    private static void codeAttributes(PyType t) {
        t.addGetter("co_argcount", o -> PyInt.of(code(o).getArgcount()));
        t.addGetter("co_posonlyargcount", o -> PyInt.of(code(o).getPosonlyargcount()));
        t.addGetter("co_kwonlyargcount", o -> PyInt.of(code(o).getKwonlyargcount()));
        t.addGetter("co_nlocals", o -> PyInt.of(code(o).getNlocals()));
        t.addGetter("co_stacksize", o -> PyInt.of(code(o).getStacksize()));
        t.addGetter("co_flags", o -> PyInt.of(code(o).getFlags()));
        t.addGetter("co_firstlineno", o -> PyInt.of(code(o).getFirstlineno()));
        t.addGetter("co_names", o -> names(code(o).getNames()));
        t.addGetter("co_varnames", o -> names(code(o).getVarnames()));
        t.addGetter("co_freevars", o -> names(code(o).getFreevars()));
        t.addGetter("co_cellvars", o -> names(code(o).getCellvars()));
        t.addGetter("co_code", o -> PyBytes.of(code(o).getCode()));
        t.addGetter("co_consts", o -> PyTuple.of(code(o).getConsts()));
        t.addGetter("co_filename", o -> PyStr.of(code(o).getFilename()));
        t.addGetter("co_name", o -> PyStr.of(code(o).getName()));
        t.addGetter("co_qualname", o -> PyStr.of(code(o).getQualname()));
        t.addGetter("co_linetable", o -> PyBytes.of(code(o).getLinetable()));
        t.addGetter("co_exceptiontable", o -> PyBytes.of(code(o).getExceptiontable()));
        t.tp_repr = o -> PyStr.of("<code object " + code(o).getName() + " at " + Py.idHex(o) + ", file \""
            + code(o).getFilename() + "\", line " + code(o).getFirstlineno() + ">");
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }

    private static void frameAttributes(PyType t) {
        t.addGetter("f_code", o -> ((PyFrame) o).getCode());
        t.addGetter("f_back", o -> orNone(((PyFrame) o).getBack()));
        t.addGetter("f_globals", o -> ((PyFrame) o).getGlobals());
        t.addGetter("f_locals", o -> ((PyFrame) o).getLocals());
        t.addGetter("f_builtins", o -> ((PyFrame) o).getBuiltins());
        t.addGetter("f_lineno", o -> PyInt.of(((PyFrame) o).getLineno()));
        t.addGetter("f_lasti", o -> PyInt.of(((PyFrame) o).getLasti()));
        t.tp_repr = o -> PyStr.of("<frame at " + Py.idHex(o) + ", file '" + ((PyFrame) o).getCode().getFilename()
            + "', line " + ((PyFrame) o).getLineno() + ", code " + ((PyFrame) o).getCode().getName() + ">");
    }

    private static void tracebackAttributes(PyType t) {
        t.addGetter("tb_next", o -> orNone(((PyTraceback) o).getNext()));
        t.addGetter("tb_frame", o -> ((PyTraceback) o).getFrame());
        t.addGetter("tb_lineno", o -> PyInt.of(((PyTraceback) o).getLineno()));
        t.addGetter("tb_lasti", o -> PyInt.of(((PyTraceback) o).getLasti()));
    }
}
