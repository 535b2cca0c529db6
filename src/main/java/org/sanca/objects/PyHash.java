package org.sanca.objects;

import java.security.SecureRandom;

/**
 * Hashing as CPython does it: SipHash-1-3 for str and bytes keyed from PYTHONHASHSEED, the numeric hash
 * modulo 2**61-1 for int and float.
 * CPython: Python/pyhash.c, Python/bootstrap_hash.c (lcg_urandom), Include/cpython/pyhash.h.
 */
public final class PyHash {
    private PyHash() {}

    /** _PyHASH_MODULUS: the Mersenne prime 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final int BITS = 61;
    public static final long INF = 314159;
    /** The hash of the imaginary unit's coefficient (_PyHASH_IMAG). */
    public static final long IMAG = 1000003;

    /**
     * The seed a command line asks for, read once when PyHash is first used: the str and bytes key is fixed for the
     * JVM's life (cached str hashes and the dicts holding them depend on it).
     */
    public static final class Seed {
        private Seed() {}

        static volatile boolean requested;
        static volatile long value = -1;

        /** Asks for PYTHONHASHSEED's seed (0 disables randomization), or a random key when seed is -1. */
        public static void request(long seed) {
            value = seed;
            requested = true;
        }

        /**
         * PYTHONHASHSEED's value as config_init_hash_seed reads it: -1 for unset, empty or "random"; -2 when it is not
         * an integer in [0; 4294967295] (strtoul's syntax: leading blanks, an optional sign, decimal digits).
         */
        public static long parse(String text) {
            if (text == null || text.isEmpty() || text.equals("random")) return -1;
            int i = 0, n = text.length();
            while (i < n && " \t\n\r\f\u000b".indexOf(text.charAt(i)) >= 0) i++;
            boolean negative = i < n && text.charAt(i) == '-';
            if (i < n && (text.charAt(i) == '+' || negative)) i++;
            if (i == n) return -2;
            long v = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') return -2;
                v = Math.min(v * 10 + (c - '0'), 1L << 40);
            }
            return v > 4294967295L || (negative && v != 0) ? -2 : v;
        }
    }

    private static final long K0, K1;
    /** The seed in use: -1 when the key is random. */
    private static final long SEED;

    static {
        SEED = Seed.requested ? Seed.value : Math.max(Seed.parse(System.getenv("PYTHONHASHSEED")), -1);
        byte[] secret = new byte[24];
        if (SEED > 0) {
            int x = (int) SEED;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) ((x >>> 16) & 0xff);
            }
        } else if (SEED < 0) {
            new SecureRandom().nextBytes(secret);
        }
        K0 = le64(secret, 0);
        K1 = le64(secret, 8);
    }

    /** Little-endian longs read from a byte array (one load each, where le64 reads bytes). */
    private static final java.lang.invoke.VarHandle LE64 =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The seed in use, -1 when random: sys.flags.hash_randomization is 0 only for seed 0. */
    public static long seed() {
        return SEED;
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /** _Py_HashBytes: SipHash-1-3 of the bytes; 0 for empty input, never -1. */
    public static long hashBytes(byte[] data, int len) {
        if (len == 0) return 0;
        long h = siphash13(data, len);
        return h == -1 ? -2 : h;
    }

    private static long siphash13(byte[] m, int len) {
        return siphash13(K0, K1, m, len);
    }

    /** _Py_KeyedHash: SipHash-1-3 of data under the key (key, 0), as _imp.source_hash uses it. */
    public static long keyedHash(long key, byte[] data) {
        return siphash13(key, 0, data, data.length);
    }

    private static long siphash13(long k0, long k1, byte[] m, int len) {
        long v0 = k0 ^ 0x736f6d6570736575L, v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L, v3 = k1 ^ 0x7465646279746573L;
        int blocks = len & ~7;
        for (int i = 0; i < blocks; i += 8) {
            long mi = (long) LE64.get(m, i);
            v3 ^= mi;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int i = len - 1; i >= blocks; i--) t = (t << 8) | (m[i] & 0xff);
        long b = ((long) len << 56) | t;
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** The hash of a str: SipHash over its PEP 393 representation (1, 2 or 4 bytes per code point). */
    static long hashString(String s, int kind) {
        int n = s.length();
        if (n == 0) return 0;
        byte[] buf;
        int len;
        if (kind == 1) {
            buf = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            len = n;
        } else if (kind == 2) {
            buf = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                buf[2 * i] = (byte) c;
                buf[2 * i + 1] = (byte) (c >> 8);
            }
            len = 2 * n;
        } else {
            buf = new byte[4 * n];
            len = 0;
            for (int i = 0; i < n; ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                buf[len++] = (byte) c;
                buf[len++] = (byte) (c >> 8);
                buf[len++] = (byte) (c >> 16);
                buf[len++] = (byte) (c >> 24);
            }
        }
        return hashBytes(buf, len);
    }

    /** The hash of a str given as code points (the unpaired form), kind 2 or 4 as hashString. */
    static long hashCodePoints(int[] cps, int kind) {
        int n = cps.length, w = kind == 2 ? 2 : 4;
        if (n == 0) return 0;
        byte[] buf = new byte[w * n];
        for (int i = 0, j = 0; i < n; i++)
            for (int b = 0; b < w; b++) buf[j++] = (byte) (cps[i] >> (8 * b));
        return hashBytes(buf, w * n);
    }

    /** _Py_HashDouble for a finite or infinite value (nan hashes by identity and is handled by the caller). */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (v == 0) return 0;
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        int e = Math.getExponent(v) < Double.MIN_EXPONENT ? Math.getExponent(v * 0x1p54) + 1 - 54 : Math.getExponent(v) + 1;
        double m = Math.scalb(v, -e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
