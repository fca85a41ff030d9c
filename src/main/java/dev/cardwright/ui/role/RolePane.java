package dev.cardwright.ui.role;

import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.validate.RoleCompleteness;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Who writes which section: every section with its role (the guidebook's default until someone
 * assigns another) and the person's name, and how complete each role's sections are. Assignments
 * go into the card source only (docs/roles.md).
 */
public final class RolePane {
    private final Card card;
    private final TableView<Section> table = new TableView<>();
    private final ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
    private final TextField person = new TextField();
    private final HBox scores = new HBox(16);
    private final VBox root = new VBox(10);
    private boolean showing;

    public RolePane(Card card) {
        this.card = card;
        createView();
        bind();
        refresh();
    }

    public Node node() {
        return root;
    }

    /** Shows the pane in its own window over {@code owner}. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, Card card) {
        return dev.cardwright.ui.common.ToolWindow.show(owner, Messages.get("roles.title"), (javafx.scene.Parent) new RolePane(card).node(), 720, 560);
    }

    /** A role as people read it, in the interface's language. */
    public static String name(Role r) {
        return switch (r) {
            case DEVELOPER -> Messages.get("roles.developer");
            case SOCIOTECHNIC -> Messages.get("roles.sociotechnic");
            case PROJECT_ORGANISER -> Messages.get("roles.organiser");
        };
    }

    private void createView() {
        table.setId("roles-table");
        TableColumn<Section, String> section = new TableColumn<>(Messages.get("roles.section"));
        section.setCellValueFactory(c -> new SimpleStringProperty("  ".repeat(Math.max(0, c.getValue().getLevel() - 2)) + c.getValue().getTitle()));
        section.setPrefWidth(300);
        TableColumn<Section, String> who = new TableColumn<>(Messages.get("roles.role"));
        who.setId("roles-col-role");
        who.setCellValueFactory(c -> new SimpleStringProperty(name(card.roleOf(c.getValue()).role())));
        who.setPrefWidth(170);
        TableColumn<Section, String> name = new TableColumn<>(Messages.get("roles.person"));
        name.setId("roles-col-person");
        name.setCellValueFactory(c -> new SimpleStringProperty(card.roleOf(c.getValue()).person()));
        name.setPrefWidth(170);
        table.getColumns().add(section);
        table.getColumns().add(who);
        table.getColumns().add(name);
        VBox.setVgrow(table, Priority.ALWAYS);

        role.setId("roles-choice");
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : name(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        person.setId("roles-person");
        person.setPromptText(Messages.get("roles.person.prompt"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        Label roleLabel = new Label(Messages.get("roles.role"));
        roleLabel.setLabelFor(role);
        Label personLabel = new Label(Messages.get("roles.person"));
        personLabel.setLabelFor(person);
        form.addRow(0, roleLabel, role);
        form.addRow(1, personLabel, person);
        scores.setId("roles-completeness");
        Label intro = new Label(Messages.get("roles.intro"));
        intro.setWrapText(true);
        intro.setLabelFor(table);
        table.setAccessibleText(Messages.get("roles.title"));
        root.getChildren().addAll(intro, scores, table, form);
        root.setPadding(new Insets(12));
    }

    private void bind() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> show(s));
        role.setOnAction(e -> assign());
        person.setOnAction(e -> assign());
        person.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                assign();
            }
        });
        card.getRoles().addListener((MapChangeListener<String, RoleAssignment>) c -> {
            table.refresh();
            refreshScores();
        });
    }

    /** Rebuilds the section list (after the card's sections changed). */
    public void refresh() {
        table.getItems().setAll(card.allSections().toList());
        refreshScores();
    }

    private void refreshScores() {
        Map<Role, Double> by = RoleCompleteness.of(card);
        scores.getChildren().clear();
        for (Role r : Role.values()) {
            Label l = new Label(Messages.get("roles.completeness", name(r), Math.round(by.get(r) * 100)));
            l.setId("roles-completeness-" + r.id());
            scores.getChildren().add(l);
        }
    }

    private void show(Section s) {
        showing = true;
        try {
            RoleAssignment a = s == null ? null : card.roleOf(s);
            role.setValue(a == null ? null : a.role());
            person.setText(a == null ? "" : a.person());
            role.setDisable(s == null);
            person.setDisable(s == null);
        } finally {
            showing = false;
        }
    }

    private void assign() {
        Section s = table.getSelectionModel().getSelectedItem();
        if (showing || s == null || role.getValue() == null) {
            return;
        }
        RoleAssignment now = new RoleAssignment(role.getValue(), person.getText());
        if (!now.equals(card.roleOf(s)) || card.getRoles().containsKey(s.getId())) {
            card.getRoles().put(s.getId(), now);
        }
    }
}
