package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Houart–Dupont–Goldbeter model of intracellular Ca²⁺ oscillations: cytosolic Ca²⁺ z,
 * Ca²⁺ in the stores y and the IP₃ concentration a. With the rates
 * {@code V2 = Vm2·z²/(K2² + z²)}, {@code V3 = Vm3·z^m/(Kz^m + z^m)·y²/(Ky² + y²)·a⁴/(Ka⁴ + a⁴)},
 * {@code V5 = Vm5·a^p/(K5^p + a^p)·z^n/(Kd^n + z^n)}:
 * {@code dz/dt = V0 + V1·β − V2 + V3 + kf·y − k·z}, {@code dy/dt = V2 − V3 − kf·y},
 * {@code da/dt = β·V4 − V5 − ε·a}.
 *
 * <p>Houart, Dupont, Goldbeter. Bull Math Biol 1999. Parameters: {@code K2}, {@code K5},
 * {@code Ka}, {@code Kd}, {@code Ky}, {@code Kz}, {@code V0}, {@code V1}, {@code V4},
 * {@code Vm2}, {@code Vm3}, {@code Vm5}, {@code beta}, {@code eps}, {@code k}, {@code kf},
 * {@code m}, {@code n}, {@code p} (m, n, p are Hill exponents). State order is {@code (z, y, a)}.
 */
public final class CaTwoPlus extends AbstractFlow {

    private final double bigK2;
    private final double bigK5;
    private final double ka;
    private final double kd;
    private final double ky;
    private final double kz;
    private final double v0;
    private final double v1;
    private final double v4;
    private final double vm2;
    private final double vm3;
    private final double vm5;
    private final double beta;
    private final double eps;
    private final double k;
    private final double kf;
    private final double m;
    private final double n;
    private final double p;

    /** The Ca²⁺ oscillation model with the catalog's default parameters and initial condition. */
    public CaTwoPlus() {
        this(SystemSpec.defaults("CaTwoPlus"));
    }

    /** Package-private: systems that dysts derives from CaTwoPlus share its equations. */
    CaTwoPlus(SystemSpec spec) {
        super(spec);
        bigK2 = spec.param("K2");
        bigK5 = spec.param("K5");
        ka = spec.param("Ka");
        kd = spec.param("Kd");
        ky = spec.param("Ky");
        kz = spec.param("Kz");
        v0 = spec.param("V0");
        v1 = spec.param("V1");
        v4 = spec.param("V4");
        vm2 = spec.param("Vm2");
        vm3 = spec.param("Vm3");
        vm5 = spec.param("Vm5");
        beta = spec.param("beta");
        eps = spec.param("eps");
        k = spec.param("k");
        kf = spec.param("kf");
        m = spec.param("m");
        n = spec.param("n");
        p = spec.param("p");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CaTwoPlus(spec);
    }

    /** Hill function u^q/(K^q + u^q). */
    private static double hill(double u, double kk, double q) {
        double uq = Math.pow(u, q);
        return uq / (Math.pow(kk, q) + uq);
    }

    /** Derivative of the Hill function: q·u^(q−1)·K^q/(K^q + u^q)². */
    private static double hillDerivative(double u, double kk, double q) {
        double kq = Math.pow(kk, q);
        double den = kq + Math.pow(u, q);
        return q * Math.pow(u, q - 1) * kq / (den * den);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double z = s[0];
        double y = s[1];
        double a = s[2];
        double vin = v0 + v1 * beta;
        double rate2 = vm2 * z * z / (bigK2 * bigK2 + z * z);
        double y2 = y * y;
        double a4 = a * a * a * a;
        double ka4 = ka * ka * ka * ka;
        double rate3 = (vm3 * hill(z, kz, m)) * (y2 / (ky * ky + y2)) * (a4 / (ka4 + a4));
        double rate5 = vm5 * hill(a, bigK5, p) * hill(z, kd, n);
        ds[0] = vin - rate2 + rate3 + kf * y - k * z;
        ds[1] = rate2 - rate3 - kf * y;
        ds[2] = beta * v4 - rate5 - eps * a;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double z = s[0];
        double y = s[1];
        double a = s[2];
        double kk2 = bigK2 * bigK2;
        double den2 = kk2 + z * z;
        double rate2Z = vm2 * 2 * z * kk2 / (den2 * den2);
        double y2 = y * y;
        double ky2 = ky * ky;
        double hy = y2 / (ky2 + y2);
        double hyY = 2 * y * ky2 / ((ky2 + y2) * (ky2 + y2));
        double a4 = a * a * a * a;
        double ka4 = ka * ka * ka * ka;
        double ha = a4 / (ka4 + a4);
        double haA = 4 * a * a * a * ka4 / ((ka4 + a4) * (ka4 + a4));
        double hz = hill(z, kz, m);
        double hzZ = hillDerivative(z, kz, m);
        double rate3Z = vm3 * hzZ * hy * ha;
        double rate3Y = vm3 * hz * hyY * ha;
        double rate3A = vm3 * hz * hy * haA;
        double h5a = hill(a, bigK5, p);
        double h5z = hill(z, kd, n);
        j[0] = -rate2Z + rate3Z - k;
        j[1] = rate3Y + kf;
        j[2] = rate3A;
        j[3] = rate2Z - rate3Z;
        j[4] = -rate3Y - kf;
        j[5] = -rate3A;
        j[6] = -vm5 * h5a * hillDerivative(z, kd, n);
        j[7] = 0;
        j[8] = -vm5 * hillDerivative(a, bigK5, p) * h5z - eps;
    }
}
