package dev.cardwright.ui.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Role;
import dev.cardwright.card.RoleAssignment;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaMatcher;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.navigator.NavigatorView;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** Assigning roles and names like a person, seeing completeness per role and the navigator filtered by role. */
@ExtendWith(ApplicationExtension.class)
class RolePaneTest {
    private Card card;
    private NavigatorView navigator;

    @Start
    void start(Stage stage) throws Exception {
        card = ReadmeReader.read("""
                # M

                ## Model Details

                A model.

                ## Bias, Risks, and Limitations

                It repeats stereotypes.

                ## Training Details

                [More Information Needed]
                """.getBytes(StandardCharsets.UTF_8), "README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        navigator = new NavigatorView();
        navigator.setCard(card);
        navigator.setPrefWidth(260);
        stage.setScene(new Scene(new HBox(8, navigator, new RolePane(card).node()), 1000, 600));
        stage.show();
    }

    private static void choose(FxRobot robot, String comboId, String entry) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> entry.equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickRow(FxRobot robot, String title) {
        robot.clickOn(robot.lookup("#roles-table .table-cell").match((TableCell<?, ?> c) -> c.getText() != null && c.getText().strip().equals(title))
                .queryAs(TableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void assignRolesAndNamesThenFilterTheNavigator(FxRobot robot) throws Exception {
        assertThat(label(robot, "#roles-completeness-developer")).isEqualTo(Messages.get("roles.completeness", Messages.get("roles.developer"), 0));

        // the training section goes to a named developer
        clickRow(robot, "Training Details");
        robot.clickOn("#roles-person").write("李雷").type(javafx.scene.input.KeyCode.ENTER);
        // the bias section is handed to the project organiser
        clickRow(robot, "Bias, Risks, and Limitations");
        choose(robot, "#roles-choice", Messages.get("roles.organiser"));

        assertThat(card.getRoles()).containsEntry("training-details", new RoleAssignment(Role.DEVELOPER, "李雷"))
                .containsEntry("bias-risks-limitations", new RoleAssignment(Role.PROJECT_ORGANISER, ""));
        assertThat(robot.lookup("#roles-table .table-cell").match((TableCell<?, ?> c) -> "李雷".equals(c.getText())).tryQuery()).isPresent();
        assertThat(CardSourceFile.toYaml(card)).contains("- section: training-details\n    role: developer\n    person: 李雷\n");
        assertThat(card.write()).doesNotContain("李雷").doesNotContain("developer");

        // the navigator shows only the chosen role's sections
        choose(robot, "#navigator-role-filter", Messages.get("roles.developer"));
        assertThat(navigator.tree().getRoot().getChildren()).extracting(i -> i.getValue().section() == null ? "metadata" : i.getValue().section().getTitle())
                .contains("M").doesNotContain("Bias, Risks, and Limitations");
        java.util.List<String> underTitle = navigator.tree().getRoot().getChildren().stream()
                .filter(i -> i.getValue().section() != null).flatMap(i -> i.getChildren().stream())
                .map(i -> i.getValue().section().getTitle()).toList();
        assertThat(underTitle).containsExactly("Training Details");
        choose(robot, "#navigator-role-filter", Messages.get("roles.filter.all"));
        assertThat(navigator.tree().getRoot().getChildren().stream().flatMap(i -> i.getChildren().stream()).count()).isEqualTo(3);
    }
}
