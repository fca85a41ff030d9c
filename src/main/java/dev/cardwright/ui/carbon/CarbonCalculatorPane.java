package dev.cardwright.ui.carbon;

import java.util.Locale;
import java.util.Optional;

import dev.cardwright.carbon.CarbonCard;
import dev.cardwright.carbon.CarbonEstimate;
import dev.cardwright.carbon.CarbonTables;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.ui.common.Messages;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The carbon calculator: hardware from the ML CO2 table (its power filled in, still editable),
 * devices, hours, and a cloud region or a custom grid intensity; the estimate shows as it is typed
 * and Apply writes it into the card (Environmental Impact fields, {@code co2_eq_emissions}).
 */
public final class CarbonCalculatorPane {
    private static final String[] TRAINING_TYPES = {"pre-training", "fine-tuning"};

    private final Card card;
    private final CarbonTables tables = CarbonTables.get();
    private final ComboBox<CarbonTables.Hardware> hardware = new ComboBox<>();
    private final TextField watts = new TextField();
    private final TextField devices = new TextField("1");
    private final TextField hours = new TextField();
    private final RadioButton cloud = new RadioButton(Messages.get("carbon.cloud"));
    private final RadioButton custom = new RadioButton(Messages.get("carbon.custom"));
    private final ComboBox<String> provider = new ComboBox<>();
    private final ComboBox<CarbonTables.Region> region = new ComboBox<>();
    private final TextField intensity = new TextField();
    private final TextField location = new TextField();
    private final ComboBox<String> trainingType = new ComboBox<>();
    private final Label result = new Label();
    private final Label status = new Label();
    private final Button apply = new Button(Messages.get("carbon.apply"));
    private final VBox root = new VBox(10);

    public CarbonCalculatorPane(Card card) {
        this.card = card;
        createView();
        bind();
        update();
    }

    public Node node() {
        return root;
    }

    /** Shows the calculator in its own window over {@code owner}. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, Card card) {
        return dev.cardwright.ui.common.ToolWindow.show(owner, Messages.get("carbon.title"), (javafx.scene.Parent) new CarbonCalculatorPane(card).node(), 0, 0);
    }

    private void createView() {
        hardware.setId("carbon-hardware");
        hardware.getItems().setAll(tables.hardware());
        hardware.setPromptText(Messages.get("carbon.hardware.prompt"));
        watts.setId("carbon-watts");
        devices.setId("carbon-devices");
        hours.setId("carbon-hours");
        cloud.setId("carbon-mode-cloud");
        custom.setId("carbon-mode-custom");
        ToggleGroup mode = new ToggleGroup();
        cloud.setToggleGroup(mode);
        custom.setToggleGroup(mode);
        cloud.setSelected(true);
        provider.setId("carbon-provider");
        provider.getItems().setAll(tables.providers().values());
        region.setId("carbon-region");
        intensity.setId("carbon-intensity");
        location.setId("carbon-location");
        trainingType.setId("carbon-training-type");
        trainingType.getItems().setAll(TRAINING_TYPES);
        trainingType.getSelectionModel().select(0);
        result.setId("carbon-result");
        result.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        status.setId("carbon-status");
        apply.setId("carbon-apply");
        apply.setDefaultButton(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = add(grid, row, Messages.get("carbon.hardware"), hardware);
        row = add(grid, row, Messages.get("carbon.watts"), watts);
        row = add(grid, row, Messages.get("carbon.devices"), devices);
        row = add(grid, row, Messages.get("carbon.hours"), hours);
        grid.add(cloud, 0, row++, 2, 1);
        row = add(grid, row, Messages.get("carbon.provider"), provider);
        row = add(grid, row, Messages.get("carbon.region"), region);
        grid.add(custom, 0, row++, 2, 1);
        row = add(grid, row, Messages.get("carbon.intensity"), intensity);
        row = add(grid, row, Messages.get("carbon.location"), location);
        add(grid, row, Messages.get("carbon.trainingType"), trainingType);
        Label method = new Label(Messages.get("carbon.method"));
        method.setWrapText(true);
        root.getChildren().addAll(grid, result, method, new HBox(12, apply, status));
        root.setPadding(new Insets(12));
    }

    private static int add(GridPane grid, int row, String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        return row + 1;
    }

    private void bind() {
        hardware.valueProperty().addListener((o, was, hw) -> {
            if (hw != null) {
                watts.setText(CarbonEstimateText.number(hw.watts()));
            }
        });
        provider.valueProperty().addListener((o, was, name) -> {
            String code = tables.providers().entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse("");
            region.getItems().setAll(tables.regions(code));
            region.getSelectionModel().clearSelection();
        });
        region.valueProperty().addListener((o, was, r) -> {
            if (r != null) {
                intensity.setText(CarbonEstimateText.number(r.gramsPerKwh()));
            }
        });
        Observable[] inputs = {watts.textProperty(), devices.textProperty(), hours.textProperty(), cloud.selectedProperty(),
                region.valueProperty(), intensity.textProperty(), location.textProperty(), trainingType.valueProperty(),
                hardware.valueProperty()};
        for (Observable in : inputs) {
            in.addListener(o -> update());
        }
        provider.disableProperty().bind(custom.selectedProperty());
        region.disableProperty().bind(custom.selectedProperty());
        intensity.editableProperty().bind(custom.selectedProperty());
        location.disableProperty().bind(cloud.selectedProperty());
        apply.setOnAction(e -> applyToCard());
    }

    /** The estimate the inputs describe, or empty with the reason shown. */
    Optional<CarbonEstimate> estimate() {
        Double w = number(watts.getText());
        Double h = number(hours.getText());
        Double g = number(intensity.getText());
        Integer n;
        try {
            n = Integer.valueOf(devices.getText().strip());
        } catch (NumberFormatException e) {
            n = null;
        }
        String name = hardware.getValue() != null ? hardware.getValue().name() : "";
        if (name.isEmpty() || w == null || w <= 0) {
            result.setText(Messages.get("carbon.need.hardware"));
            return Optional.empty();
        }
        if (n == null || n < 1 || h == null || h <= 0) {
            result.setText(Messages.get("carbon.need.time"));
            return Optional.empty();
        }
        if (cloud.isSelected() && region.getValue() == null || g == null || g < 0) {
            result.setText(Messages.get("carbon.need.grid"));
            return Optional.empty();
        }
        String providerName = cloud.isSelected() ? provider.getValue() : "";
        String where = cloud.isSelected() ? region.getValue().toString() : location.getText().strip();
        return Optional.of(new CarbonEstimate(name, w, n, h, g, providerName, where, trainingType.getValue()));
    }

    private void update() {
        status.setText("");
        Optional<CarbonEstimate> e = estimate();
        apply.setDisable(e.isEmpty());
        e.ifPresent(est -> result.setText(Messages.get("carbon.result",
                CarbonEstimateText.number(est.emissionsGrams() / 1000.0), CarbonEstimateText.number(est.energyKwh()))));
    }

    private void applyToCard() {
        Optional<CarbonEstimate> e = estimate();
        if (e.isEmpty()) {
            return;
        }
        try {
            CarbonCard.apply(card, e.get());
            status.setText(Messages.get("carbon.applied"));
        } catch (CardFormatException ex) {
            status.setText(Messages.get("carbon.failed", ex.getMessage()));
        }
    }

    private static Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Numbers as the pane shows them: no trailing zeros, no exponent. */
    static final class CarbonEstimateText {
        private CarbonEstimateText() {
        }

        static String number(double v) {
            return new java.math.BigDecimal(Double.toString(v)).setScale(3, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
        }
    }
}
