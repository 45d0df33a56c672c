package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Two coupled copies of Goldbeter's minimal mitotic oscillator (cyclin c, active cdc2 kinase m,
 * active cyclin protease x), each inhibiting the other through {@code Kim/(Kim + m_other)}. For
 * oscillator 1 (oscillator 2 alike, with the indices swapped):
 * {@code dc1/dt = vi·Kim/(Kim + m2) − vd·x1·c1/(Kd1 + c1) − kd1·c1},
 * {@code dm1/dt = V1·(1 − m1)/(K + 1 − m1) − V2·m1/(K + m1)} with {@code V1 = Vm1·c1/(Kc + c1)},
 * {@code dx1/dt = Vm3·m1·(1 − x1)/(K + 1 − x1) − V4·x1/(K + x1)}.
 *
 * <p>Romond, Rustici, Gonze, Goldbeter (1999). Parameters: {@code K}, {@code Kc}, {@code Kd1},
 * {@code Kim}, {@code V2}, {@code V4}, {@code Vm1}, {@code Vm3}, {@code kd1}, {@code vd},
 * {@code vi}; both oscillators share them, as in dysts. State order is
 * {@code (c1, m1, x1, c2, m2, x2)}.
 */
public final class CellCycle extends AbstractFlow {

    private final double bigK;
    private final double kc;
    private final double bigKd1;
    private final double kim;
    private final double v2;
    private final double v4;
    private final double vm1;
    private final double vm3;
    private final double kd1;
    private final double vd;
    private final double vi;

    /** The coupled cell-cycle oscillators with the catalog's default parameters and initial condition. */
    public CellCycle() {
        this(SystemSpec.defaults("CellCycle"));
    }

    private CellCycle(SystemSpec spec) {
        super(spec);
        bigK = spec.param("K");
        kc = spec.param("Kc");
        bigKd1 = spec.param("Kd1");
        kim = spec.param("Kim");
        v2 = spec.param("V2");
        v4 = spec.param("V4");
        vm1 = spec.param("Vm1");
        vm3 = spec.param("Vm3");
        kd1 = spec.param("kd1");
        vd = spec.param("vd");
        vi = spec.param("vi");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CellCycle(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double c1 = s[0];
        double m1 = s[1];
        double x1 = s[2];
        double c2 = s[3];
        double m2 = s[4];
        double x2 = s[5];
        double rate1 = vm1 * c1 / (kc + c1);
        double rateU1 = vm1 * c2 / (kc + c2);
        double rate3 = m1 * vm3;
        double rateU3 = m2 * vm3;
        ds[0] = vi * kim / (kim + m2) - vd * x1 * c1 / (bigKd1 + c1) - kd1 * c1;
        ds[1] = rate1 * (1 - m1) / (bigK + (1 - m1)) - v2 * m1 / (bigK + m1);
        ds[2] = rate3 * (1 - x1) / (bigK + (1 - x1)) - v4 * x1 / (bigK + x1);
        ds[3] = vi * kim / (kim + m1) - vd * x2 * c2 / (bigKd1 + c2) - kd1 * c2;
        ds[4] = rateU1 * (1 - m2) / (bigK + (1 - m2)) - v2 * m2 / (bigK + m2);
        ds[5] = rateU3 * (1 - x2) / (bigK + (1 - x2)) - v4 * x2 / (bigK + x2);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        for (int i = 0; i < 36; i++) {
            j[i] = 0;
        }
        // oscillator 1 occupies rows/columns 0..2, oscillator 2 rows/columns 3..5
        fillOscillator(s[0], s[1], s[2], s[4], 0, 4, j);
        fillOscillator(s[3], s[4], s[5], s[1], 3, 1, j);
    }

    /** Rows o..o+2 of the Jacobian for one oscillator (c, m, x) inhibited by the other's m at column other. */
    private void fillOscillator(double c, double m, double x, double mOther, int o, int other, double[] j) {
        double rate1 = vm1 * c / (kc + c);
        double dc = bigKd1 + c;
        double qm = bigK + (1 - m);
        double qx = bigK + (1 - x);
        double pm = bigK + m;
        double px = bigK + x;
        double inh = kim + mOther;
        int r0 = o * 6;
        int r1 = (o + 1) * 6;
        int r2 = (o + 2) * 6;
        j[r0 + o] = -vd * x * bigKd1 / (dc * dc) - kd1;
        j[r0 + o + 2] = -vd * c / dc;
        j[r0 + other] = -vi * kim / (inh * inh);
        j[r1 + o] = vm1 * kc / ((kc + c) * (kc + c)) * (1 - m) / qm;
        j[r1 + o + 1] = -rate1 * bigK / (qm * qm) - v2 * bigK / (pm * pm);
        j[r2 + o + 1] = vm3 * (1 - x) / qx;
        j[r2 + o + 2] = -m * vm3 * bigK / (qx * qx) - v4 * bigK / (px * px);
    }
}
