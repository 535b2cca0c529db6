package org.sanca.modules;

import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;

/**
 * The math module's own numerical algorithms, computed step for step as CPython computes them so that
 * results agree to the bit: gamma and lgamma (Lanczos, N=13), sin(pi*x), fsum (Shewchuk's exact partials
 * with half-even correction), the scaled compensated vector norm of hypot and dist, and frexp.
 * CPython: Modules/mathmodule.c (m_tgamma, m_lgamma, m_sinpi, math_fsum, vector_norm, math_frexp).
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x*(x+1)*...*(x+11) as a polynomial. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

    static PyException domainError() {
        return PyErr.format(PyExc.ValueError, "math domain error");
    }

    static PyException rangeError() {
        return PyErr.format(PyExc.OverflowError, "math range error");
    }

    /** sin(pi*x) for finite x, exact at the integers and half-integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y));
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** The Lanczos sum as a rational function, in 1/x past 5 to avoid overflow. */
    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** math.gamma: C99 Annex F's special cases, exact factorials up to 23, Lanczos elsewhere. */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) return x;
            throw domainError();
        }
        if (x == 0.0) throw domainError();
        if (x == Math.floor(x)) {
            if (x < 0.0) throw domainError();
            if (x <= 23) return factorialDouble((int) x - 1);
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw rangeError();
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) return 0.0 / sinpi(x);
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    /** n! as a double, for n <= 22 (exact). */
    private static double factorialDouble(int n) {
        double r = 1.0;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    /** math.lgamma: log|gamma(x)|, by Lanczos and the reflection formula for negative x. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw domainError();
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Libm.log(absx);
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOGPI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    /** The running state of fsum: the non-overlapping partials and the sums of the special values. */
    static final class Fsum {
        private double[] partials = new double[32];
        private int n;
        private double specialSum, infSum;

        /** Adds x exactly to the partials (Shewchuk's grow-expansion). */
        void add(double x) {
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            n = i;
            if (x == 0.0) return;
            if (!Double.isFinite(x)) {
                if (Double.isFinite(xsave)) {
                    throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
                }
                if (Double.isInfinite(xsave)) infSum += xsave;
                specialSum += xsave;
                n = 0;
                return;
            }
            if (n == partials.length) partials = java.util.Arrays.copyOf(partials, 2 * n);
            partials[n++] = x;
        }

        /** The correctly rounded sum. */
        double result() {
            if (specialSum != 0.0) {
                if (Double.isNaN(infSum)) throw PyErr.format(PyExc.ValueError, "-inf + inf in fsum");
                return specialSum;
            }
            if (n == 0) return 0.0;
            int k = n;
            double hi = partials[--k], lo = 0.0;
            while (k > 0) {
                double x = hi, y = partials[--k];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) break;
            }
            if (k > 0 && (lo < 0.0 && partials[k - 1] < 0.0 || lo > 0.0 && partials[k - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) hi = x;
            }
            return hi;
        }
    }

    private static final double T27 = 134217729.0;

    /** The accumulators of vector_norm's compensated sum, csum starting at 1.0 so it always dominates. */
    private static final class Acc {
        double csum = 1.0, frac1, frac2, frac3;

        /** csum += x, the lost low part into frac[which]. */
        void add(double x, int which) {
            double old = csum;
            csum += x;
            double lost = (old - csum) + x;
            if (which == 1) frac1 += lost;
            else if (which == 2) frac2 += lost;
            else frac3 += lost;
        }
    }

    /** sqrt of the sum of squares of vec (all non-negative), max its largest element; almost always correctly rounded. */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = frexpExponent(max);
        Acc a = new Acc();
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * T27;
                double hi = t - (t - x), lo = x - hi;
                a.add(hi * hi, 1);
                a.add(2.0 * hi * lo, 2);
                a.frac3 += lo * lo;
            }
            double h = Math.sqrt(a.csum - 1.0 + (a.frac1 + a.frac2 + a.frac3));
            double t = h * T27;
            double hi = t - (t - h), lo = h - hi;
            a.add(-hi * hi, 1);
            a.add(-2.0 * hi * lo, 2);
            a.add(-lo * lo, 3);
            double x = a.csum - 1.0 + (a.frac1 + a.frac2 + a.frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            a.add(x * x, 1);
        }
        return max * Math.sqrt(a.csum - 1.0 + a.frac1);
    }

    /** frexp: m and e with x == m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for zeros, infinities and NaN). */
    static double frexpMantissa(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        return Math.scalb(x, -frexpExponent(x));
    }

    static int frexpExponent(double x) {
        if (x == 0 || !Double.isFinite(x)) return 0;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        return e + 1;
    }
}
