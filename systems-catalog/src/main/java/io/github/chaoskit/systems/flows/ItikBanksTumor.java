package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Itik–Banks model of competing tumour, healthy-host and immune (effector) cell populations:
 * {@code dx/dt = x(1 − x) − a12·xy − a13·xz}, {@code dy/dt = r2·y(1 − y) − a21·xy},
 * {@code dz/dt = r3·xz/(x + k3) − a31·xz − d3·z}.
 *
 * <p>Itik, Banks. Int J Bifurcat Chaos 2010. Parameters: {@code a12}, {@code a13}, {@code a21},
 * {@code a31}, {@code d3}, {@code k3}, {@code r2}, {@code r3}.
 */
public final class ItikBanksTumor extends AbstractFlow {

    private final double a12;
    private final double a13;
    private final double a21;
    private final double a31;
    private final double d3;
    private final double k3;
    private final double r2;
    private final double r3;

    /** The ItikBanksTumor system with the catalog's default parameters and initial condition. */
    public ItikBanksTumor() {
        this(SystemSpec.defaults("ItikBanksTumor"));
    }

    private ItikBanksTumor(SystemSpec spec) {
        super(spec);
        a12 = spec.param("a12");
        a13 = spec.param("a13");
        a21 = spec.param("a21");
        a31 = spec.param("a31");
        d3 = spec.param("d3");
        k3 = spec.param("k3");
        r2 = spec.param("r2");
        r3 = spec.param("r3");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ItikBanksTumor(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = x * (1 - x) - a12 * x * y - a13 * x * z;
        ds[1] = r2 * y * (1 - y) - a21 * x * y;
        ds[2] = r3 * x * z / (x + k3) - a31 * x * z - d3 * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 1 - 2 * x - a12 * y - a13 * z;
        j[1] = -a12 * x;
        j[2] = -a13 * x;
        j[3] = -a21 * y;
        j[4] = r2 * (1 - 2 * y) - a21 * x;
        j[5] = 0;
        j[6] = r3 * z * k3 / ((x + k3) * (x + k3)) - a31 * z;
        j[7] = 0;
        j[8] = r3 * x / (x + k3) - a31 * x - d3;
    }
}
