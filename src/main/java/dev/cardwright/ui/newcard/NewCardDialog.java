package dev.cardwright.ui.newcard;

import java.util.List;
import java.util.function.Consumer;

import dev.cardwright.template.NewCardRequest;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.metadata.ChipsInput;
import dev.cardwright.ui.metadata.Choice;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ New: the repository id ({@code org/name}), the kind of card, its languages and the base
 * model it was fine-tuned from (models only). Create is enabled once the id is one the Hub
 * accepts; what the card will be called is shown as the id is typed.
 */
public final class NewCardDialog {
    private final Stage stage = new Stage();
    private final TextField repoId = new TextField();
    private final RadioButton model = new RadioButton(Messages.get("newCard.kind.model"));
    private final RadioButton dataset = new RadioButton(Messages.get("newCard.kind.dataset"));
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final TextField baseModel = new TextField();
    private final Label outcome = new Label();
    private final Button create = new Button(Messages.get("newCard.create"));

    public NewCardDialog(Window owner, String kind, List<Choice> languageChoices, Consumer<NewCardRequest> onCreate) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("newCard.title"));
        repoId.setId("new-repo-id");
        repoId.setPromptText("org/name");
        repoId.setAccessibleText(Messages.get("newCard.repoId"));
        ToggleGroup kinds = new ToggleGroup();
        model.setId("new-kind-model");
        dataset.setId("new-kind-dataset");
        model.setToggleGroup(kinds);
        dataset.setToggleGroup(kinds);
        (kind.equals("dataset") ? dataset : model).setSelected(true);
        ChipsInput languageInput = new ChipsInput("new-language", Messages.get("newCard.languages"), languages, languageChoices,
                code -> languageChoices.stream().filter(c -> c.id().equals(code)).findFirst().map(Choice::name).orElse(""));
        baseModel.setId("new-base-model");
        baseModel.setPromptText(Messages.get("newCard.baseModel.prompt"));
        baseModel.setAccessibleText(Messages.get("newCard.baseModel"));
        baseModel.disableProperty().bind(dataset.selectedProperty());
        outcome.setId("new-outcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("text-muted");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        row(grid, 0, Messages.get("newCard.repoId"), repoId, repoId);
        row(grid, 1, Messages.get("newCard.kind"), model, new HBox(16, model, dataset));
        row(grid, 2, Messages.get("newCard.languages"), languageInput.input(), languageInput);
        row(grid, 3, Messages.get("newCard.baseModel"), baseModel, baseModel);

        create.setId("new-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(Bindings.createBooleanBinding(() -> !NewCardRequest.isRepoId(repoId.getText()), repoId.textProperty()));
        create.setOnAction(e -> {
            NewCardRequest request = request();
            stage.close();
            onCreate.accept(request);
        });
        Button cancel = new Button(Messages.get("newCard.cancel"));
        cancel.setId("new-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label intro = new Label(Messages.get("newCard.intro"));
        intro.setWrapText(true);
        VBox root = new VBox(14, intro, grid, outcome, buttons);
        root.setPadding(new Insets(16));
        repoId.textProperty().addListener((obs, old, now) -> describe());
        dataset.selectedProperty().addListener((obs, old, now) -> describe());
        describe();
        Scene scene = new Scene(root, 620, 360);
        boolean dark = owner != null && owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains("theme-dark");
        Theme.of(dark ? "dark" : "light").apply(scene);
        stage.setScene(scene);
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.control.Control input, javafx.scene.Node shown) {
        Label label = new Label(text);
        label.setLabelFor(input);
        label.setMnemonicParsing(false);
        grid.addRow(row, label, shown);
    }

    public void show() {
        stage.show();
        repoId.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    NewCardRequest request() {
        return new NewCardRequest(repoId.getText(), dataset.isSelected() ? "dataset" : "model", languages,
                dataset.isSelected() ? null : baseModel.getText());
    }

    private void describe() {
        String id = repoId.getText().strip();
        if (id.isEmpty()) {
            outcome.setText(Messages.get("newCard.outcome.empty"));
        } else if (!NewCardRequest.isRepoId(id)) {
            outcome.setText(Messages.get("newCard.outcome.invalid", id));
        } else {
            NewCardRequest r = request();
            outcome.setText(r.cardType().equals("dataset") ? Messages.get("newCard.outcome.dataset", id, r.fileName())
                    : Messages.get("newCard.outcome.model", id, r.fileName()));
        }
    }
}
