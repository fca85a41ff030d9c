package dev.cardwright.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.carbon.CarbonTables;
import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.template.SchemaMatcher;
import dev.cardwright.template.TemplateSchema;
import dev.cardwright.translate.TranslationImporter;
import dev.cardwright.ui.carbon.CarbonCalculatorPane;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.metadata.MetadataPane;
import dev.cardwright.ui.metadata.Vocabularies;
import dev.cardwright.ui.modelscope.ModelScopeExportPane;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Opens one of issue 15's panes on a demo card, for the screenshots in assets/ (run under
 * shared/tools/screenshot.sh; not a test): {@code modelscope}, {@code carbon} or {@code charts}.
 */
public final class Issue15Screens {
    static final String HUB = """
            ---
            license: apache-2.0
            pipeline_tag: automatic-speech-recognition
            library_name: transformers
            language:
            - zh
            - en
            datasets:
            - wenet/aishell
            model-index:
            - name: demo-asr
              results:
              - task:
                  type: automatic-speech-recognition
                dataset:
                  type: wenet/aishell
                  name: AISHELL-1
                  split: test
                metrics:
                - type: cer
                  value: 4.7
                - type: wer
                  value: 9.1
                - type: rtf
                  value: 0.8
              - task:
                  type: automatic-speech-recognition
                dataset:
                  type: wenet/aishell2
                  name: AISHELL-2
                  split: test
                metrics:
                - type: cer
                  value: 5.6
                - type: wer
                  value: 10.3
            ---
            # Demo ASR

            ## Model Details

            A speech recognition model for Mandarin meetings.

            ## Uses

            Transcribing recorded meetings.

            ## Bias, Risks, and Limitations

            Accents unseen in training raise the error rate.
            """;
    static final String ZH = """
            # 演示语音识别模型

            ## 模型详情

            面向普通话会议场景的语音识别模型。

            ## 用途

            转写会议录音。

            ## 偏差、风险与局限

            训练中未出现的口音会提高错误率。
            """;

    private Issue15Screens() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args); // the main class must not be an Application on the classpath
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Issue15Screens.start(stage, getParameters().getRaw().get(0));
        }
    }

    static void start(Stage stage, String kind) throws Exception {
        Card card = ReadmeReader.read(HUB.getBytes(StandardCharsets.UTF_8), "README.md");
        SchemaMatcher.match(card, TemplateSchema.model());
        Parent root;
        switch (kind) {
            case "modelscope" -> {
                Path zh = Files.createTempFile("README_zh", ".md");
                Files.writeString(zh, ZH);
                TranslationImporter.importFiles(card, "en", Map.of("zh", zh));
                root = (Parent) new ModelScopeExportPane(card, "README.md", Optional::empty).node();
            }
            case "carbon" -> root = (Parent) new CarbonCalculatorPane(card).node();
            default -> {
                MetadataPane pane = new MetadataPane(card, Vocabularies.NONE, new CurrentThreadTaskExecutor());
                root = pane;
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                later.setOnFinished(e -> {
                    // scrolled so that the results table and its charts fill the window
                    javafx.scene.Node table = pane.lookup("#metadata-results");
                    javafx.scene.Node content = pane.getContent();
                    double y = content.sceneToLocal(table.localToScene(0, 0)).getY() - 40;
                    double range = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(Math.max(0, Math.min(1, y / range)));
                });
                later.play();
            }
        }
        Scene scene = new Scene(root, 1100, kind.equals("charts") ? 1500 : 720); // charts: the whole form, cropped later
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (kind.equals("carbon")) {
            fillCarbon(scene);
        } else if (kind.equals("modelscope")) {
            // scrolled to where the front matter ends and the Chinese body begins
            javafx.scene.control.TextArea area = (javafx.scene.control.TextArea) scene.lookup("#modelscope-readme");
            Platform.runLater(() -> area.setScrollTop(20 * 27));
        }
    }

    @SuppressWarnings("unchecked")
    private static void fillCarbon(Scene scene) {
        CarbonTables t = CarbonTables.get();
        ((ComboBox<CarbonTables.Hardware>) scene.lookup("#carbon-hardware")).setValue(
                t.hardware().stream().filter(h -> h.name().equals("A100 SXM4 80 GB")).findFirst().orElseThrow());
        ((TextField) scene.lookup("#carbon-devices")).setText("8");
        ((TextField) scene.lookup("#carbon-hours")).setText("100");
        ((ComboBox<String>) scene.lookup("#carbon-provider")).setValue("Google Cloud Platform");
        ((ComboBox<CarbonTables.Region>) scene.lookup("#carbon-region")).setValue(t.regions("gcp").get(0));
    }
}
