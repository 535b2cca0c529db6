package org.sanca.modules;

import java.math.BigInteger;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The _blake2 module: blake2b and blake2s (RFC 7693) with keys, salt, personalization and the tree
 * parameters, one engine over 64-bit words (held in longs) or 32-bit words (held in the low half).
 * CPython: Modules/_blake2/blake2module.c, blake2b_impl.c, blake2s_impl.c.
 */
public final class Blake2Module {
    private Blake2Module() {}

    private static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The shape of a variant: word size in bytes, rounds, rotations, block and size limits. */
    private record Variant(String name, int word, int rounds, int[] rot, int salt, int maxSize, PyType type) {
        int block() {
            return 16 * word;
        }

        long mask() {
            return word == 8 ? -1L : 0xffffffffL;
        }

        long iv(int i) {
            return word == 8 ? IV_B[i] : IV_B[i] >>> 32;
        }
    }

    /** A running hash: chain value, counter, the unprocessed tail of the input, and the last-node flag. */
    static final class State extends PyObject {
        final Variant v;
        final long[] h = new long[8];
        final byte[] buf;
        int buflen;
        BigInteger counter = BigInteger.ZERO;
        boolean lastNode;
        int digestSize;

        State(Variant v) {
            this.v = v;
            this.buf = new byte[v.block()];
        }

        @Override
        public PyType type() {
            return v.type;
        }

        State copy() {
            State c = new State(v);
            System.arraycopy(h, 0, c.h, 0, 8);
            System.arraycopy(buf, 0, c.buf, 0, buflen);
            c.buflen = buflen;
            c.counter = counter;
            c.lastNode = lastNode;
            c.digestSize = digestSize;
            return c;
        }

        void update(byte[] in) {
            int block = v.block();
            for (int i = 0; i < in.length; ) {
                if (buflen == block) {
                    compress(false);
                    buflen = 0;
                }
                int n = Math.min(block - buflen, in.length - i);
                System.arraycopy(in, i, buf, buflen, n);
                buflen += n;
                i += n;
            }
        }

        byte[] digest() {
            State s = copy();
            java.util.Arrays.fill(s.buf, s.buflen, s.buf.length, (byte) 0);
            s.compress(true);
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) out[i] = (byte) (s.h[i / v.word] >>> (8 * (i % v.word)));
            return out;
        }

