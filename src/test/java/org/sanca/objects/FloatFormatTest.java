package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FloatFormat's 'f' formatting by exact 128-bit integer arithmetic gives what BigDecimal's exact
 * expansion rounded half-even gives (CPython's dtoa mode 3), over doubles of every exponent it takes,
 * ties and precisions 0..18.
 */
class FloatFormatTest {
    private static String reference(double v, int prec) {
        return new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void check(double v, int prec) {
        String fast = FloatFormat.fixedExact(v, prec);
        if (fast != null) assertEquals(reference(v, prec), fast, () -> v + " to " + prec + " places");
    }

    @Test
    void matchesExactExpansion() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double v = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (Double.isNaN(v) || Double.isInfinite(v)) continue;
            check(v, r.nextInt(19));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = r.nextDouble() * Math.pow(10, r.nextInt(-20, 19));
            check(v, r.nextInt(19));
        }
    }

    @Test
    void takesTheCommonRange() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            double v = r.nextDouble() * Math.pow(10, r.nextInt(-8, 12));
            int prec = r.nextInt(7);
            assertEquals(reference(v, prec), FloatFormat.fixedExact(v, prec), () -> v + " to " + prec + " places");
        }
    }

    @Test
    void tiesRoundToEven() {
        double[] ties = {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e15 + 0.5, 4503599627370495.5, 0.0, Double.MIN_VALUE,
            Double.MIN_NORMAL, 9.223372036854775E18, 1.0 / 3, 2.0 / 3, 1e-7, 123456.000005};
        for (double v : ties) for (int prec = 0; prec <= 18; prec++) check(v, prec);
        assertEquals("0", FloatFormat.fixedExact(0.5, 0));
        assertEquals("2", FloatFormat.fixedExact(1.5, 0));
        assertEquals("0.12", FloatFormat.fixedExact(0.125, 2));
        assertEquals("2.67", FloatFormat.fixedExact(2.675, 2));
    }
}
