package dev.cardwright.card;

import java.math.BigInteger;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the evaluation results table: one metric of one model on one task and dataset, as
 * huggingface_hub's {@code EvalResult} flattens the card's {@code model-index}. Empty fields are
 * {@code null}. The metric value is a number or a string ({@code 0.91}, {@code "20.0 ± 1.2"}).
 *
 * <p>A row read from a card also remembers where it came from ({@link #getOrigin()}, opaque here):
 * the codec that writes the table back uses it to keep keys this table does not show (metric
 * {@code args}, dataset {@code args}, anything else) and the original layout of the entries.
 */
public final class EvalResult {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private final StringProperty modelName = new SimpleStringProperty(this, "modelName");
    private final StringProperty taskType = new SimpleStringProperty(this, "taskType");
    private final StringProperty taskName = new SimpleStringProperty(this, "taskName");
    private final StringProperty datasetType = new SimpleStringProperty(this, "datasetType");
    private final StringProperty datasetName = new SimpleStringProperty(this, "datasetName");
    private final StringProperty datasetConfig = new SimpleStringProperty(this, "datasetConfig");
    private final StringProperty datasetSplit = new SimpleStringProperty(this, "datasetSplit");
    private final StringProperty datasetRevision = new SimpleStringProperty(this, "datasetRevision");
    private final StringProperty metricType = new SimpleStringProperty(this, "metricType");
    private final StringProperty metricName = new SimpleStringProperty(this, "metricName");
    private final ObjectProperty<Object> metricValue = new SimpleObjectProperty<>(this, "metricValue");
    private final BooleanProperty verified = new SimpleBooleanProperty(this, "verified");
    private final StringProperty sourceName = new SimpleStringProperty(this, "sourceName");
    private final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl");
    private Object origin;

    /** The {@code name} of the {@code model-index} entry the row belongs to. */
    public StringProperty modelNameProperty() { return modelName; }
    public StringProperty taskTypeProperty() { return taskType; }
    public StringProperty taskNameProperty() { return taskName; }
    public StringProperty datasetTypeProperty() { return datasetType; }
    public StringProperty datasetNameProperty() { return datasetName; }
    public StringProperty datasetConfigProperty() { return datasetConfig; }
    public StringProperty datasetSplitProperty() { return datasetSplit; }
    public StringProperty datasetRevisionProperty() { return datasetRevision; }
    public StringProperty metricTypeProperty() { return metricType; }
    public StringProperty metricNameProperty() { return metricName; }
    /** A {@link Number} or a {@link String}. */
    public ObjectProperty<Object> metricValueProperty() { return metricValue; }
    public BooleanProperty verifiedProperty() { return verified; }
    public StringProperty sourceNameProperty() { return sourceName; }
    public StringProperty sourceUrlProperty() { return sourceUrl; }

    public String getModelName() { return modelName.get(); }
    public String getTaskType() { return taskType.get(); }
    public String getTaskName() { return taskName.get(); }
    public String getDatasetType() { return datasetType.get(); }
    public String getDatasetName() { return datasetName.get(); }
    public String getDatasetConfig() { return datasetConfig.get(); }
    public String getDatasetSplit() { return datasetSplit.get(); }
    public String getDatasetRevision() { return datasetRevision.get(); }
    public String getMetricType() { return metricType.get(); }
    public String getMetricName() { return metricName.get(); }
    public Object getMetricValue() { return metricValue.get(); }
    public boolean isVerified() { return verified.get(); }
    public String getSourceName() { return sourceName.get(); }
    public String getSourceUrl() { return sourceUrl.get(); }

    public void setModelName(String v) { modelName.set(v); }
    public void setTaskType(String v) { taskType.set(v); }
    public void setTaskName(String v) { taskName.set(v); }
    public void setDatasetType(String v) { datasetType.set(v); }
    public void setDatasetName(String v) { datasetName.set(v); }
    public void setDatasetConfig(String v) { datasetConfig.set(v); }
    public void setDatasetSplit(String v) { datasetSplit.set(v); }
    public void setDatasetRevision(String v) { datasetRevision.set(v); }
    public void setMetricType(String v) { metricType.set(v); }
    public void setMetricName(String v) { metricName.set(v); }
    public void setMetricValue(Object v) { metricValue.set(v); }
    public void setVerified(boolean v) { verified.set(v); }
    public void setSourceName(String v) { sourceName.set(v); }
    public void setSourceUrl(String v) { sourceUrl.set(v); }

    /** Where the row was read from; only the codec that wrote it there interprets it. */
    public Object getOrigin() { return origin; }
    public void setOrigin(Object origin) { this.origin = origin; }

    /** A row with the same values and origin (for "duplicate row"). */
    public EvalResult copy() {
        EvalResult r = new EvalResult();
        r.setModelName(getModelName());
        r.setTaskType(getTaskType());
        r.setTaskName(getTaskName());
        r.setDatasetType(getDatasetType());
        r.setDatasetName(getDatasetName());
        r.setDatasetConfig(getDatasetConfig());
        r.setDatasetSplit(getDatasetSplit());
        r.setDatasetRevision(getDatasetRevision());
        r.setMetricType(getMetricType());
        r.setMetricName(getMetricName());
        r.setMetricValue(getMetricValue());
        r.setVerified(isVerified());
        r.setSourceName(getSourceName());
        r.setSourceUrl(getSourceUrl());
        r.origin = origin;
        return r;
    }

    /**
     * A metric value typed into a cell: a number when the text is one ({@code 91}, {@code 0.91},
     * {@code 1e-3}), otherwise the text itself ({@code 20.0 ± 1.2}); {@code null} for blank text.
     */
    public static Object metricValueOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (INTEGER.matcher(s).matches()) {
            BigInteger big = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
            return big.bitLength() < 32 ? (Object) big.intValue() : big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        return text;
    }

    @Override
    public String toString() {
        return getModelName() + " | " + getTaskType() + " | " + getDatasetType() + "/" + getDatasetConfig() + "/"
                + getDatasetSplit() + " | " + getMetricType() + " = " + getMetricValue();
    }
}
