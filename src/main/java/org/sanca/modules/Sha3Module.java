package org.sanca.modules;

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
 * The _sha3 module: sha3_224, sha3_256, sha3_384, sha3_512 and the extendable-output shake_128 and shake_256,
 * one Keccak-f[1600] sponge (FIPS 202) with the rate and domain suffix of each.
 * CPython: Modules/_sha3/sha3module.c.
 */
public final class Sha3Module {
    private Sha3Module() {}

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation offsets and the lane permutation of rho and pi, walked along pi's cycle from lane 1. */
    private static final int[] ROT = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39,
        61, 20, 44};
    private static final int[] PI = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,
        6, 1};

    /** A sponge: the state, the rate in bytes, the domain suffix, and the bytes absorbed into the current block. */
    static final class Sponge extends PyObject {
        final PyType type;
        final long[] a = new long[25];
        final int rate, digestSize;
        final byte suffix;
        int pos;

        Sponge(PyType type, int rate, int digestSize, byte suffix) {
            this.type = type;
            this.rate = rate;
            this.digestSize = digestSize;
            this.suffix = suffix;
        }

        @Override
        public PyType type() {
            return type;
        }

        Sponge copy() {
            Sponge c = new Sponge(type, rate, digestSize, suffix);
            System.arraycopy(a, 0, c.a, 0, 25);
            c.pos = pos;
            return c;
        }

        void absorb(byte[] b) {
            for (byte x : b) {
                a[pos >> 3] ^= (x & 0xffL) << (8 * (pos & 7));
                if (++pos == rate) {
                    permute(a);
                    pos = 0;
                }
            }
        }

        /** Pads and squeezes n bytes, leaving this sponge as it was. */
        byte[] squeeze(int n) {
            Sponge s = copy();
            s.a[s.pos >> 3] ^= (s.suffix & 0xffL) << (8 * (s.pos & 7));
            s.a[(rate - 1) >> 3] ^= 0x80L << (8 * ((rate - 1) & 7));
            permute(s.a);
            byte[] out = new byte[n];
            for (int i = 0, p = 0; i < n; i++, p++) {
                if (p == rate) {
                    permute(s.a);
                    p = 0;
                }
                out[i] = (byte) (s.a[p >> 3] >>> (8 * (p & 7)));
            }
            return out;
        }
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota. */
    static void permute(long[] a) {
        long[] c = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            long t = a[1];
            for (int i = 0; i < 24; i++) {
                int j = PI[i];
                long next = a[j];
                a[j] = Long.rotateLeft(t, ROT[i]);
                t = next;
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) c[x] = a[y + x];
                for (int x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            a[0] ^= RC[round];
        }
    }

    private static PyType sha3Type(String name, int digestSize, boolean shake) {
        PyType t = new PyType("_sha3." + name, 0);
        t.addMethod("update", (MethO) (s, data) -> {
            ((Sponge) s).absorb(HashModules.bytesOf(data));
            return Py.None;
        });
        if (shake) {
            t.addMethod("digest", (MethO) (s, n) -> PyBytes.of(((Sponge) s).squeeze(length(n))));
            t.addMethod("hexdigest", (MethO) (s, n) -> PyStr.of(hex(((Sponge) s).squeeze(length(n)))));
        } else {
            t.addMethod("digest", (MethNoArgs) s -> PyBytes.of(((Sponge) s).squeeze(digestSize)));
            t.addMethod("hexdigest", (MethNoArgs) s -> PyStr.of(hex(((Sponge) s).squeeze(digestSize))));
        }
        t.addMethod("copy", (MethNoArgs) s -> ((Sponge) s).copy());
        t.addGetter("name", s -> PyStr.of(name));
        t.addGetter("digest_size", s -> PyInt.of(digestSize));
        t.addGetter("block_size", s -> PyInt.of(((Sponge) s).rate));
        t.addGetter("_rate_bits", s -> PyInt.of(((Sponge) s).rate * 8L));
        t.addGetter("_capacity_bits", s -> PyInt.of(1600 - ((Sponge) s).rate * 8L));
        t.addGetter("_suffix", s -> PyBytes.of(new byte[] {((Sponge) s).suffix}));
        t.ready();
        return t;
    }

    private static int length(PyObject n) {
        long v = PyNumber.asSize(n, PyExc.OverflowError);
        if (v < 0) throw PyErr.format(PyExc.ValueError, "value must be positive");
        if (v >= 1L << 29) throw PyErr.format(PyExc.ValueError, "length is too large");
        return (int) v;
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        for (int bits : new int[] {224, 256, 384, 512}) {
            define(m, d, "sha3_" + bits, 200 - bits / 4, bits / 8, (byte) 0x06);
        }
        define(m, d, "shake_128", 168, 0, (byte) 0x1f);
        define(m, d, "shake_256", 136, 0, (byte) 0x1f);
        return m;
    }

    private static void define(PyModule m, PyDict d, String name, int rate, int digestSize, byte suffix) {
        PyType type = sha3Type(name, digestSize, digestSize == 0);
        BuiltinsModule.def(m, d, "_sha3", name, (s, a, o, n, k) -> {
            PyObject[] p = Args.parse(name, a, o, n, k, new String[] {"data", "usedforsecurity"}, 0, 1);
            Sponge sp = new Sponge(type, rate, digestSize, suffix);
            if (p[0] != null) sp.absorb(HashModules.bytesOf(p[0]));
            return sp;
        });
    }
}
