package org.sanca.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The _sha512 module: the sha512 and sha384 hash objects (update, digest, hexdigest, copy) over the JDK's
 * MessageDigest; random seeds from str through it.
 * CPython: Modules/sha512module.c.
 */
public final class Sha512Module {
    private Sha512Module() {}

    /** A hash object: the algorithm's running digest. */
    static final class Hash extends PyObject {
        final PyType type;
        final MessageDigest md;

        Hash(PyType type, MessageDigest md) {
            this.type = type;
            this.md = md;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static final PyType SHA512 = hashType("_sha512.sha512", "sha512", 64);
    static final PyType SHA384 = hashType("_sha512.sha384", "sha384", 48);

    private static PyType hashType(String qualname, String name, int size) {
        PyType t = new PyType(qualname, 0);
        t.addMethod("update", (MethO) (s, data) -> {
            ((Hash) s).md.update(bytesOf(data));
            return Py.None;
        });
        t.addMethod("digest", (MethNoArgs) s -> PyBytes.of(digest(s)));
        t.addMethod("hexdigest", (MethNoArgs) s -> PyStr.of(java.util.HexFormat.of().formatHex(digest(s))));
        t.addMethod("copy", (MethNoArgs) s -> new Hash(s.type(), cloneOf(((Hash) s).md)));
        t.addGetter("name", s -> PyStr.of(name));
        t.addGetter("digest_size", s -> PyInt.of(size));
        t.addGetter("block_size", s -> PyInt.of(128));
        t.ready();
        return t;
    }

    /** The digest so far, leaving the running state as it was. */
    private static byte[] digest(PyObject s) {
        return cloneOf(((Hash) s).md).digest();
    }

    private static MessageDigest cloneOf(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytesOf(PyObject data) {
        if (data instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "Strings must be encoded before hashing");
        }
        return PyBytes.fromObject(data);
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        var d = m.getDict();
        constructor(m, d, "sha512", SHA512, "SHA-512");
        constructor(m, d, "sha384", SHA384, "SHA-384");
        return m;
    }

    private static void constructor(PyModule m, org.sanca.objects.PyDict d, String fname, PyType type,
                                     String algorithm) {
        BuiltinsModule.def(m, d, "_sha512", fname, (s, a, o, n, k) -> {
            PyObject[] p = Args.parse(fname, a, o, n, k, new String[] {"string", "usedforsecurity"}, 0, 1);
            try {
                Hash h = new Hash(type, MessageDigest.getInstance(algorithm));
                if (p[0] != null) h.md.update(bytesOf(p[0]));
                return h;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
