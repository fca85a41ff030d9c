package dev.cardwright.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/** Issue 11, defect 9: the outline's completeness score is never cut to "完成度 8…", at the default width or the narrowest. */
@ExtendWith(ApplicationExtension.class)
class CompletenessLabelTest {
    /** What the window would be; narrowed in place of the stage, which the next test classes share. */
    private Region shown;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        NavigatorView navigator = new NavigatorView();
        navigator.setCompleteness(0.85);
        shown = navigator;
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(navigator);
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Scene scene = new Scene(holder, 300, 400);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ROOT);
    }

    /** 260 is about the navigator's share of a default window, 180 its minimum in the main split. */
    @ParameterizedTest
    @ValueSource(ints = {260, 180})
    void theScoreIsShownWhole(int width, FxRobot robot) {
        robot.interact(() -> shown.setMaxWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        Label score = robot.lookup("#completeness-text").queryAs(Label.class);
        assertThat(shown.getWidth()).isEqualTo(width);
        assertThat(score.getText()).isEqualTo("完成度 85%");
        Text drawn = (Text) score.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(score.getText()); // a cut label draws "完成度 8…"
        assertThat(score.getWidth()).isGreaterThanOrEqualTo(drawn.getLayoutBounds().getWidth() - 0.5);
        assertThat(robot.lookup("#completeness-bar").queryAs(ProgressBar.class).getWidth()).isGreaterThan(0);
    }
}
