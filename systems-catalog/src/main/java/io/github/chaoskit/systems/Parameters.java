package io.github.chaoskit.systems;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable, named parameters of a dynamical system.
 *
 * <p>Names are kept in code-point order (Java's {@link String#compareTo}), which is the order in
 * which dysts passes parameters to its right-hand sides; binding by name makes that order
 * irrelevant here. A value is a scalar, a vector ({@code double[]}) or a matrix
 * ({@code double[][]}, row-major as in the dysts metadata). Accessors return copies of
 * arrays, so an instance can be shared freely between threads.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(new TreeMap<>());

    private final TreeMap<String, Object> values;

    private Parameters(TreeMap<String, Object> values) {
        this.values = values;
    }

    /** @return parameters with no entries. */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * Builds parameters from a map of names to values ({@link Number}, {@code double[]} or
     * {@code double[][]}).
     *
     * @param map names to values
     * @return the parameters, arrays deep-copied
     * @throws IllegalArgumentException if a value has an unsupported type or is not finite
     */
    public static Parameters of(Map<String, ?> map) {
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            copy.put(e.getKey(), normalise(e.getKey(), e.getValue()));
        }
        return new Parameters(copy);
    }

    private static Object normalise(String name, Object v) {
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            requireFinite(name, d);
            return d;
        }
        if (v instanceof double[]) {
            double[] a = ((double[]) v).clone();
            for (double d : a) {
                requireFinite(name, d);
            }
            return a;
        }
        if (v instanceof double[][]) {
            double[][] m = ((double[][]) v).clone();
            for (int i = 0; i < m.length; i++) {
                m[i] = m[i].clone();
                for (double d : m[i]) {
                    requireFinite(name, d);
                }
            }
            return m;
        }
        throw new IllegalArgumentException("parameter '" + name + "' has unsupported type "
                + (v == null ? "null" : v.getClass().getSimpleName())
                + "; expected a number, double[] or double[][]");
    }

    private static void requireFinite(String name, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("parameter '" + name + "' = " + d + " is not finite");
        }
    }

    /** @return the parameter names in code-point order (unmodifiable). */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** @return the number of parameters. */
    public int size() {
        return values.size();
    }

    /**
     * @param name parameter name
     * @return true if a parameter of that name exists
     */
    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /**
     * @param name parameter name
     * @return true if the parameter is a scalar
     */
    public boolean isScalar(String name) {
        return require(name) instanceof Double;
    }

    /**
     * Scalar value of a parameter.
     *
     * @param name parameter name
     * @return its value
     * @throws IllegalArgumentException if the name is unknown or the value is not a scalar
     */
    public double get(String name) {
        Object v = require(name);
        if (!(v instanceof Double)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a scalar");
        }
        return (Double) v;
    }

    /**
     * Vector value of a parameter (a copy).
     *
     * @param name parameter name
     * @return its value
     * @throws IllegalArgumentException if the name is unknown or the value is not a vector
     */
    public double[] vector(String name) {
        Object v = require(name);
        if (!(v instanceof double[])) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a vector");
        }
        return ((double[]) v).clone();
    }

    /**
     * Matrix value of a parameter (a deep copy, row-major).
     *
     * @param name parameter name
     * @return its value
     * @throws IllegalArgumentException if the name is unknown or the value is not a matrix
     */
    public double[][] matrix(String name) {
        Object v = require(name);
        if (!(v instanceof double[][])) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a matrix");
        }
        double[][] m = ((double[][]) v).clone();
        for (int i = 0; i < m.length; i++) {
            m[i] = m[i].clone();
        }
        return m;
    }

    /**
     * Returns a copy with one scalar parameter changed.
     *
     * @param name an existing scalar parameter
     * @param value new finite value
     * @return new parameters
     * @throws IllegalArgumentException if the name is unknown, not scalar, or the value not finite
     */
    public Parameters with(String name, double value) {
        if (!isScalar(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a scalar");
        }
        requireFinite(name, value);
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new Parameters(copy);
    }

    /**
     * Returns a copy with one parameter replaced by a value of the same shape.
     *
     * @param name an existing parameter
     * @param value a number, {@code double[]} or {@code double[][]} of the same shape as before
     * @return new parameters
     * @throws IllegalArgumentException if the name is unknown or the shape differs
     */
    public Parameters withValue(String name, Object value) {
        Object old = require(name);
        Object v = normalise(name, value);
        if (!sameShape(old, v)) {
            throw new IllegalArgumentException("parameter '" + name + "' expects " + shape(old)
                    + ", got " + shape(v));
        }
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.put(name, v);
        return new Parameters(copy);
    }

    private static boolean sameShape(Object a, Object b) {
        return shape(a).equals(shape(b));
    }

    private static String shape(Object v) {
        if (v instanceof Double) {
            return "a scalar";
        }
        if (v instanceof double[]) {
            return "a vector of length " + ((double[]) v).length;
        }
        double[][] m = (double[][]) v;
        return "a " + m.length + "x" + (m.length == 0 ? 0 : m[0].length) + " matrix";
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; expected one of "
                    + values.keySet());
        }
        return v;
    }

    /** @return a map of names to values (copies of arrays), in code-point order. */
    public Map<String, Object> asMap() {
        TreeMap<String, Object> copy = new TreeMap<>();
        for (String k : values.keySet()) {
            Object v = values.get(k);
            copy.put(k, v instanceof Double ? v : v instanceof double[] ? vector(k) : matrix(k));
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Parameters)) {
            return false;
        }
        Parameters p = (Parameters) o;
        if (!values.keySet().equals(p.values.keySet())) {
            return false;
        }
        for (String k : values.keySet()) {
            if (!Arrays.deepEquals(new Object[] {values.get(k)}, new Object[] {p.values.get(k)})) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            h = 31 * h + e.getKey().hashCode();
            h = 31 * h + Arrays.deepHashCode(new Object[] {e.getValue()});
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(Arrays.deepToString(new Object[] {e.getValue()})
                    .replaceAll("^\\[|\\]$", ""));
        }
        return sb.append('}').toString();
    }
}