        private void compress(boolean last) {
            counter = counter.add(BigInteger.valueOf(buflen));
            long mask = v.mask();
            long[] m = new long[16], w = new long[16];
            for (int i = 0; i < 16; i++) m[i] = word(buf, i * v.word, v.word);
            for (int i = 0; i < 8; i++) {
                w[i] = h[i];
                w[i + 8] = v.iv(i);
            }
            w[12] ^= counter.longValue() & mask;
            w[13] ^= counter.shiftRight(8 * v.word).longValue() & mask;
            if (last) w[14] ^= mask;
            if (last && lastNode) w[15] ^= mask;
            for (int r = 0; r < v.rounds; r++) {
                byte[] s = SIGMA[r % 10];
                mix(w, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                mix(w, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                mix(w, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                mix(w, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                mix(w, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                mix(w, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                mix(w, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                mix(w, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= w[i] ^ w[i + 8];
        }

        /** The mixing function G. */
        private void mix(long[] w, int a, int b, int c, int d, long x, long y) {
            long mask = v.mask();
            int[] rot = v.rot;
            w[a] = (w[a] + w[b] + x) & mask;
            w[d] = rotr(w[d] ^ w[a], rot[0]);
            w[c] = (w[c] + w[d]) & mask;
            w[b] = rotr(w[b] ^ w[c], rot[1]);
            w[a] = (w[a] + w[b] + y) & mask;
            w[d] = rotr(w[d] ^ w[a], rot[2]);
            w[c] = (w[c] + w[d]) & mask;
            w[b] = rotr(w[b] ^ w[c], rot[3]);
        }

        private long rotr(long x, int n) {
            if (v.word == 8) return Long.rotateRight(x, n);
            return ((x >>> n) | (x << (32 - n))) & 0xffffffffL;
        }
    }

    /** The little-endian word of size bytes at off. */
    private static long word(byte[] b, int off, int size) {
        long x = 0;
        for (int i = size - 1; i >= 0; i--) x = x << 8 | (b[off + i] & 0xff);
        return x;
    }

    private static final Variant B = variant("blake2b", 8, 12, new int[] {32, 24, 16, 63}, 16, 64);
    private static final Variant S = variant("blake2s", 4, 10, new int[] {16, 12, 8, 7}, 8, 32);

    private static Variant variant(String name, int word, int rounds, int[] rot, int salt, int maxSize) {
        PyType t = new PyType("_blake2." + name, PyType.BASETYPE);
        Variant v = new Variant(name, word, rounds, rot, salt, maxSize, t);
        t.tp_new = (type, a, o, n, k) -> construct(v, a, o, n, k);
        t.addMethod("update", (MethO) (s, data) -> {
            ((State) s).update(HashModules.bytesOf(data));
            return Py.None;
        });
        t.addMethod("digest", (MethNoArgs) s -> PyBytes.of(((State) s).digest()));
        t.addMethod("hexdigest", (MethNoArgs) s -> PyStr.of(java.util.HexFormat.of().formatHex(((State) s).digest())));
        t.addMethod("copy", (MethNoArgs) s -> ((State) s).copy());
        t.addGetter("name", s -> PyStr.of(name));
        t.addGetter("digest_size", s -> PyInt.of(((State) s).digestSize));
        t.addGetter("block_size", s -> PyInt.of(v.block()));
        t.put("SALT_SIZE", PyInt.of(salt));
        t.put("PERSON_SIZE", PyInt.of(salt));
        t.put("MAX_KEY_SIZE", PyInt.of(maxSize));
        t.put("MAX_DIGEST_SIZE", PyInt.of(maxSize));
        t.ready();
        return v;
    }

    private static final String[] NAMES = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    /** blake2b/blake2s(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size, ...). */
    private static PyObject construct(Variant v, PyObject[] a, int o, int n, org.sanca.objects.PyTuple k) {
        PyObject[] p = Args.parse(v.name, a, o, n, k, NAMES, 0, 1);
        int digestSize = intArg(p[1], v.maxSize);
        if (digestSize <= 0 || digestSize > v.maxSize) {
            throw PyErr.format(PyExc.ValueError, "digest_size must be between 1 and %d bytes", v.maxSize);
        }
        byte[] key = p[2] == null ? new byte[0] : HashModules.bytesOf(p[2]);
        byte[] salt = p[3] == null ? new byte[0] : HashModules.bytesOf(p[3]);
        byte[] person = p[4] == null ? new byte[0] : HashModules.bytesOf(p[4]);
        if (salt.length > v.salt) throw PyErr.format(PyExc.ValueError, "maximum salt length is %d bytes", v.salt);
        if (person.length > v.salt) throw PyErr.format(PyExc.ValueError, "maximum person length is %d bytes", v.salt);
        int fanout = intArg(p[5], 1), depth = intArg(p[6], 1), nodeDepth = intArg(p[9], 0);
        int innerSize = intArg(p[10], 0);
        if (fanout < 0 || fanout > 255) throw PyErr.format(PyExc.ValueError, "fanout must be between 0 and 255");
        if (depth <= 0 || depth > 255) throw PyErr.format(PyExc.ValueError, "depth must be between 1 and 255");
        long leaf = p[7] == null ? 0 : PyNumber.index(p[7]).bigValue().longValue();
        if (leaf < 0 || leaf > 0xffffffffL) throw PyErr.format(PyExc.OverflowError, "leaf_size is too large");
        long offset = p[8] == null ? 0 : PyNumber.index(p[8]).bigValue().longValue();
        if (v.word == 4 && (offset < 0 || offset > 0xffffffffffffL)) {
            throw PyErr.format(PyExc.OverflowError, "node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyErr.format(PyExc.ValueError, "node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > v.maxSize) {
            throw PyErr.format(PyExc.ValueError, "inner_size must be between 0 and is %d", v.maxSize);
        }
        if (key.length > v.maxSize) throw PyErr.format(PyExc.ValueError, "maximum key length is %d bytes", v.maxSize);
        State s = new State(v);
        s.digestSize = digestSize;
        s.lastNode = p[11] != null && Abstract.isTrue(p[11]);
        long[] param = params(v, digestSize, key.length, fanout, depth, leaf, offset, nodeDepth, innerSize, salt, person);
        for (int i = 0; i < 8; i++) s.h[i] = v.iv(i) ^ param[i];
        if (key.length > 0) s.update(java.util.Arrays.copyOf(key, v.block()));
        if (p[0] != null) s.update(HashModules.bytesOf(p[0]));
        return s;
    }

    private static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : PyNumber.asIndex(o);
    }

    /** The parameter block as eight words. */
    private static long[] params(Variant v, int digestSize, int keyLength, int fanout, int depth, long leaf,
                                 long offset, int nodeDepth, int innerSize, byte[] salt, byte[] person) {
        byte[] block = new byte[8 * v.word];
        block[0] = (byte) digestSize;
        block[1] = (byte) keyLength;
        block[2] = (byte) fanout;
        block[3] = (byte) depth;
        for (int i = 0; i < 4; i++) block[4 + i] = (byte) (leaf >>> (8 * i));
        int offsetBytes = v.word == 8 ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++) block[8 + i] = (byte) (offset >>> (8 * i));
        block[8 + offsetBytes] = (byte) nodeDepth;
        block[9 + offsetBytes] = (byte) innerSize;
        int saltAt = 4 * v.word;
        System.arraycopy(salt, 0, block, saltAt, salt.length);
        System.arraycopy(person, 0, block, saltAt + v.salt, person.length);
        long[] words = new long[8];
        for (int i = 0; i < 8; i++) words[i] = word(block, i * v.word, v.word);
        return words;
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("blake2b"), B.type);
        d.setItem(PyStr.of("blake2s"), S.type);
        d.setItem(PyStr.of("BLAKE2B_SALT_SIZE"), PyInt.of(16));
        d.setItem(PyStr.of("BLAKE2B_PERSON_SIZE"), PyInt.of(16));
        d.setItem(PyStr.of("BLAKE2B_MAX_KEY_SIZE"), PyInt.of(64));
        d.setItem(PyStr.of("BLAKE2B_MAX_DIGEST_SIZE"), PyInt.of(64));
        d.setItem(PyStr.of("BLAKE2S_SALT_SIZE"), PyInt.of(8));
        d.setItem(PyStr.of("BLAKE2S_PERSON_SIZE"), PyInt.of(8));
        d.setItem(PyStr.of("BLAKE2S_MAX_KEY_SIZE"), PyInt.of(32));
        d.setItem(PyStr.of("BLAKE2S_MAX_DIGEST_SIZE"), PyInt.of(32));
        return m;
    }
}
