package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Decroly and Goldbeter's model of two coupled allosteric (Monod–Wyman–Changeux) enzymes in
 * glycolysis, with substrate {@code a}, intermediate {@code b} and product {@code c}:
 * {@code da/dt = ν − s1·φ}, {@code db/dt = q1·s1·φ − s2·η}, {@code dc/dt = q2·s2·η − k·c}, where
 * {@code φ = a(1 + a)(1 + b)²/(l1 + (1 + a)²(1 + b)²)} and
 * {@code η = b(1 + d·b)(1 + c)²/(l2 + (1 + d·b)²(1 + c)²)} are the enzyme rate functions.
 *
 * <p>Decroly, O.; Goldbeter, An amplified sensitivity arising from covalent modification in
 * biological systems. A. Proc. Natl. Acad. Sci. USA 1982, 79,6917–6921. Parameters: {@code d},
 * {@code k}, {@code l1}, {@code l2}, {@code nu} (ν), {@code q1}, {@code q2}, {@code s1}, {@code s2}.
 */
public final class GlycolyticOscillation extends AbstractFlow {

    private final double d;
    private final double k;
    private final double l1;
    private final double l2;
    private final double nu;
    private final double q1;
    private final double q2;
    private final double s1;
    private final double s2;

    /** The glycolytic oscillator with the catalog's default parameters and initial condition. */
    public GlycolyticOscillation() {
        this(SystemSpec.defaults("GlycolyticOscillation"));
    }

    private GlycolyticOscillation(SystemSpec spec) {
        super(spec);
        d = spec.param("d");
        k = spec.param("k");
        l1 = spec.param("l1");
        l2 = spec.param("l2");
        nu = spec.param("nu");
        q1 = spec.param("q1");
        q2 = spec.param("q2");
        s1 = spec.param("s1");
        s2 = spec.param("s2");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new GlycolyticOscillation(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double a = s[0];
        double b = s[1];
        double c = s[2];
        double pa = 1 + a;
        double pb = 1 + b;
        double pc = 1 + c;
        double pd = 1 + d * b;
        double phi = a * pa * pb * pb / (l1 + pa * pa * pb * pb);
        double eta = b * pd * pc * pc / (l2 + pd * pd * pc * pc);
        ds[0] = nu - s1 * phi;
        ds[1] = q1 * s1 * phi - s2 * eta;
        ds[2] = q2 * s2 * eta - k * c;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double a = s[0];
        double b = s[1];
        double c = s[2];
        double pa = 1 + a;
        double pb = 1 + b;
        double pc = 1 + c;
        double pd = 1 + d * b;
        // φ = N/D
        double num = a * pa * pb * pb;
        double den = l1 + pa * pa * pb * pb;
        double numA = (1 + 2 * a) * pb * pb;
        double numB = 2 * a * pa * pb;
        double denA = 2 * pa * pb * pb;
        double denB = 2 * pa * pa * pb;
        double phiA = (numA * den - num * denA) / (den * den);
        double phiB = (numB * den - num * denB) / (den * den);
        // η = M/K
        double m = b * pd * pc * pc;
        double kk = l2 + pd * pd * pc * pc;
        double mB = (1 + 2 * d * b) * pc * pc;
        double mC = 2 * b * pd * pc;
        double kB = 2 * d * pd * pc * pc;
        double kC = 2 * pd * pd * pc;
        double etaB = (mB * kk - m * kB) / (kk * kk);
        double etaC = (mC * kk - m * kC) / (kk * kk);
        j[0] = -s1 * phiA;
        j[1] = -s1 * phiB;
        j[2] = 0;
        j[3] = q1 * s1 * phiA;
        j[4] = q1 * s1 * phiB - s2 * etaB;
        j[5] = -s2 * etaC;
        j[6] = 0;
        j[7] = q2 * s2 * etaB;
        j[8] = q2 * s2 * etaC - k;
    }
}
