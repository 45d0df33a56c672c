package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.Flow;
import org.junit.jupiter.api.Test;

class LyapunovSpectrumTest {

    /** Lorenz-63 at σ=10, ρ=28, β=8/3: 0.9056, 0, −14.5723 (Sprott 2003, Chaos and Time-Series Analysis). */
    @Test
    void lorenzLiteratureValues() {
        Flow lorenz = Catalog.flow("Lorenz").withParameter("beta", 8.0 / 3.0);
        LyapunovResult r = LyapunovSpectrum.of(lorenz, LyapunovSpectrum.Options.defaults().withPeriods(20, 1000));
        double[] l = r.exponents();
        System.out.println(r + " div=" + r.meanDivergence() + " " + r.method());
        assertEquals(0.9056, l[0], 0.02, "λ1");
        assertEquals(0.0, l[1], 0.01, "λ2");
        assertEquals(-14.5723, l[2], 0.03, "λ3");
        // exactness: Σλ = −(σ + 1 + β) for every trajectory
        assertEquals(-(10 + 1 + 8.0 / 3.0), r.sum(), 1e-6);
        assertEquals(r.meanDivergence(), r.sum(), 1e-6);
        assertEquals(2.062, r.kaplanYorkeDimension(), 0.002);
    }

    /** Hénon a=1.4, b=0.3: 0.4192, −1.6232 (Sprott 2003); λ1+λ2 = ln b exactly. */
    @Test
    void henonLiteratureValues() {
        DiscreteMap henon = Catalog.map("Henon");
        LyapunovResult r = LyapunovSpectrum.of(henon, LyapunovSpectrum.Options.defaults().withIterations(1000, 400_000));
        assertEquals(0.4192, r.largest(), 0.003);
        assertEquals(-1.6232, r.exponents()[1], 0.003);
        assertEquals(Math.log(0.3), r.sum(), 1e-9);
        assertEquals(1.258, r.kaplanYorkeDimension(), 0.003);
    }

    /** Logistic map at r = 4: λ = ln 2 (conjugate to the tent map). */
    @Test
    void logisticAtFourIsLnTwo() {
        DiscreteMap logistic = Catalog.map("Logistic").withParameter("r", 4.0);
        LyapunovResult r = LyapunovSpectrum.of(logistic, LyapunovSpectrum.Options.defaults().withIterations(100, 1_000_000));
        assertEquals(Math.log(2), r.largest(), 0.005);
        assertTrue(r.standardErrors()[0] < 0.005);
    }

    @Test
    void kaplanYorkeDimension() {
        assertEquals(2.0 + 0.9 / 14.5, KaplanYorke.dimension(new double[] {0.9, 0.0, -14.5}), 1e-12);
        assertEquals(0.0, KaplanYorke.dimension(new double[] {-0.1, -1}), 0.0);
        assertEquals(3.0, KaplanYorke.dimension(new double[] {0.1, 0.0, 0.0}), 0.0);
        assertEquals(1 + 0.4192 / 1.6232, KaplanYorke.dimension(new double[] {-1.6232, 0.4192}), 1e-12);
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LyapunovSpectrum.Options.defaults().withRuns(1));
        assertThrows(IllegalArgumentException.class, () -> LyapunovSpectrum.Options.defaults().withPeriods(1, 0));
        assertThrows(IllegalArgumentException.class, () -> LyapunovSpectrum.Options.defaults().withTolerance(0));
    }
}
