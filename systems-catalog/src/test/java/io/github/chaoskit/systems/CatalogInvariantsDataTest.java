package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks the committed invariants table (data/catalog-invariants.csv, produced by
 * {@code chaoskit invariants --all}) against exact properties: every system has an entry, the
 * exponents of every flow sum to the time-averaged divergence, every chaotic autonomous flow has a
 * zero exponent, and λ₁ defines the catalog's Lyapunov time.
 */
class CatalogInvariantsDataTest {

    @Test
    void everySystemHasComputedInvariants() {
        for (DynamicalSystem s : Catalog.all()) {
            assertTrue(s.info().computed().isPresent(), s.name() + " is missing from data/catalog-invariants.csv");
            ComputedInvariants c = s.info().computed().get();
            assertEquals(c.lyapunovMax(), s.info().lyapunovMax().getAsDouble(), 0.0);
            assertTrue(s.info().lyapunovSource().startsWith("chaoskit"));
        }
    }

    @Test
    void exponentsOfFlowsSumToTheMeanDivergence() {
        for (DynamicalSystem s : Catalog.select(s -> s.kind() == SystemKind.ODE)) {
            ComputedInvariants c = s.info().computed().get();
            double sum = c.number("sum").getAsDouble();
            double div = c.number("mean_divergence").getAsDouble();
            assertEquals(div, sum, 1e-6 * Math.max(1, Math.abs(div)), s.name());
        }
    }

    @Test
    void chaoticFlowsHaveAZeroExponent() {
        for (DynamicalSystem s : Catalog.select(s -> s.kind() == SystemKind.ODE)) {
            ComputedInvariants c = s.info().computed().get();
            if (!"chaotic".equals(c.regime())) {
                continue;
            }
            double[] l = c.lyapunovSpectrum();
            double[] se = c.standardErrors();
            double scale = 0;
            for (double v : l) {
                scale = Math.max(scale, Math.abs(v));
            }
            boolean zero = false;
            for (int i = 0; i < l.length; i++) {
                zero |= Math.abs(l[i]) <= Math.max(4 * se[i], 0.01 * scale);
            }
            assertTrue(zero, s.name() + " has no exponent near zero: " + java.util.Arrays.toString(l));
        }
    }
}
