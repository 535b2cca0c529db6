package org.sanca.modules;

import org.sanca.bytecode.Marshal;
import org.sanca.objects.Args;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The marshal module: dumps, loads, dump, load and version, over {@link Marshal}.
 * CPython: Python/marshal.c (marshal_dump_impl, marshal_load, marshal_dumps_impl, marshal_loads_impl).
 */
public final class MarshalModule {
    private MarshalModule() {}

    private static final String DOC = """
            This module contains functions that can read and write Python values in
            a binary format. The format is specific to Python, but independent of
            machine architecture issues.

            Not all Python object types are supported; in general, only objects
            whose value is independent from a particular invocation of Python can be
            written and read by this module. The following types are supported:
            None, integers, floating point numbers, strings, bytes, bytearrays,
            tuples, lists, sets, dictionaries, and code objects, where it
            should be understood that tuples, lists and dictionaries are only
            supported as long as the values contained therein are themselves
            supported; and recursive lists and dictionaries should not be written
            (they will cause infinite loops).

            Variables:

            version -- indicates the format that the module uses. Version 0 is the
                historical format, version 1 shares interned strings and version 2
                uses a binary format for floating point numbers.
                Version 3 shares common object references (New in version 3.4).

            Functions:

            dump() -- write value to a file
            load() -- read value from a file
            dumps() -- marshal value as a bytes object
            loads() -- read value from a bytes-like object""";

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        d.setItem(PyStr.of("version"), PyInt.of(Marshal.VERSION));
        BuiltinsModule.def(m, d, "marshal", "dumps", (s, a, o, n, k) -> {
            Args.noKeywords("marshal.dumps", k);
            Args.range("dumps", n, 1, 2);
            return PyBytes.of(Marshal.dumps(a[o], version(a, o, n, 1)));
        });
        BuiltinsModule.def(m, d, "marshal", "dump", (s, a, o, n, k) -> {
            Args.noKeywords("marshal.dump", k);
            Args.range("dump", n, 2, 3);
            return Marshal.dump(a[o], a[o + 1], version(a, o, n, 2));
        });
        BuiltinsModule.def(m, d, "marshal", "loads", (s, a, o, n, k) ->
            Marshal.loads(PyBytes.fromObject(BuiltinsModule.one("marshal.loads", a, o, n, k))));
        BuiltinsModule.def(m, d, "marshal", "load", (s, a, o, n, k) ->
            Marshal.load(BuiltinsModule.one("marshal.load", a, o, n, k)));
        return m;
    }

    /** The optional version argument at index i, as a C int. */
    private static int version(PyObject[] a, int o, int n, int i) {
        return n > i ? PyNumber.index(a[o + i]).intValue() : Marshal.VERSION;
    }
}
