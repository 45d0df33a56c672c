/**
 * Koopman-operator forecasters: extended dynamic mode decomposition (EDMD) with explicit
 * dictionaries, kernel EDMD, and residual DMD (ResDMD) to tell spurious eigenvalues from real ones.
 *
 * <p>Given snapshot pairs {@code (x_m, y_m = F_Δt(x_m))} and a dictionary
 * {@code ψ = (ψ_1, …, ψ_F)}, EDMD fits the matrix K of the Koopman operator restricted to the span
 * of ψ by least squares, {@code Ψ_Y ≈ Ψ_X K} (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear
 * Sci. 25, 1307–1346). Kernel EDMD does the same in the feature space of a kernel through Gram
 * matrices (Williams, Rowley &amp; Kevrekidis 2015, J. Comput. Dyn. 2, 247–265). ResDMD measures, for
 * each eigenpair (μ, g), the relative residual {@code ‖Ψ_Y g − μ Ψ_X g‖ / ‖Ψ_X g‖} on data, which
 * bounds the distance of μ to the true spectrum (Colbrook &amp; Townsend 2024, Comm. Pure Appl.
 * Math. 77, 221–283).
 *
 * <p>Entry points: {@link io.github.chaoskit.forecast.koopman.Edmd} and
 * {@link io.github.chaoskit.forecast.koopman.KernelEdmd} fit a
 * {@link io.github.chaoskit.forecast.koopman.KoopmanOperator}; its
 * {@link io.github.chaoskit.forecast.koopman.KoopmanOperator#spectrum() spectrum} gives eigenvalues,
 * eigenfunctions and modes; {@link io.github.chaoskit.forecast.koopman.ResDmd} gives residuals.
 * The forecasters {@code edmd} and {@code kedmd} wrap them for the benchmark.
 */
package io.github.chaoskit.forecast.koopman;
