package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.trajectory.DivergenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A trained almost-linear RNN {@code z' = A⊙z + W φ_P(z) + h} (Brenner, Hemmer, Monfared and
 * Durstewitz 2024, NeurIPS, "Almost-linear RNNs yield highly interpretable symbolic codes in
 * dynamical systems reconstruction"), with its interpretation:
 * <ul>
 * <li><b>symbolic code</b>: the linear subregion a state is in, {@code Σ_k 2ᵏ·1[z_{M−P+k} &gt; 0]}
 *     over the P ReLU units (k = 0 … P−1), so at most 2ᴾ regions; inside a region D the map is affine,
 *     {@code z' = (diag(A) + W D) z + h} with {@code D = diag(1,…,1, bits)};</li>
 * <li><b>fixed points</b>: {@code z*_D = (I − diag(A) − W D)⁻¹ h} of each region; it is <em>real</em>
 *     if it lies in its own region (then it is a fixed point of the model), otherwise virtual; its
 *     stability is the spectral radius of {@code diag(A) + W D};</li>
 * <li><b>Lyapunov spectrum</b> from the exact Jacobians, inherited from {@link PlrnnModel}.</li>
 * </ul>
 * Codes need P ≤ 62. Immutable and thread-safe.
 */
public final class AlRnnModel extends PlrnnModel {

    /** Transient of the default free run behind {@link #fixedPoints()}. */
    public static final int DEFAULT_TRANSIENT = 1000;
    /** Length of the default free run behind {@link #fixedPoints()}. */
    public static final int DEFAULT_STEPS = 20_000;

    /** Most region-to-region transitions {@link #explain()} lists (the rest are summed). */
    static final int EXPLAIN_TRANSITIONS = 24;
    /** Most fixed points {@link #explain()} lists (the rest are summarised). */
    static final int EXPLAIN_FIXED_POINTS = 16;

    private final int p;

    AlRnnModel(Network net, double[] theta, double[] mean, double[] std, double dt, double[] firstRow,
            PlrnnConfig config, TrainingReport report, String name, String systemName, int forcingInterval) {
        super(net, theta, mean, std, dt, firstRow, config, report, name, systemName, forcingInterval);
        this.p = ((LatentMap.AlRnn) net.map).reluUnits();
    }

    /** @return the number P of ReLU units (the last P latent units). */
    public int reluUnits() {
        return p;
    }

    /** @return the diagonal A, length M. */
    public double[] a() {
        return Arrays.copyOfRange(theta, 0, net.m);
    }

    /** @return W, M×M row-major. */
    public double[] w() {
        return Arrays.copyOfRange(theta, net.m, net.m + net.m * net.m);
    }

    /** @return the bias h, length M. */
    public double[] h() {
        return Arrays.copyOfRange(theta, net.m + net.m * net.m, 2 * net.m + net.m * net.m);
    }

    /**
     * @param z a latent state, length M
     * @return its linear subregion, {@code Σ_k 2ᵏ·1[z_{M−P+k} > 0]}
     */
    public long region(double[] z) {
        requireLatent(z);
        return region(z, 0);
    }

    private long region(double[] z, int off) {
        if (p > 62) {
            throw new IllegalStateException("symbolic codes need at most 62 ReLU units, the model has " + p);
        }
        long code = 0;
        int m = net.m;
        for (int k = 0; k < p; k++) {
            if (z[off + m - p + k] > 0) {
                code |= 1L << k;
            }
        }
        return code;
    }

    /**
     * @param latentStates n×M latent states, row-major (e.g. from {@link #freeRun})
     * @return the symbolic code: the subregion of each state
     */
    public long[] symbolicCode(double[] latentStates) {
        int m = net.m;
        if (latentStates.length % m != 0) {
            throw new IllegalArgumentException("latent states of " + latentStates.length
                    + " values do not form rows of M = " + m);
        }
        long[] codes = new long[latentStates.length / m];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = region(latentStates, i * m);
        }
        return codes;
    }

    /**
     * @param skip steps discarded
     * @param steps length of the code
     * @return the symbolic code of the free run from the first training state
     */
    public long[] symbolicCode(int skip, int steps) {
        return symbolicCode(freeRun(trainingInitialState(), skip, steps));
    }

    /**
     * @param region a subregion code in [0, 2ᴾ)
     * @return the fixed point of that region's affine map, with its type and stability
     */
    public FixedPoint fixedPoint(long region) {
        return fixedPoint(region, Double.NaN);
    }

    private FixedPoint fixedPoint(long region, double occupancy) {
        if (region < 0 || (p < 63 && region >= (1L << p))) {
            throw new IllegalArgumentException("region " + region + " is not in [0, 2^" + p + ")");
        }
        int m = net.m;
        double[] a = a();
        double[] w = w();
        double[] h = h();
        DMatrixRMaj lin = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                boolean on = j < m - p || ((region >>> (j - (m - p))) & 1L) != 0;
                lin.set(i, j, on ? w[i * m + j] : 0);
            }
            lin.add(i, i, a[i]);
        }
        DMatrixRMaj sys = CommonOps_DDRM.identity(m);
        CommonOps_DDRM.subtractEquals(sys, lin);
        DMatrixRMaj z = new DMatrixRMaj(m, 1);
        boolean ok = CommonOps_DDRM.solve(sys, new DMatrixRMaj(m, 1, true, h), z);
        double[] state = z.getData().clone();
        for (double v : state) {
            ok &= Double.isFinite(v);
        }
        if (!ok) {
            Arrays.fill(state, Double.NaN);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false);
        double radius = Double.NaN;
        if (eig.decompose(lin.copy())) {
            radius = 0;
            for (int i = 0; i < m; i++) {
                radius = Math.max(radius, eig.getEigenvalue(i).getMagnitude());
            }
        }
        boolean real = ok && region(state, 0) == region;
        double[] observed = new double[net.n];
        double[] mu = mean();
        double[] sd = std();
        for (int k = 0; k < net.n; k++) {
            observed[k] = state[k] * sd[k] + mu[k];
        }
        return new FixedPoint(region, state, observed, real, radius, occupancy);
    }

    /**
     * @return the fixed points of the subregions visited by the free run from the first training
     *     state ({@value #DEFAULT_TRANSIENT} steps discarded, {@value #DEFAULT_STEPS} kept), most
     *     visited first
     */
    public List<FixedPoint> fixedPoints() {
        return fixedPoints(symbolicCode(DEFAULT_TRANSIENT, DEFAULT_STEPS));
    }

    /**
     * @param code a symbolic code (e.g. from {@link #symbolicCode(int, int)})
     * @return the fixed point of every region in the code, with its occupancy, most visited first
     */
    public List<FixedPoint> fixedPoints(long[] code) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (long c : code) {
            counts.merge(c, 1, Integer::sum);
        }
        List<Map.Entry<Long, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((x, y) -> y.getValue() != x.getValue().intValue() ? Integer.compare(y.getValue(), x.getValue())
                : Long.compare(x.getKey(), y.getKey()));
        List<FixedPoint> out = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : entries) {
            out.add(fixedPoint(e.getKey(), e.getValue() / (double) code.length));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@link PlrnnModel#explain()} plus the model's symbolic dynamics along the free run from the
     * first training state ({@value #DEFAULT_TRANSIENT} steps discarded, {@value #DEFAULT_STEPS}
     * kept): the subregions visited out of 2ᴾ, the head of the symbolic code, the transitions
     * between regions (the symbolic graph of Brenner et al. 2024, §4) and the fixed point of every
     * visited region with its type, stability and occupancy.
     */
    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder(super.explain());
        String nl = System.lineSeparator();
        sb.append(String.format(Locale.ROOT, "linear units: %d, ReLU units P = %d (the last P latent units)%n",
                net.m - p, p));
        long[] code;
        try {
            code = symbolicCode(DEFAULT_TRANSIENT, DEFAULT_STEPS);
        } catch (DivergenceException e) {
            return sb.append("symbolic code: the free run diverged (").append(e.getMessage()).append(')').append(nl)
                    .toString();
        }
        List<FixedPoint> fps = fixedPoints(code);
        sb.append(String.format(Locale.ROOT, "symbolic code: %d of %s linear subregions visited in %d steps%n",
                fps.size(), p < 63 ? Long.toString(1L << p) : "2^" + p, code.length));
        sb.append("  first symbols:");
        for (int i = 0; i < Math.min(60, code.length); i++) {
            sb.append(' ').append(code[i]);
        }
        sb.append(nl);
        Map<List<Long>, Integer> moves = new LinkedHashMap<>();
        for (int i = 1; i < code.length; i++) {
            if (code[i] != code[i - 1]) {
                moves.merge(List.of(code[i - 1], code[i]), 1, Integer::sum);
            }
        }
        List<Map.Entry<List<Long>, Integer>> byCount = new ArrayList<>(moves.entrySet());
        byCount.sort((x, y) -> !x.getValue().equals(y.getValue()) ? Integer.compare(y.getValue(), x.getValue())
                : x.getKey().get(0).equals(y.getKey().get(0)) ? Long.compare(x.getKey().get(1), y.getKey().get(1))
                : Long.compare(x.getKey().get(0), y.getKey().get(0)));
        sb.append("  transitions between regions, most frequent first (from -> to: count):");
        if (byCount.isEmpty()) {
            sb.append(" none");
        }
        int rest = 0;
        for (int i = 0; i < byCount.size(); i++) {
            Map.Entry<List<Long>, Integer> e = byCount.get(i);
            if (i < EXPLAIN_TRANSITIONS) {
                sb.append(' ').append(e.getKey().get(0)).append("->").append(e.getKey().get(1)).append(": ")
                        .append(e.getValue());
            } else {
                rest += e.getValue();
            }
        }
        if (byCount.size() > EXPLAIN_TRANSITIONS) {
            sb.append(" … ").append(byCount.size() - EXPLAIN_TRANSITIONS).append(" more pairs: ").append(rest);
        }
        sb.append(nl).append("fixed points of the visited regions, most visited first (observed coordinates in data "
                + "units):").append(nl);
        double restOccupancy = 0;
        for (int i = 0; i < fps.size(); i++) {
            if (i < EXPLAIN_FIXED_POINTS) {
                sb.append("  ").append(fps.get(i)).append(nl);
            } else {
                restOccupancy += fps.get(i).occupancy();
            }
        }
        if (fps.size() > EXPLAIN_FIXED_POINTS) {
            sb.append(String.format(Locale.ROOT, "  … %d more regions, together occupancy %.3f%n",
                    fps.size() - EXPLAIN_FIXED_POINTS, restOccupancy));
        }
        return sb.toString();
    }

    /**
     * The fixed point of one linear subregion.
     *
     * @param region the subregion code
     * @param state z* in latent (z-scored) coordinates; NaN if {@code I − diag(A) − W D} is singular
     * @param observed its first N units in the training data's units
     * @param real true if z* lies in its own region (a fixed point of the model)
     * @param spectralRadius largest |eigenvalue| of the region's matrix {@code diag(A) + W D}; &lt; 1
     *     means a real fixed point is stable
     * @param occupancy fraction of the analysed code in this region (NaN if not from a code)
     */
    public record FixedPoint(long region, double[] state, double[] observed, boolean real, double spectralRadius,
            double occupancy) {

        /** Defensive copies. */
        public FixedPoint {
            state = state.clone();
            observed = observed.clone();
        }

        @Override
        public double[] state() {
            return state.clone();
        }

        @Override
        public double[] observed() {
            return observed.clone();
        }

        @Override
        public String toString() {
            StringBuilder at = new StringBuilder("(");
            for (int k = 0; k < observed.length; k++) {
                at.append(k > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", observed[k]));
            }
            return String.format(Locale.ROOT, "region %d (%s, occupancy %.3f, spectral radius %.4f) at %s)", region,
                    real ? "real" : "virtual", occupancy, spectralRadius, at);
        }
    }
}
