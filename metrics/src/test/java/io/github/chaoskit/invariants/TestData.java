package io.github.chaoskit.invariants;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.Well19937c;

/** Test trajectories shared by the invariant tests. */
final class TestData {

    private TestData() {
    }

    /** Lorenz (catalog parameters) at 100 points per period (Δt ≈ 0.015) after 50 time units. */
    static Trajectory lorenz(int n) {
        return TrajectoryGenerator.builder().transientTime(50).build().generate(Catalog.get("Lorenz"), n);
    }

    /** Hénon (a = 1.4, b = 0.3) after 1000 transient iterations. */
    static Trajectory henon(int n) {
        return TrajectoryGenerator.builder().transientTime(1000).build().generate(Catalog.get("Henon"), n);
    }

    /** sin(2πt/period) sampled at t = i·dt. */
    static Trajectory sine(int n, double dt, double period) {
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            v[i] = Math.sin(2 * Math.PI * t[i] / period);
        }
        return new Trajectory("sine", List.of("x"), t, v, dt);
    }

    /** A circle (cos, sin) of the given period, a limit cycle. */
    static Trajectory circle(int n, double dt, double period) {
        double[] t = new double[n];
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            v[2 * i] = Math.cos(2 * Math.PI * t[i] / period);
            v[2 * i + 1] = Math.sin(2 * Math.PI * t[i] / period);
        }
        return new Trajectory("circle", List.of("x", "y"), t, v, dt);
    }

    /** Independent uniform values in [0, 1)^d. */
    static Trajectory uniform(int n, int d, long seed) {
        Well19937c rng = new Well19937c(seed);
        double[] t = new double[n];
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            for (int c = 0; c < d; c++) {
                v[i * d + c] = rng.nextDouble();
            }
        }
        return new Trajectory("uniform", names(d), t, v, 1.0);
    }

    /** Independent standard Gaussian values. */
    static Trajectory gaussian(int n, int d, long seed) {
        Well19937c rng = new Well19937c(seed);
        double[] t = new double[n];
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            for (int c = 0; c < d; c++) {
                v[i * d + c] = rng.nextGaussian();
            }
        }
        return new Trajectory("noise", names(d), t, v, 1.0);
    }

    static Trajectory of(double[] values, int d, double step) {
        int n = values.length / d;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * step;
        }
        return new Trajectory("data", names(d), t, values, step);
    }

    private static List<String> names(int d) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            names.add("x" + c);
        }
        return names;
    }
}
