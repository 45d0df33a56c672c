package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.Parameters;
import io.github.chaoskit.systems.SystemInfo;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.systems.SystemSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelayLyapunovSpectrumTest {

    /** The linear test equation {@code x' = −a·x(t) + b·x(t − τ)}, outside the catalog. */
    static final class LinearDelay extends AbstractDelayFlow {
        private final double a;
        private final double b;

        LinearDelay(double a, double b, double tau) {
            this(SystemSpec.of(SystemInfo.custom("LinearDelay", SystemKind.DDE, List.of("x"),
                    Parameters.of(Map.of("a", a, "b", b, "tau", tau)), new double[] {1.0}, tau, "test equation")),
                    Settings.DEFAULT);
        }

        private LinearDelay(SystemSpec spec, Settings settings) {
            super(spec, settings);
            a = spec.param("a");
            b = spec.param("b");
        }

        @Override
        protected DelayFlow create(SystemSpec spec, Settings settings) {
            return new LinearDelay(spec, settings);
        }

        @Override
        public void rhs(double t, double[] x, double[] xd, double[] dx) {
            dx[0] = -a * x[0] + b * xd[0];
        }

        @Override
        public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
            jx[0] = -a;
            jd[0] = b;
        }
    }

    /**
     * Roots of the characteristic equation {@code λ = −a + b·e^{−λτ}}, rightmost first, each
     * complex root followed by its conjugate. They are {@code λ_m = −a + W_m(bτ·e^{aτ})/τ} over
     * the branches m of Lambert's W; each is found by Newton's method on the characteristic
     * equation from the branch's asymptotic value {@code W_m(z) ≈ L − ln L}, {@code L = ln z + 2πim}.
     */
    static List<Complex> characteristicRoots(double a, double b, double tau, int branches) {
        Complex z = new Complex(b * tau * Math.exp(a * tau), 0);
        List<Complex> roots = new ArrayList<>();
        for (int m = 0; m < branches; m++) {
            Complex l = z.log().add(new Complex(0, 2 * Math.PI * m));
            Complex w = m == 0 && b > 0 ? new Complex(Math.log1p(z.getReal()), 0) : l.subtract(l.log());
            Complex lambda = w.divide(tau).subtract(a);
            for (int it = 0; it < 100; it++) {
                Complex e = lambda.multiply(-tau).exp().multiply(b);
                Complex g = lambda.add(a).subtract(e);
                Complex dg = e.multiply(tau).add(1);
                Complex step = g.divide(dg);
                lambda = lambda.subtract(step);
                if (step.norm() < 1e-15 * (1 + lambda.norm())) {
                    break;
                }
            }
            Complex residual = lambda.add(a).subtract(lambda.multiply(-tau).exp().multiply(b));
            assertTrue(residual.norm() < 1e-10, "root " + lambda + " has residual " + residual.norm());
            addUnique(roots, lambda);
            if (Math.abs(lambda.getImaginary()) > 1e-9) {
                addUnique(roots, lambda.conjugate());
            }
        }
        roots.sort(Comparator.comparingDouble(Complex::getReal).reversed());
        return roots;
    }

    private static void addUnique(List<Complex> roots, Complex r) {
        for (Complex q : roots) {
            if (q.subtract(r).norm() < 1e-8) {
                return;
            }
        }
        roots.add(r);
    }

    /**
     * A linear delay equation has the real parts of the rightmost characteristic roots as its
     * leading exponents (a complex pair twice). Case 1: a real root −0.4429 then pairs; case 2
     * (negative feedback): a weakly damped complex pair first.
     */
    @ParameterizedTest
    @CsvSource({"2.0, 1.0, 1.0", "0.5, -1.0, 2.0"})
    void linearEquationHasTheRealPartsOfItsCharacteristicRoots(double a, double b, double tau) {
        int k = 8;
        List<Complex> roots = characteristicRoots(a, b, tau, 12);
        LinearDelay f = new LinearDelay(a, b, tau);
        LyapunovResult r = DelayLyapunovSpectrum.of(f,
                LyapunovSpectrum.Options.defaults().withPeriods(5, 2000).withInterval(1), 100, k);
        double[] l = r.exponents();
        System.out.println("x' = -" + a + " x + " + b + " x(t-" + tau + "): " + r);
        for (int i = 0; i < k; i++) {
            double expected = roots.get(i).getReal();
            System.out.printf("  %d: computed %.6f, Re root %.6f (root %s)%n", i + 1, l[i], expected, roots.get(i));
            // finite averaging time 2000τ: the log-stretch of a 2-d oscillating block averages out as 1/T
            assertEquals(expected, l[i], 1e-3, "exponent " + (i + 1));
        }
        assertTrue(Double.isNaN(r.meanDivergence()));
    }

    /** The discretisation converges quickly: the fast-oscillating 4th pair is off at N = 10 and fine at N = 100. */
    @Test
    void discretisationErrorShrinksWithN() {
        double a = 2;
        double b = 1;
        double tau = 1;
        List<Complex> roots = characteristicRoots(a, b, tau, 12);
        double expected = roots.get(7).getReal();
        LinearDelay f = new LinearDelay(a, b, tau);
        LyapunovSpectrum.Options o = LyapunovSpectrum.Options.defaults().withPeriods(5, 2000).withInterval(1);
        double e10 = Math.abs(DelayLyapunovSpectrum.of(f, o, 10, 8).exponents()[7] - expected);
        double e100 = Math.abs(DelayLyapunovSpectrum.of(f, o, 100, 8).exponents()[7] - expected);
        System.out.printf("λ8 error: N=10 %.3g, N=100 %.3g (Re root %.6f)%n", e10, e100, expected);
        assertTrue(e100 < e10 / 5, "error at N=100 " + e100 + " vs N=10 " + e10);
    }

    private static DelayFlow mackeyGlass(double tau) {
        return ((DelayFlow) Catalog.get("MackeyGlass")).withParameter("tau", tau);
    }

    /** Mackey–Glass (β=0.2, γ=0.1, n=10) over 10⁵ time units, QR every τ, 10 runs. */
    private static LyapunovResult mackeyGlass(double tau, int n) {
        DelayFlow mg = mackeyGlass(tau);
        double period = mg.info().period();
        LyapunovSpectrum.Options o = LyapunovSpectrum.Options.defaults().withPeriods(500 / period, 100_000 / period)
                .withInterval(tau / period).withRuns(10);
        long t0 = System.nanoTime();
        LyapunovResult r = DelayLyapunovSpectrum.of(mg, o, n, 10);
        System.out.printf("Mackey-Glass tau=%.0f N=%d (%.2f s): %s%n", tau, n, (System.nanoTime() - t0) * 1e-9, r);
        return r;
    }

    /**
     * Mackey–Glass at τ = 17: one positive exponent, λ₁ = 1/197 = 0.00508 per time unit (the
     * Lyapunov time 197 of the NeuroBench Mackey–Glass data set, computed with jitcdde), a zero
     * exponent (the flow direction), the rest negative; N = 50, 100, 200 agree within the
     * statistical error.
     */
    @Test
    void mackeyGlassTau17ConvergesInN() {
        LyapunovResult r50 = mackeyGlass(17, 50);
        LyapunovResult r100 = mackeyGlass(17, 100);
        LyapunovResult r200 = mackeyGlass(17, 200);
        for (LyapunovResult r : List.of(r50, r100, r200)) {
            double[] l = r.exponents();
            assertEquals(0.00508, l[0], 6e-4, "λ1");
            assertTrue(l[0] > 10 * r.standardErrors()[0], "λ1 clearly positive");
            assertEquals(0.0, l[1], 2e-4, "zero exponent λ2");
            assertTrue(l[2] < -0.03, "λ3 negative");
        }
        double[] a = r50.exponents();
        double[] b = r100.exponents();
        double[] c = r200.exponents();
        for (int i = 0; i < 10; i++) {
            double tol = 3e-4 + 0.02 * Math.abs(c[i]);
            assertEquals(c[i], b[i], tol, "λ" + (i + 1) + " N=100 vs 200");
            assertEquals(c[i], a[i], tol, "λ" + (i + 1) + " N=50 vs 200");
        }
    }

    /**
     * Mackey–Glass at τ = 30: λ₁ ≈ 0.0071 per time unit (the figure usually quoted after Farmer
     * 1982 for Mackey–Glass; 1/139 = 0.0072 from the Lyapunov time of the NeuroBench data set), a
     * second positive exponent and a zero exponent.
     */
    @Test
    void mackeyGlassTau30HasTwoPositiveExponents() {
        double[] l = mackeyGlass(30, 100).exponents();
        assertEquals(0.0071, l[0], 8e-4, "λ1");
        assertTrue(l[1] > 0.001, "λ2 positive: " + l[1]);
        assertEquals(0.0, l[2], 3e-4, "zero exponent λ3");
        assertTrue(l[3] < -0.01, "λ4 negative");
    }

    @Test
    void sameInputsGiveIdenticalOutput() {
        DelayFlow f = (DelayFlow) Catalog.get("SprottDelay");
        LyapunovSpectrum.Options o = LyapunovSpectrum.Options.defaults().withPeriods(5, 20);
        LyapunovResult a = DelayLyapunovSpectrum.of(f, o, 40, 5);
        LyapunovResult b = LyapunovSpectrum.of(f, o);
        LyapunovResult c = DelayLyapunovSpectrum.of(f, o, 40, 5);
        assertArrayEquals(a.exponents(), c.exponents(), 0.0);
        assertArrayEquals(a.standardErrors(), c.standardErrors(), 0.0);
        assertEquals(5, a.exponents().length);
        assertEquals(DelayLyapunovSpectrum.DEFAULT_EXPONENTS, b.exponents().length);
        SystemInvariants inv = SystemInvariants.compute(f, o);
        assertEquals("dde", inv.kind());
        assertArrayEquals(b.exponents(), inv.lyapunov().exponents(), 0.0);
    }

    @Test
    void badArgumentsAreRejected() {
        DelayFlow f = (DelayFlow) Catalog.get("MackeyGlass");
        LyapunovSpectrum.Options o = LyapunovSpectrum.Options.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DelayLyapunovSpectrum.of(f, o, 2, 1));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DelayLyapunovSpectrum.of(f, o, 10, 0));
        e = assertThrows(IllegalArgumentException.class, () -> DelayLyapunovSpectrum.of(f, o, 10, 12));
        assertTrue(e.getMessage().contains("12"), e.getMessage());
    }
}
