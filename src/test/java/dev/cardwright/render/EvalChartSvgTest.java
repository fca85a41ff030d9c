package dev.cardwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import dev.cardwright.card.EvalResult;

/** Results grouped into charts, and the SVG drawn from them. */
class EvalChartSvgTest {
    static EvalResult row(String model, String dataset, String split, String metric, Object value) {
        EvalResult r = new EvalResult();
        r.setModelName(model);
        r.setTaskType("text-classification");
        r.setDatasetName(dataset);
        r.setDatasetType("org/" + dataset);
        r.setDatasetSplit(split);
        r.setMetricType(metric);
        r.setMetricValue(value);
        return r;
    }

    @Test
    void oneChartPerDatasetAndSplitOneBarPerMetric() {
        List<EvalChartData.Chart> charts = EvalChartData.of(List.of(
                row("m", "CLUE", "test", "accuracy", 0.91),
                row("m", "CLUE", "test", "f1", "88.5%"),
                row("m", "CLUE", "dev", "accuracy", 0.93),
                row("m", "C-Eval", null, "accuracy", 52),
                row("m", "C-Eval", null, "notes", "n/a")));
        assertThat(charts).containsExactly(
                new EvalChartData.Chart("CLUE (test)", List.of(new EvalChartData.Bar("accuracy", 0.91), new EvalChartData.Bar("f1", 88.5))),
                new EvalChartData.Chart("CLUE (dev)", List.of(new EvalChartData.Bar("accuracy", 0.93))),
                new EvalChartData.Chart("C-Eval", List.of(new EvalChartData.Bar("accuracy", 52.0))));
    }

    @Test
    void severalModelsNameTheirBars() {
        List<EvalChartData.Chart> charts = EvalChartData.of(List.of(row("base", "D", null, "acc", 1), row("large", "D", null, "acc", 2)));
        assertThat(charts.get(0).bars()).extracting(EvalChartData.Bar::label).containsExactly("base · acc", "large · acc");
    }

    @Test
    void barsAreScaledToTheLargestAndLabelsEscaped() {
        String svg = EvalChartSvg.chart(new EvalChartData.Chart("<D> & co", List.of(
                new EvalChartData.Bar("a", 50), new EvalChartData.Bar("b", 100), new EvalChartData.Bar("c\"", 25))));
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        List<Element> rects = doc.select("rect");
        double span = EvalChartSvg.WIDTH - EvalChartSvg.LABEL_WIDTH - EvalChartSvg.VALUE_WIDTH;
        assertThat(rects).extracting(e -> Double.parseDouble(e.attr("width"))).containsExactly(span / 2, span, span / 4);
        assertThat(doc.selectFirst("title").text()).isEqualTo("<D> & co");
        assertThat(doc.select("g.cw-bar")).extracting(e -> e.attr("data-label")).containsExactly("a", "b", "c\"");
        assertThat(svg).doesNotContain("<D>");
    }

    @Test
    void negativeValuesGoLeftOfAZeroLine() {
        String svg = EvalChartSvg.chart(new EvalChartData.Chart("D", List.of(new EvalChartData.Bar("gain", 2), new EvalChartData.Bar("loss", -1))));
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element zero = doc.selectFirst("line");
        assertThat(zero).isNotNull();
        double x0 = Double.parseDouble(zero.attr("x1"));
        List<Element> rects = doc.select("rect");
        assertThat(Double.parseDouble(rects.get(0).attr("x"))).isEqualTo(x0);
        assertThat(Double.parseDouble(rects.get(1).attr("x")) + Double.parseDouble(rects.get(1).attr("width"))).isEqualTo(x0);
    }

    @Test
    void nothingToDrawGivesNoMarkup() {
        assertThat(EvalChartSvg.charts(EvalChartData.of(List.of(row("m", "D", null, "x", "n/a"))))).isEmpty();
    }
}
