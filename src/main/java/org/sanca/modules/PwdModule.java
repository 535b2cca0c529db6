package org.sanca.modules;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.runtime.StructSeq;

/**
 * The pwd module: the password database (getpwuid, getpwnam, getpwall) as struct_passwd entries.
 * CPython: Modules/pwdmodule.c.
 */
public final class PwdModule {
    private PwdModule() {}

    static final PyType STRUCT_PASSWD = StructSeq.type("pwd", "struct_passwd", "pw_name", "pw_passwd", "pw_uid",
        "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        BuiltinsModule.def(m, d, "pwd", "getpwuid", (s, a, o, n, k) ->
            getpwuid(BuiltinsModule.one("pwd.getpwuid", a, o, n, k)));
        BuiltinsModule.def(m, d, "pwd", "getpwnam", (s, a, o, n, k) ->
            getpwnam(BuiltinsModule.one("pwd.getpwnam", a, o, n, k)));
        BuiltinsModule.def(m, d, "pwd", "getpwall", (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("pwd.getpwall", n, k);
            PyList out = new PyList();
            for (Libc.Passwd p : Libc.getpwall()) out.append(entry(p));
            return out;
        });
        d.setItem(PyStr.of("struct_passwd"), STRUCT_PASSWD);
        return m;
    }

    private static PyObject entry(Libc.Passwd p) {
        return StructSeq.make(STRUCT_PASSWD, PosixPath.decode(p.name()), PosixPath.decode(p.passwd()),
            PyInt.of(p.uid()), PyInt.of(p.gid()), PosixPath.decode(p.gecos()), PosixPath.decode(p.dir()),
            PosixPath.decode(p.shell()));
    }

    private static PyObject getpwuid(PyObject arg) {
        int uid;
        try {
            uid = PosixFiles.id(arg, "uid");
        } catch (PyException e) {
            if (e.matches(PyExc.OverflowError)) throw PyErr.format(PyExc.KeyError, "getpwuid(): uid not found");
            throw e;
        }
        Libc.Passwd p = Libc.getpwuid(uid);
        if (p == null) {
            if (Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            throw PyErr.format(PyExc.KeyError, "getpwuid(): uid not found: %s", Integer.toUnsignedString(uid));
        }
        return entry(p);
    }

    private static PyObject getpwnam(PyObject arg) {
        if (!(arg instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "getpwnam() argument must be str, not %.50s", PyErr.typeName(arg));
        byte[] name = PosixPath.encode(s);
        for (byte b : name) {
            if (b == 0) throw PyErr.format(PyExc.ValueError, "embedded null byte");
        }
        Libc.Passwd p = Libc.getpwnam(name);
        if (p == null) {
            if (Libc.errno() != 0) throw PosixPath.error(Libc.errno());
            throw PyErr.format(PyExc.KeyError, "getpwnam(): name not found: %R", arg);
        }
        return entry(p);
    }
}
