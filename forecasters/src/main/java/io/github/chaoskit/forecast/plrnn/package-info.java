/**
 * The PLRNN family of dynamical-systems reconstruction (Durstewitz lab), implemented from the
 * papers' mathematics with hand-written backpropagation through time:
 * the piecewise-linear RNN (Koppe et al. 2019, PLoS Comput. Biol.), the (clipped) shallow PLRNN with
 * generalized teacher forcing (Hess, Monfared, Brenner and Durstewitz 2023, ICML) and the
 * almost-linear RNN with sparse teacher forcing and symbolic codes (Brenner, Hemmer, Monfared and
 * Durstewitz 2024, NeurIPS). Providers {@code plrnn}, {@code shplrnn}, {@code alrnn}.
 *
 * <p>Entry points: {@link io.github.chaoskit.forecast.plrnn.PlrnnForecaster} (with a
 * {@link io.github.chaoskit.forecast.plrnn.PlrnnConfig}), the fitted
 * {@link io.github.chaoskit.forecast.plrnn.PlrnnModel} / {@link io.github.chaoskit.forecast.plrnn.AlRnnModel},
 * and {@link io.github.chaoskit.forecast.plrnn.PlrnnTrainer} for batch-level control (used by JMH).
 */
package io.github.chaoskit.forecast.plrnn;
