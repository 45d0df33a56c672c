package io.github.chaoskit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, rendered off-screen to PNG with XChart (no display needed). Each method
 * returns the PNG bytes.
 */
final class Plots {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    /** A colour-blind-safe palette (Okabe–Ito), black reserved for the truth. */
    private static final Color[] PALETTE = {new Color(0xE69F00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x999999)};

    private Plots() {
    }

    /** One line of a chart. */
    record Line(String name, double[] x, double[] y) {
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle)
                .build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setAntiAlias(true);
        return c;
    }

    /**
     * Median horizon curves, one line per forecaster.
     *
     * @param metric metric name for the axis title
     * @param lines per forecaster, x = Lyapunov times, y = median score
     * @return PNG bytes
     * @throws IOException if encoding fails
     */
    static byte[] horizonCurves(String metric, List<Line> lines) throws IOException {
        XYChart c = chart("Median " + metric + " vs forecast horizon (median over systems)", "Lyapunov times",
                metric + " of the forecast up to that time");
        c.getStyler().setMarkerSize(5);
        for (Line l : lines) {
            XYSeries s = c.addSeries(l.name(), l.x(), l.y());
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * Forecast versus truth of one system's first coordinate.
     *
     * @param system system name (title)
     * @param t sample times (plotted relative to the first)
     * @param truth true values
     * @param forecasts forecaster name → forecast values, in legend order
     * @param seed the seed of the forecasts shown
     * @return PNG bytes
     * @throws IOException if encoding fails
     */
    static byte[] forecast(String system, double[] t, double[] truth, Map<String, double[]> forecasts, long seed)
            throws IOException {
        XYChart c = chart(system + ": forecast of window 0, seed " + seed + " (first coordinate)",
                "time since the first forecast step (system time units)", "x0");
        c.getStyler().setMarkerSize(0);
        c.getStyler().setXAxisDecimalPattern("0.##");
        double[] since = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            since[i] = t[i] - t[0];
        }
        XYSeries tr = c.addSeries("truth", since, truth);
        tr.setMarker(SeriesMarkers.NONE);
        tr.setLineColor(Color.BLACK);
        tr.setLineWidth(2.5f);
        int i = 0;
        for (Map.Entry<String, double[]> e : forecasts.entrySet()) {
            XYSeries s = c.addSeries(e.getKey(), since, e.getValue());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[i++ % PALETTE.length]);
            s.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {6f, 3f}, 0f));
        }
        return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * Cost against accuracy: one point per forecaster, log x.
     *
     * @param points forecaster → {median fit seconds, median VPT}
     * @return PNG bytes
     * @throws IOException if encoding fails
     */
    static byte[] costVsAccuracy(Map<String, double[]> points) throws IOException {
        XYChart c = chart("Fit time vs accuracy (medians over systems)", "median fit time (s, log scale)",
                "median VPT_nrmse (Lyapunov times)");
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setMarkerSize(12);
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double top = 0;
        for (Map.Entry<String, double[]> e : points.entrySet()) {
            double x = Math.max(e.getValue()[0], 1e-6);
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            top = Math.max(top, e.getValue()[1]);
            c.addSeries(e.getKey(), new double[] {x}, new double[] {e.getValue()[1]}).setMarker(SeriesMarkers.CIRCLE);
        }
        // a log axis needs a positive, non-empty range: pad to whole decades around the points
        c.getStyler().setXAxisMin(Math.pow(10, Math.floor(Math.log10(lo))));
        c.getStyler().setXAxisMax(Math.pow(10, Math.max(Math.ceil(Math.log10(hi)), Math.floor(Math.log10(lo)) + 1)));
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(Math.max(1.0, Math.ceil(top * 1.1)));
        return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    }
}
