package io.github.chaoskit.systems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Invariants of a system as published by another source, kept with that source so that
 * every number's provenance is known.
 *
 * <p>Until chaoskit computes its own invariants for a system, these are the values of the
 * dysts metadata (Gilpin 2021, "Chaos as an interpretable benchmark for forecasting and
 * data-driven modelling", NeurIPS Datasets and Benchmarks). Note that dysts's
 * {@code maximum_lyapunov_estimated} is a two-trajectory estimate that does not agree with the
 * first entry of its own QR spectrum.
 */
public final class ReferenceInvariants {

    private final String source;
    private final Double maximumLyapunovEstimated;
    private final double[] lyapunovSpectrum;
    private final Double kaplanYorkeDimension;
    private final Double correlationDimension;
    private final Double multiscaleEntropy;
    private final Double pesinEntropy;

    /**
     * @param source where the numbers come from
     * @param maximumLyapunovEstimated largest exponent (1/time unit) or null
     * @param lyapunovSpectrum spectrum or null
     * @param kaplanYorkeDimension Kaplan–Yorke dimension or null
     * @param correlationDimension correlation dimension or null
     * @param multiscaleEntropy multiscale entropy or null
     * @param pesinEntropy sum of positive exponents or null
     */
    public ReferenceInvariants(String source, Double maximumLyapunovEstimated, double[] lyapunovSpectrum,
            Double kaplanYorkeDimension, Double correlationDimension, Double multiscaleEntropy,
            Double pesinEntropy) {
        this.source = source;
        this.maximumLyapunovEstimated = maximumLyapunovEstimated;
        this.lyapunovSpectrum = lyapunovSpectrum == null ? null : lyapunovSpectrum.clone();
        this.kaplanYorkeDimension = kaplanYorkeDimension;
        this.correlationDimension = correlationDimension;
        this.multiscaleEntropy = multiscaleEntropy;
        this.pesinEntropy = pesinEntropy;
    }

    /** @return the provenance of these numbers. */
    public String source() {
        return source;
    }

    /** @return the estimated largest Lyapunov exponent, in 1/(time unit of the equations). */
    public OptionalDouble maximumLyapunovEstimated() {
        return opt(maximumLyapunovEstimated);
    }

    /** @return the Lyapunov spectrum (a copy), if known. */
    public Optional<double[]> lyapunovSpectrum() {
        return Optional.ofNullable(lyapunovSpectrum == null ? null : lyapunovSpectrum.clone());
    }

    /** @return the Kaplan–Yorke dimension, if known. */
    public OptionalDouble kaplanYorkeDimension() {
        return opt(kaplanYorkeDimension);
    }

    /** @return the correlation dimension, if known. */
    public OptionalDouble correlationDimension() {
        return opt(correlationDimension);
    }

    /** @return the multiscale entropy, if known. */
    public OptionalDouble multiscaleEntropy() {
        return opt(multiscaleEntropy);
    }

    /** @return the Pesin (Kolmogorov–Sinai upper bound) entropy, if known. */
    public OptionalDouble pesinEntropy() {
        return opt(pesinEntropy);
    }

    private static OptionalDouble opt(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }
}
