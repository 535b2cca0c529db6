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
 * The built-in hash modules hashlib falls back on without OpenSSL: _md5, _sha1, _sha256 (sha224, sha256)
 * and _sha512 (sha384, sha512), hash objects with update, digest, hexdigest and copy over the JDK's
 * MessageDigest.
 * CPython: Modules/md5module.c, sha1module.c, sha256module.c, sha512module.c.
 */
public final class HashModules {
    private HashModules() {}

    /** One algorithm: its Python name, the JDK's name, digest and block sizes, and its type. */
    private record Algorithm(String name, String jdkName, int digestSize, int blockSize, PyType type) {}

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

    private static Algorithm algorithm(String module, String name, String jdkName, int size, int block) {
        return new Algorithm(name, jdkName, size, block, hashType(module + "." + name, name, size, block));
    }

    private static final class Md5 { static final Algorithm[] ALL = {algorithm("_md5", "md5", "MD5", 16, 64)}; }
    private static final class Sha1 { static final Algorithm[] ALL = {algorithm("_sha1", "sha1", "SHA-1", 20, 64)}; }
    private static final class Sha256 { static final Algorithm[] ALL = {
        algorithm("_sha256", "sha224", "SHA-224", 28, 64), algorithm("_sha256", "sha256", "SHA-256", 32, 64)}; }
    private static final class Sha512 { static final Algorithm[] ALL = {
        algorithm("_sha512", "sha384", "SHA-384", 48, 128), algorithm("_sha512", "sha512", "SHA-512", 64, 128)}; }

    private static PyType hashType(String qualname, String name, int size, int block) {
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
        t.addGetter("block_size", s -> PyInt.of(block));
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

    /** The bytes of a hash's input: a bytes-like object, with CPython's messages for str and others. */
    static byte[] bytesOf(PyObject data) {
        if (data instanceof PyStr) {
            throw PyErr.format(PyExc.TypeError, "Strings must be encoded before hashing");
        }
        if (!(data instanceof PyBytes) && !(data instanceof org.sanca.objects.PyByteArray)
            && !(data instanceof org.sanca.objects.PyMemoryView)) {
            throw PyErr.format(PyExc.TypeError, "object supporting the buffer API required");
        }
        return PyBytes.fromObject(data);
    }

    /** Creates the module _md5, _sha1, _sha256 or _sha512. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        var d = m.getDict();
        Algorithm[] all = switch (name) {
            case "_md5" -> Md5.ALL;
            case "_sha1" -> Sha1.ALL;
            case "_sha256" -> Sha256.ALL;
            default -> Sha512.ALL;
        };
        for (Algorithm alg : all) constructor(m, d, name, alg);
        return m;
    }

    private static void constructor(PyModule m, org.sanca.objects.PyDict d, String module, Algorithm alg) {
        String fname = alg.name;
        BuiltinsModule.def(m, d, module, fname, (s, a, o, n, k) -> {
            PyObject[] p = Args.parse(fname, a, o, n, k, new String[] {"string", "usedforsecurity"}, 0, 1);
            try {
                Hash h = new Hash(alg.type, MessageDigest.getInstance(alg.jdkName));
                if (p[0] != null) h.md.update(bytesOf(p[0]));
                return h;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
