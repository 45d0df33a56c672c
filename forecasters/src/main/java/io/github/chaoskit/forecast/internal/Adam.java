package io.github.chaoskit.forecast.internal;

/**
 * Adam (Kingma and Ba 2015, ICLR, "Adam: a method for stochastic optimization") and its
 * rectified variant RAdam (Liu et al. 2020, ICLR, "On the variance of the adaptive learning rate
 * and beyond") on a flat parameter vector, updated in place without allocation.
 *
 * <p>With gradient g at step t (1-based), β₁, β₂, ε:
 * <pre>
 * m ← β₁m + (1−β₁)g,   v ← β₂v + (1−β₂)g²,   m̂ = m/(1−β₁ᵗ),   v̂ = v/(1−β₂ᵗ)
 * Adam:   θ ← θ − η m̂/(√v̂ + ε)
 * RAdam:  ρ∞ = 2/(1−β₂) − 1,  ρₜ = ρ∞ − 2tβ₂ᵗ/(1−β₂ᵗ);
 *         if ρₜ &gt; 5:  r = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)),  θ ← θ − η r m̂/(√v̂ + ε)
 *         else:       θ ← θ − η m̂          (un-adapted momentum while the variance estimate is unreliable)
 * </pre>
 * The threshold 5 is PyTorch's; a parameter whose gradient is always zero never moves. Not
 * thread-safe: one instance per training run.
 */
public final class Adam {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final boolean rectified;
    private final double[] m;
    private final double[] v;
    private long t;

    /**
     * @param size number of parameters
     * @param rectified true for RAdam, false for Adam
     * @param beta1 first-moment decay, in [0, 1) (default 0.9)
     * @param beta2 second-moment decay, in [0, 1) (default 0.999)
     * @param eps denominator offset, positive (default 1e-8)
     */
    public Adam(int size, boolean rectified, double beta1, double beta2, double eps) {
        if (size < 1) {
            throw new IllegalArgumentException("Adam needs at least one parameter, got " + size);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta1, beta2 < 1 and eps > 0, got beta1=" + beta1
                    + ", beta2=" + beta2 + ", eps=" + eps);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.rectified = rectified;
        this.m = new double[size];
        this.v = new double[size];
    }

    /**
     * @param size number of parameters
     * @param rectified true for RAdam, false for Adam
     * @return an optimizer with β = (0.9, 0.999), ε = 1e-8
     */
    public static Adam withDefaults(int size, boolean rectified) {
        return new Adam(size, rectified, 0.9, 0.999, 1e-8);
    }

    /** @return the number of steps taken. */
    public long steps() {
        return t;
    }

    /**
     * One update {@code θ ← θ − η·step(g)}.
     *
     * @param theta parameters, updated in place
     * @param grad gradient of the loss at theta (same length)
     * @param lr learning rate η
     */
    public void step(double[] theta, double[] grad, double lr) {
        t++;
        double b1t = 1 - Math.pow(beta1, t);
        double b2t = 1 - Math.pow(beta2, t);
        double scale = lr / b1t;
        boolean adaptive = true;
        if (rectified) {
            double rhoInf = 2 / (1 - beta2) - 1;
            double rho = rhoInf - 2 * t * Math.pow(beta2, t) / b2t;
            if (rho > 5) {
                scale *= Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
            } else {
                adaptive = false;
            }
        }
        double c1 = 1 - beta1;
        double c2 = 1 - beta2;
        double invSqrtB2t = 1 / Math.sqrt(b2t);
        for (int i = 0; i < theta.length; i++) {
            double g = grad[i];
            double mi = beta1 * m[i] + c1 * g;
            double vi = beta2 * v[i] + c2 * g * g;
            m[i] = mi;
            v[i] = vi;
            if (adaptive) {
                theta[i] -= scale * mi / (Math.sqrt(vi) * invSqrtB2t + eps);
            } else {
                theta[i] -= scale * mi;
            }
        }
    }
}
