package org.sanca.modules;

import java.math.BigInteger;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;

/**
 * The _random module: the Random type, a Mersenne Twister (MT19937) seeded, drawn from and saved exactly
 * as CPython's, which random.Random subclasses.
 * CPython: Modules/_randommodule.c.
 */
public final class RandomModule {
    private RandomModule() {}

    static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

    static final PyType TYPE = new PyType("_random.Random", PyType.BASETYPE);

    /** A generator's state: 624 words and the index of the next one to temper. */
    static final class Generator extends PyObject {
        final PyType type;
        private PyDict dict;
        final int[] mt = new int[N];
        int index;

        Generator(PyType type) {
            this.type = type;
            if (type.hasInstanceDict()) dict = new PyDict();
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        /** init_genrand: the state from one 32-bit seed. */
        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = N;
        }

        /** init_by_array: the state from a key of 32-bit words. */
        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** genrand_uint32: the next 32 random bits (as an int to be read unsigned). */
        int next() {
            if (index >= N) twist();
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            return y ^ (y >>> 18);
        }

        private void twist() {
            int kk = 0;
            for (; kk < N - M; kk++) mt[kk] = mt[kk + M] ^ mix(mt[kk], mt[kk + 1]);
            for (; kk < N - 1; kk++) mt[kk] = mt[kk + (M - N)] ^ mix(mt[kk], mt[kk + 1]);
            mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
            index = 0;
        }

        private static int mix(int a, int b) {
            int y = (a & UPPER_MASK) | (b & LOWER_MASK);
            return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }

        /** random(): 53 random bits from two draws, in [0, 1). */
        double random() {
            int a = next() >>> 5, b = next() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }
    }

    static {
        TYPE.tp_new = (type, a, o, n, k) -> new Generator(type);
        TYPE.tp_init = RandomModule::init;
        TYPE.addMethod("random", (MethNoArgs) s -> PyFloat.of(self(s).random()));
        TYPE.addMethod("seed", (MethFast) (s, a, o, n, k) -> {
            org.sanca.objects.Args.noKeywords("seed", k);
            org.sanca.objects.Args.range("seed", n, 0, 1);
            seed(self(s), n == 0 ? null : a[o]);
            return Py.None;
        });
        TYPE.addMethod("getstate", (MethNoArgs) RandomModule::getState);
        TYPE.addMethod("setstate", (MethO) RandomModule::setState);
        TYPE.addMethod("getrandbits", (MethO) (s, k) -> getrandbits(self(s), PyNumber.asIndex(k)));
        TYPE.put("__doc__", PyStr.of("Random() -> create a random number generator with its own internal state."));
        TYPE.ready();
    }

    private static Generator self(PyObject o) {
        return (Generator) o;
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.getDict().setItem(PyStr.of("Random"), TYPE);
        return m;
    }

    /** random_init: Random(seed=None), no keywords unless a subclass replaced __init__. */
    private static void init(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        if ((s.type() == TYPE || s.type().tp_init == TYPE.tp_init) && k != null && k.size() > 0) {
            throw PyErr.format(PyExc.TypeError, "Random() takes no keyword arguments");
        }
        if (n > 1) throw PyErr.format(PyExc.TypeError, "Random() requires 0 or 1 argument");
        seed(self(s), n == 1 ? a[o] : null);
    }

    /** random_seed: None seeds from the OS; an int by its absolute value's words; anything else by its hash. */
    static void seed(Generator g, PyObject arg) {
        if (arg == null || arg == Py.None) {
            seedUrandom(g);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            n = BigInteger.valueOf(Abstract.hash(arg));
            if (n.signum() < 0) n = n.add(BigInteger.ONE.shiftLeft(64));
        }
        g.initByArray(words(n));
    }

    /** The 32-bit words of a non-negative number, least significant first (at least one). */
    private static int[] words(BigInteger n) {
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int i = 0; i < key.length; i++) key[i] = n.shiftRight(32 * i).intValue();
        return key;
    }

    private static final java.security.SecureRandom OS_RANDOM = new java.security.SecureRandom();

    private static void seedUrandom(Generator g) {
        byte[] b = new byte[N * 4];
        OS_RANDOM.nextBytes(b);
        int[] key = new int[N];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(key);
        g.initByArray(key);
    }

    /** getrandbits(k): k random bits, 32 per draw, the last draw's top bits for a partial word. */
    private static PyObject getrandbits(Generator g, int k) {
        if (k < 0) throw PyErr.format(PyExc.ValueError, "number of bits must be non-negative");
        if (k == 0) return PyInt.of(0);
        if (k <= 32) return PyInt.of((g.next() & 0xffffffffL) >>> (32 - k));
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = g.next();
            if (k < 32) r >>>= 32 - k;
            int at = be.length - 4 * (i + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(be));
    }

    private static PyObject getState(PyObject s) {
        Generator g = self(s);
        PyObject[] items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.of(g.mt[i] & 0xffffffffL);
        items[N] = PyInt.of(g.index);
        return PyTuple.of(items);
    }

    private static PyObject setState(PyObject s, PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.format(PyExc.TypeError, "state vector must be a tuple");
        }
        if (t.size() != N + 1) throw PyErr.format(PyExc.ValueError, "state vector is the wrong size");
        int[] mt = new int[N];
        for (int i = 0; i < N; i++) mt[i] = (int) unsignedLong(t.get(i));
        PyInt last = t.get(N) instanceof PyInt i ? i : null;
        if (last == null) {
            throw PyErr.format(PyExc.TypeError, "an integer is required (got type %.200s)", PyErr.typeName(t.get(N)));
        }
        if (!last.fitsLong() || last.longValue() < 0 || last.longValue() > N) {
            throw PyErr.format(PyExc.ValueError, "invalid state");
        }
        Generator g = self(s);
        System.arraycopy(mt, 0, g.mt, 0, N);
        g.index = (int) last.longValue();
        return Py.None;
    }

    /** PyLong_AsUnsignedLong: an int in [0, 2**64). */
    private static long unsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.format(PyExc.TypeError, "an integer is required (got type %.200s)", PyErr.typeName(o));
        }
        BigInteger v = i.bigValue();
        if (v.signum() < 0) {
            throw PyErr.format(PyExc.OverflowError, "can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
        }
        return v.longValue();
    }
}
