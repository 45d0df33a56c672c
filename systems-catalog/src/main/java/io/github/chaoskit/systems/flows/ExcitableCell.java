package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Chay's three-variable reduction of the Hodgkin–Huxley model of an excitable cell: membrane
 * potential {@code v}, potassium gate {@code n} and intracellular calcium {@code c}, with
 * {@code dv/dt = gi·m∞³h∞(vi − v) + gkv·n⁴(vk − v) + gkc·c/(1 + c)·(vk − v) + gl(vl − v)},
 * {@code dn/dt = (n∞ − n)/τn}, {@code dc/dt = ρ(m∞³h∞(vc − v) − kc·c)}, where m∞, h∞, n∞ and
 * τn = 1/(tscl(αn + βn)) are built from exponential rate functions of {@code v}.
 *
 * <p>Teresa Chay. Chaos In A Three-variable Model Of An Excitable Cell. Physica D 1985.
 * As in dysts, α_m and α_n share the rate parameter {@code ar}, and the catalog parameters
 * {@code vm} and {@code vn} are not used by the equations. The rate functions α_m and α_n have
 * removable 0/0 singularities (v = −25 and v = −20 at the defaults) that are evaluated literally.
 */
public final class ExcitableCell extends AbstractFlow {

    private final double aho;
    private final double ahr;
    private final double ahs;
    private final double ams;
    private final double amvb;
    private final double amvo;
    private final double ans;
    private final double anvb;
    private final double anvo;
    private final double ar;
    private final double bho;
    private final double bhr;
    private final double bmo;
    private final double bmr;
    private final double bms;
    private final double bno;
    private final double bnr;
    private final double bns;
    private final double gi;
    private final double gkc;
    private final double gkv;
    private final double gl;
    private final double kc;
    private final double rho;
    private final double tscl;
    private final double vc;
    private final double vi;
    private final double vk;
    private final double vl;

    /** The excitable cell model with the catalog's default parameters and initial condition. */
    public ExcitableCell() {
        this(SystemSpec.defaults("ExcitableCell"));
    }

    private ExcitableCell(SystemSpec spec) {
        super(spec);
        aho = spec.param("aho");
        ahr = spec.param("ahr");
        ahs = spec.param("ahs");
        ams = spec.param("ams");
        amvb = spec.param("amvb");
        amvo = spec.param("amvo");
        ans = spec.param("ans");
        anvb = spec.param("anvb");
        anvo = spec.param("anvo");
        ar = spec.param("ar");
        bho = spec.param("bho");
        bhr = spec.param("bhr");
        bmo = spec.param("bmo");
        bmr = spec.param("bmr");
        bms = spec.param("bms");
        bno = spec.param("bno");
        bnr = spec.param("bnr");
        bns = spec.param("bns");
        gi = spec.param("gi");
        gkc = spec.param("gkc");
        gkv = spec.param("gkv");
        gl = spec.param("gl");
        kc = spec.param("kc");
        rho = spec.param("rho");
        tscl = spec.param("tscl");
        vc = spec.param("vc");
        vi = spec.param("vi");
        vk = spec.param("vk");
        vl = spec.param("vl");
        // vm and vn are catalog parameters that the dysts equations never use.
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ExcitableCell(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double v = s[0];
        double n = s[1];
        double c = s[2];
        double alphaM = ams * (amvb + v) / (1 - Math.exp(-ar * v - amvo));
        double betaM = bms * Math.exp(-bmr * v - bmo);
        double mInf = alphaM / (alphaM + betaM);
        double alphaH = ahs * Math.exp(-ahr * v - aho);
        double betaH = 1 / (1 + Math.exp(-bhr * v - bho));
        double hInf = alphaH / (alphaH + betaH);
        double alphaN = ans * (anvb + v) / (1 - Math.exp(-ar * v - anvo));
        double betaN = bns * Math.exp(-bnr * v - bno);
        double nInf = alphaN / (alphaN + betaN);
        double tauN = 1 / (tscl * (alphaN + betaN));
        double ca = c / (1 + c);
        double m3h = mInf * mInf * mInf * hInf;
        double n2 = n * n;
        ds[0] = gi * m3h * (vi - v) + gkv * n2 * n2 * (vk - v) + gkc * ca * (vk - v) + gl * (vl - v);
        ds[1] = (nInf - n) / tauN;
        ds[2] = rho * (m3h * (vc - v) - kc * c);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double v = s[0];
        double n = s[1];
        double c = s[2];
        // activation m: alpha_m = ams (amvb + v) / (1 − E), E = exp(−ar v − amvo)
        double em = Math.exp(-ar * v - amvo);
        double alphaM = ams * (amvb + v) / (1 - em);
        double dAlphaM = ams / (1 - em) - ams * (amvb + v) * ar * em / ((1 - em) * (1 - em));
        double betaM = bms * Math.exp(-bmr * v - bmo);
        double dBetaM = -bmr * betaM;
        double sumM = alphaM + betaM;
        double mInf = alphaM / sumM;
        double dmInf = (dAlphaM * betaM - alphaM * dBetaM) / (sumM * sumM);
        // inactivation h
        double alphaH = ahs * Math.exp(-ahr * v - aho);
        double dAlphaH = -ahr * alphaH;
        double eh = Math.exp(-bhr * v - bho);
        double betaH = 1 / (1 + eh);
        double dBetaH = bhr * eh / ((1 + eh) * (1 + eh));
        double sumH = alphaH + betaH;
        double hInf = alphaH / sumH;
        double dhInf = (dAlphaH * betaH - alphaH * dBetaH) / (sumH * sumH);
        // potassium gate n: dn/dt = (n∞ − n)/τn = tscl·(αn − n·(αn + βn))
        double en = Math.exp(-ar * v - anvo);
        double alphaN = ans * (anvb + v) / (1 - en);
        double dAlphaN = ans / (1 - en) - ans * (anvb + v) * ar * en / ((1 - en) * (1 - en));
        double betaN = bns * Math.exp(-bnr * v - bno);
        double dBetaN = -bnr * betaN;
        double ca = c / (1 + c);
        double dCa = 1 / ((1 + c) * (1 + c));
        double m2 = mInf * mInf;
        double m3h = m2 * mInf * hInf;
        double dm3h = 3 * m2 * dmInf * hInf + m2 * mInf * dhInf;
        double n3 = n * n * n;
        j[0] = gi * dm3h * (vi - v) - gi * m3h - gkv * n3 * n - gkc * ca - gl;
        j[1] = 4 * gkv * n3 * (vk - v);
        j[2] = gkc * dCa * (vk - v);
        j[3] = tscl * (dAlphaN - n * (dAlphaN + dBetaN));
        j[4] = -tscl * (alphaN + betaN);
        j[5] = 0;
        j[6] = rho * (dm3h * (vc - v) - m3h);
        j[7] = 0;
        j[8] = -rho * kc;
    }
}
