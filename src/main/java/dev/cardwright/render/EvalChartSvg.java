package dev.cardwright.render;

import java.util.List;
import java.util.Locale;

/**
 * The evaluation charts as inline SVG (our own drawing: horizontal bars, labels on the left,
 * values at the bar's end), for the preview and the exported HTML page, which must work without
 * scripts. Bars are scaled to the largest magnitude in their chart; negative values are drawn to
 * the left of a zero line.
 */
public final class EvalChartSvg {
    static final int WIDTH = 420;
    static final int LABEL_WIDTH = 140;
    static final int VALUE_WIDTH = 64;
    static final int BAR_HEIGHT = 18;
    static final int GAP = 6;
    static final int TOP = 24;

    private EvalChartSvg() {
    }

    /** Every chart, in one {@code <div class="cw-charts">}; empty when there is nothing to draw. */
    public static String charts(List<EvalChartData.Chart> charts) {
        return charts(charts, 0);
    }

    /** As {@link #charts(List)}, with the charts after the first {@code live} held back until scrolled to ({@link LaterChunks}; 0: none held back). */
    static String charts(List<EvalChartData.Chart> charts, int live) {
        if (charts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"cw-charts\">");
        LaterChunks.append(out, charts.stream().map(EvalChartSvg::chart).toList(), live, live);
        return out.append("</div>").toString();
    }

    public static String chart(EvalChartData.Chart chart) {
        List<EvalChartData.Bar> bars = chart.bars();
        int height = TOP + bars.size() * (BAR_HEIGHT + GAP) + GAP;
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
        boolean negatives = bars.stream().anyMatch(b -> b.value() < 0);
        double span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double zero = LABEL_WIDTH + (negatives ? span / 2 : 0);
        double scale = max == 0 ? 0 : (negatives ? span / 2 : span) / max;
        StringBuilder out = new StringBuilder();
        out.append("<figure class=\"cw-chart\" data-chart=\"").append(PreviewPage.escape(chart.title())).append("\">");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        out.append("<title>").append(PreviewPage.escape(chart.title())).append("</title>");
        out.append("<text x=\"0\" y=\"15\" font-weight=\"bold\" fill=\"currentColor\">").append(PreviewPage.escape(chart.title())).append("</text>");
        int y = TOP;
        for (EvalChartData.Bar b : bars) {
            double w = Math.abs(b.value()) * scale;
            double x = b.value() < 0 ? zero - w : zero;
            out.append("<g class=\"cw-bar\" data-label=\"").append(PreviewPage.escape(b.label())).append("\" data-value=\"")
                    .append(number(b.value())).append("\">");
            out.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\" fill=\"currentColor\">").append(PreviewPage.escape(shorten(b.label()))).append("</text>");
            out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"2\" fill=\"#7c6cf0\"/>");
            out.append("<text x=\"").append(fmt((b.value() < 0 ? zero : x + w) + 4)).append("\" y=\"").append(y + 13)
                    .append("\" fill=\"currentColor\">").append(number(b.value())).append("</text>");
            out.append("</g>");
            y += BAR_HEIGHT + GAP;
        }
        if (negatives) {
            out.append("<line x1=\"").append(fmt(zero)).append("\" x2=\"").append(fmt(zero)).append("\" y1=\"").append(TOP - 2)
                    .append("\" y2=\"").append(y).append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
        }
        out.append("</svg></figure>");
        return out.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }

    static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
