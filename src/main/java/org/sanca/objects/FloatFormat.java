package org.sanca.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Converting doubles to text as CPython does: repr's shortest round-trip form and the 'e', 'f', 'g', '%'
 * formats with correct rounding.
 * CPython: Python/pystrtod.c (PyOS_double_to_string) and Python/dtoa.c (mode 0 shortest digits).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Shortest digits d1..dn and exponent e with |v| = d1.d2...dn * 10**e (v finite, nonzero). */
    record Digits(String digits, int exp) {}

    static Digits shortest(double v) {
        v = Math.abs(v);
        String s = Double.toString(v);
        int ePos = s.indexOf('E');
        int exp10 = ePos >= 0 ? Integer.parseInt(s.substring(ePos + 1)) : 0;
        String mant = ePos >= 0 ? s.substring(0, ePos) : s;
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot), frac = mant.substring(dot + 1);
        String all = intPart + frac;
        int pointPos = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        all = all.substring(lead);
        pointPos -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') end--;
        all = all.substring(0, end);
        Digits d = new Digits(all, pointPos - 1);
        if (all.length() == 2) d = tryOneDigit(v, d);
        return d;
    }

    /** Java picks 2 digits where 1 would round-trip (e.g. 4.9E-324 for 5e-324); dtoa picks the 1-digit form. */
    private static Digits tryOneDigit(double v, Digits d) {
        int first = d.digits.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(v), bestDist = null;
        for (int cand = first; cand <= first + 1; cand++) {
            String ds = cand == 10 ? "1" : String.valueOf(cand);
            int e = cand == 10 ? d.exp + 1 : d.exp;
            double back = Double.parseDouble(ds + "e" + e);
            if (back != v) continue;
            BigDecimal dist = new BigDecimal(ds + "e" + e).subtract(exact).abs();
            if (bestDist == null || dist.compareTo(bestDist) < 0) {
                best = new Digits(ds, e);
                bestDist = dist;
            }
        }
        return best == null ? d : best;
    }

    /** float.__repr__: shortest round-trip digits, fixed notation for 1e-4 <= |v| < 1e16. */
    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        Digits d = shortest(v);
        String body = d.exp >= -4 && d.exp < 16 ? fixed(d, true) : sci(d.digits, d.exp, false);
        return v < 0 ? "-" + body : body;
    }

    private static String fixed(Digits d, boolean forceDecimal) {
        String ds = d.digits;
        int e = d.exp;
        StringBuilder sb = new StringBuilder();
        if (e < 0) {
            sb.append("0.").append("0".repeat(-e - 1)).append(ds);
        } else if (ds.length() <= e + 1) {
            sb.append(ds).append("0".repeat(e + 1 - ds.length()));
            if (forceDecimal) sb.append(".0");
        } else {
            sb.append(ds, 0, e + 1).append('.').append(ds, e + 1, ds.length());
        }
        return sb.toString();
    }

    private static String sci(String ds, int e, boolean upper) {
        StringBuilder sb = new StringBuilder();
        sb.append(ds.charAt(0));
        if (ds.length() > 1) sb.append('.').append(ds, 1, ds.length());
        appendExp(sb, e, upper);
        return sb.toString();
    }

    private static void appendExp(StringBuilder sb, int e, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+');
        int a = Math.abs(e);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    /**
     * Formats |v| (sign handled by the caller) for a format type: 'e', 'E', 'f', 'F', 'g', 'G', '%', 'r'
     * (repr), or 0 (format() with no type: repr without precision, else 'g' keeping one decimal digit).
     */
    public static String format(double v, char type, int prec, boolean alt) {
        v = Math.abs(v);
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String pct = type == '%' ? "%" : "";
        if (Double.isNaN(v)) return (upper ? "NAN" : "nan") + pct;
        if (Double.isInfinite(v)) return (upper ? "INF" : "inf") + pct;
        switch (type) {
            case 'f', 'F':
                return fixedPrec(v, prec < 0 ? 6 : prec, alt);
            case '%':
                return Double.isInfinite(v * 100) ? "inf%" : fixedPrec(v * 100, prec < 0 ? 6 : prec, alt) + "%";
            case 'e', 'E':
                return sciPrec(v, prec < 0 ? 6 : prec, alt, upper);
            case 'g', 'G', 'n':
                return general(v, prec < 0 ? 6 : prec, alt, upper, false);
            default:
                if (prec < 0) {
                    String r = repr(v);
                    return alt && r.indexOf('.') < 0 && r.indexOf('e') < 0 ? r + "." : r;
                }
                return general(v, prec, alt, false, true);
        }
    }

    static String fixedPrec(double v, int prec, boolean alt) {
        String s = fixedExact(v, prec);
        if (s == null) s = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return alt && prec == 0 ? s + "." : s;
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    /**
     * v (finite, not negative) rounded half-even to prec decimals, as BigDecimal would give it, when
     * the digits fit a long: v * 10**prec computed exactly in 128-bit integers from v's binary
     * mantissa and exponent (what dtoa's mode 3 does for 'f'); else null.
     */
    static String fixedExact(double v, int prec) {
        if (prec >= POW10.length) return null;
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (exp != 0) m |= 1L << 52;
        else exp = 1;
        int e = exp - 1075; // v == m * 2**e
        long hi = Math.multiplyHigh(m, POW10[prec]), lo = m * POW10[prec]; // m * 10**prec < 2**113
        long q;
        int cmp; // the dropped bits against one half
        if (e >= 0) {
            if (hi != 0 || e > 62 || lo >>> (63 - e) != 0) return null;
            q = lo << e;
            cmp = -1;
        } else if (-e < 64) {
            int s = -e;
            if (hi >>> s != 0) return null;
            q = hi << (64 - s) | lo >>> s;
            cmp = Long.compareUnsigned(lo & ((1L << s) - 1), 1L << (s - 1));
        } else if (-e == 64) {
            q = hi;
            cmp = Long.compareUnsigned(lo, Long.MIN_VALUE);
        } else if (-e < 128) {
            int s = -e - 64;
            q = hi >>> s;
            cmp = Long.compareUnsigned(hi & ((1L << s) - 1), 1L << (s - 1));
            if (cmp == 0 && lo != 0) cmp = 1;
        } else {
            q = 0;
            cmp = -1; // below 2**113 / 2**128
        }
        if (q < 0) return null;
        if (cmp > 0 || cmp == 0 && (q & 1) != 0) {
            if (q == Long.MAX_VALUE) return null;
            q++;
        }
        String ds = Long.toString(q);
        if (prec == 0) return ds;
        if (ds.length() <= prec) ds = "0".repeat(prec + 1 - ds.length()) + ds;
        int point = ds.length() - prec;
        return ds.substring(0, point) + "." + ds.substring(point);
    }

    static String sciPrec(double v, int prec, boolean alt, boolean upper) {
        String ds;
        int e;
        if (v == 0) {
            ds = "0".repeat(prec + 1);
            e = 0;
        } else {
            BigDecimal r = new BigDecimal(v).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            ds = r.unscaledValue().toString();
            e = ds.length() - 1 - r.scale();
            if (ds.length() < prec + 1) ds = ds + "0".repeat(prec + 1 - ds.length());
            else if (ds.length() > prec + 1) ds = ds.substring(0, prec + 1);
        }
        StringBuilder sb = new StringBuilder().append(ds.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(ds, 1, ds.length());
        appendExp(sb, e, upper);
        return sb.toString();
    }

    private static String general(double v, int prec, boolean alt, boolean upper, boolean noType) {
        if (prec == 0) prec = 1;
        int e;
        if (v == 0) e = 0;
        else {
            BigDecimal r = new BigDecimal(v).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            e = r.precision() - 1 - r.scale();
        }
        String s;
        if (e >= -4 && e < (noType ? prec - 1 : prec)) {
            s = fixedPrec(v, Math.max(0, prec - 1 - e), alt);
            if (!alt) s = stripZeros(s);
            if (noType && s.indexOf('.') < 0) s = s + ".0";
        } else {
            s = sciPrec(v, prec - 1, alt, upper);
            if (!alt) {
                int ep = s.indexOf(upper ? 'E' : 'e');
                s = stripZeros(s.substring(0, ep)) + s.substring(ep);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }
}
