package io.github.chaoskit.forecast.plrnn;

import java.util.Arrays;

/**
 * What a PLRNN training run did: per-epoch loss and GTF α, the model-selection record
 * (D_stsp of a free run against the training data every few epochs; Brenner et al. 2024 code's
 * protocol), the selected checkpoint, and whether a non-finite value stopped the run early.
 * Immutable.
 */
public final class TrainingReport {

    private final int epochs;
    private final int epochsCompleted;
    private final long batches;
    private final double[] epochLoss;
    private final double[] epochAlpha;
    private final int[] selectionEpochs;
    private final double[] selectionDivergence;
    private final int selectedEpoch;
    private final double selectedDivergence;
    private final String stopReason;
    private final double seconds;
    private final int sequenceLength;
    private final int tau;

    TrainingReport(int epochs, int epochsCompleted, long batches, double[] epochLoss, double[] epochAlpha,
            int[] selectionEpochs, double[] selectionDivergence, int selectedEpoch, double selectedDivergence,
            String stopReason, double seconds, int sequenceLength, int tau) {
        this.epochs = epochs;
        this.epochsCompleted = epochsCompleted;
        this.batches = batches;
        this.epochLoss = Arrays.copyOf(epochLoss, epochsCompleted);
        this.epochAlpha = Arrays.copyOf(epochAlpha, epochsCompleted);
        this.selectionEpochs = selectionEpochs.clone();
        this.selectionDivergence = selectionDivergence.clone();
        this.selectedEpoch = selectedEpoch;
        this.selectedDivergence = selectedDivergence;
        this.stopReason = stopReason;
        this.seconds = seconds;
        this.sequenceLength = sequenceLength;
        this.tau = tau;
    }

    /** @return the epochs requested. */
    public int epochs() {
        return epochs;
    }

    /** @return the epochs that finished (fewer than requested if the run stopped early). */
    public int epochsCompleted() {
        return epochsCompleted;
    }

    /** @return the optimiser steps taken. */
    public long batches() {
        return batches;
    }

    /** @return the mean batch loss (MSE + regularisation) of each completed epoch. */
    public double[] epochLoss() {
        return epochLoss.clone();
    }

    /** @return the GTF α at the end of each completed epoch (0 for sparse forcing). */
    public double[] epochAlpha() {
        return epochAlpha.clone();
    }

    /** @return the epochs (1-based, after the epoch) at which model selection ran; 0 = the initial model. */
    public int[] selectionEpochs() {
        return selectionEpochs.clone();
    }

    /** @return D_stsp of each selection run (+∞ when the free run diverged or left the data range). */
    public double[] selectionDivergence() {
        return selectionDivergence.clone();
    }

    /** @return the epoch of the returned checkpoint (the lowest D_stsp), or -1 if none was finite. */
    public int selectedEpoch() {
        return selectedEpoch;
    }

    /** @return D_stsp of the returned checkpoint against the training data. */
    public double selectedDivergence() {
        return selectedDivergence;
    }

    /** @return true if a non-finite loss, gradient or parameter stopped training early. */
    public boolean stoppedEarly() {
        return stopReason != null;
    }

    /** @return why training stopped early, or null. */
    public String stopReason() {
        return stopReason;
    }

    /** @return wall-clock training time in seconds. */
    public double seconds() {
        return seconds;
    }

    /** @return the sub-sequence length T̃ used (the configured one, capped for short data). */
    public int sequenceLength() {
        return sequenceLength;
    }

    /** @return the sparse-forcing interval τ used (resolved when automatic; unused by GTF). */
    public int tau() {
        return tau;
    }

    @Override
    public String toString() {
        double last = epochsCompleted > 0 ? epochLoss[epochsCompleted - 1] : Double.NaN;
        return String.format("%d/%d epochs, %d batches, T̃ %d, τ %d, final loss %.4g, selected epoch %d "
                + "(D_stsp %.3f)%s, %.1f s", epochsCompleted, epochs, batches, sequenceLength, tau, last,
                selectedEpoch, selectedDivergence, stopReason == null ? "" : ", stopped: " + stopReason, seconds);
    }
}
