package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Rikitake's two-disk dynamo, a model of geomagnetic polarity reversals:
 * {@code dx/dt = −μx + yz}, {@code dy/dt = −μy − a·x + xz}, {@code dz/dt = 1 − xy}.
 *
 * <p>Rikitake, T., Oscillations of a system of disk dynamos, Mathematical Proceedings of the
 * Cambridge Philosophical Society, 1958. Parameters: {@code a}, {@code mu}.
 */
public final class RikitakeDynamo extends AbstractFlow {

    private final double a;
    private final double mu;

    /** The RikitakeDynamo system with the catalog's default parameters and initial condition. */
    public RikitakeDynamo() {
        this(SystemSpec.defaults("RikitakeDynamo"));
    }

    private RikitakeDynamo(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        mu = spec.param("mu");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new RikitakeDynamo(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -mu * x + y * z;
        ds[1] = -mu * y - a * x + x * z;
        ds[2] = 1 - x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -mu;
        j[1] = z;
        j[2] = y;
        j[3] = -a + z;
        j[4] = -mu;
        j[5] = x;
        j[6] = -y;
        j[7] = -x;
        j[8] = 0;
    }
}
