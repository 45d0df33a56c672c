package io.github.chaoskit.forecast.koopman;

import java.util.ArrayList;
import java.util.List;

/**
 * All monomials of total degree at most {@code degree} in the input coordinates, in graded
 * lexicographic order {@code 1, x_1, …, x_n, x_1², x_1x_2, …, x_n², x_1³, …} (the order of
 * scikit-learn's {@code PolynomialFeatures}, used by pykoopman's {@code Polynomial} observables).
 * The constant is function 0 and input coordinate j is function 1 + j, so the state is read back
 * linearly. There are {@code C(n + degree, degree)} functions.
 *
 * <p>Each monomial of degree k ≥ 2 is the product of an earlier monomial of degree k − 1 and one
 * coordinate, so an evaluation costs one multiplication per function and allocates nothing.
 * Polynomial dictionaries are the classic EDMD choice (Williams, Kevrekidis &amp; Rowley 2015,
 * J. Nonlinear Sci. 25, 1307–1346).
 */
public final class Monomials implements Dictionary {

    /** Largest dictionary size accepted. */
    public static final int MAX_FUNCTIONS = 20_000;

    private final int dimension;
    private final int degree;
    private final int[] parent;
    private final int[] variable;
    private final int[][] exponents;

    /**
     * @param dimension input dimension n ≥ 1
     * @param degree highest total degree, ≥ 1
     * @throws IllegalArgumentException if an argument is out of range or there would be more than
     *     {@value #MAX_FUNCTIONS} functions
     */
    public Monomials(int dimension, int degree) {
        if (dimension < 1) {
            throw new IllegalArgumentException("monomial dictionary needs input dimension >= 1, got " + dimension);
        }
        if (degree < 1) {
            throw new IllegalArgumentException("monomial degree must be at least 1, got " + degree);
        }
        long count = count(dimension, degree);
        if (count > MAX_FUNCTIONS) {
            throw new IllegalArgumentException("monomials of degree <= " + degree + " in " + dimension
                    + " variables are " + count + " functions, more than " + MAX_FUNCTIONS
                    + "; lower the degree or the number of delays");
        }
        this.dimension = dimension;
        this.degree = degree;
        List<int[]> terms = new ArrayList<>(); // each: {parent, variable, last variable}
        terms.add(new int[] {-1, -1, 0});
        int prevStart = 0;
        int prevEnd = 1;
        for (int k = 1; k <= degree; k++) {
            int start = terms.size();
            for (int p = prevStart; p < prevEnd; p++) {
                int from = k == 1 ? 0 : terms.get(p)[2];
                for (int v = from; v < dimension; v++) {
                    terms.add(new int[] {p, v, v});
                }
            }
            prevStart = start;
            prevEnd = terms.size();
        }
        int f = terms.size();
        parent = new int[f];
        variable = new int[f];
        exponents = new int[f][dimension];
        for (int m = 0; m < f; m++) {
            int[] t = terms.get(m);
            parent[m] = t[0];
            variable[m] = t[1];
            if (m > 0) {
                exponents[m] = exponents[t[0]].clone();
                exponents[m][t[1]]++;
            }
        }
    }

    /**
     * @param dimension input dimension n
     * @param degree highest total degree
     * @return {@code C(n + degree, degree)}, the number of monomials
     */
    public static long count(int dimension, int degree) {
        long c = 1;
        for (int i = 1; i <= degree; i++) {
            c = c * (dimension + i) / i;
        }
        return c;
    }

    /** @return the highest total degree. */
    public int degree() {
        return degree;
    }

    /**
     * @param function index of a function
     * @return its exponent vector (a copy)
     */
    public int[] exponents(int function) {
        return exponents[function].clone();
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return parent.length;
    }

    @Override
    public void evaluate(double[] x, double[] psi) {
        psi[0] = 1.0;
        int f = parent.length;
        for (int m = 1; m < f; m++) {
            psi[m] = psi[parent[m]] * x[variable[m]];
        }
    }

    @Override
    public int indexOf(int inputCoordinate) {
        return inputCoordinate >= 0 && inputCoordinate < dimension ? 1 + inputCoordinate : -1;
    }

    @Override
    public String describe() {
        return "monomials(n=" + dimension + ", degree<=" + degree + ", " + size() + " functions)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
