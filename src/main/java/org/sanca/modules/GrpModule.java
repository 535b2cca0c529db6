package org.sanca.modules;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.runtime.StructSeq;

/**
 * The grp module: the group database (getgrgid, getgrnam, getgrall) as struct_group entries.
 * CPython: Modules/grpmodule.c.
 */
public final class GrpModule {
    private GrpModule() {}

    static final PyType STRUCT_GROUP = StructSeq.type("grp", "struct_group", "gr_name", "gr_passwd", "gr_gid",
        "gr_mem");
    private static final PosixArgs.Sig SIG_GETGRGID = PosixArgs.sig("getgrgid", "id");
    private static final PosixArgs.Sig SIG_GETGRNAM = PosixArgs.sig("getgrnam", "name");

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "grp", "getgrgid", (s, a, o, n, k) ->
            getgrgid(PosixArgs.parse(SIG_GETGRGID, a, o, n, k)[0]));
        BuiltinsModule.def(m, d, "grp", "getgrnam", (s, a, o, n, k) ->
            getgrnam(PosixArgs.parse(SIG_GETGRNAM, a, o, n, k)[0]));
        BuiltinsModule.def(m, d, "grp", "getgrall", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("grp.getgrall", n, k);
            PyList out = new PyList();
            for (Libc.Group g : Libc.getgrall()) out.append(entry(g));
            return out;
        });
        d.setItem(PyStr.of("struct_group"), STRUCT_GROUP);
        return m;
    }

    private static PyObject entry(Libc.Group g) {
        PyList members = new PyList();
        for (byte[] member : g.members()) members.append(PosixPath.decode(member));
        return StructSeq.make(STRUCT_GROUP, PosixPath.decode(g.name()), PosixPath.decode(g.passwd()),
            PyInt.of(g.gid()), members);
    }

    private static PyObject getgrgid(PyObject arg) {
        int gid = PosixFiles.id(arg, "gid");
        Libc.Group g = Libc.getgrgid(gid);
        if (g == null) {
            if (Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            throw PyErr.format(PyExc.KeyError, "getgrgid(): gid not found: %s", Integer.toUnsignedString(gid));
        }
        return entry(g);
    }

    private static PyObject getgrnam(PyObject arg) {
        if (!(arg instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "getgrnam() argument 'name' must be str, not %.50s",
                PyErr.typeName(arg));
        byte[] name = PosixPath.encode(s);
        for (byte b : name) {
            if (b == 0) throw PyErr.format(PyExc.ValueError, "embedded null byte");
        }
        Libc.Group g = Libc.getgrnam(name);
        if (g == null) {
            if (Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            throw PyErr.format(PyExc.KeyError, "getgrnam(): name not found: %R", arg);
        }
        return entry(g);
    }
}
