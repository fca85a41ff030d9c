package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cardwright.ui.common.Theme;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

/**
 * ControlsFX's completion popup (the license and language pickers) is styled with Modena's colour
 * names, which AtlantaFX does not define; our stylesheet defines them from the theme, so the
 * list has a background, dark in the dark theme and light in the light one, and no shadow.
 */
@ExtendWith(ApplicationExtension.class)
class CompletionPopupThemeTest {
    private Scene scene;
    private TextField field;
    private AutoCompletionBinding<String> completion;

    @Start
    void start(Stage stage) {
        field = new TextField();
        scene = new Scene(new VBox(field), 600, 400);
        completion = TextFields.bindAutoCompletion(field, request -> List.of("zh — Chinese · 中文", "ace — Achinese", "aib — Ainu"));
        Theme.plainPopup(completion);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theListHasTheThemesBackground(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> theme.apply(scene));
        robot.clickOn(field).write("a");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> completion.getAutoCompletionPopup().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = (ListView<?>) completion.getAutoCompletionPopup().getSkin().getNode();
        assertThat(list.getEffect()).isNull(); // no shadow margin to be drawn opaque
        assertThat(list.getBackground()).isNotNull();
        double brightness = brightness(list.getBackground().getFills().get(0).getFill());
        if (theme == Theme.DARK) {
            assertThat(brightness).isLessThan(0.3);
        } else {
            assertThat(brightness).isGreaterThan(0.7);
        }
    }

    private static double brightness(Paint paint) {
        Color c = paint instanceof LinearGradient g ? g.getStops().get(0).getColor() : (Color) paint;
        return c.getBrightness();
    }
}
