package dev.cardwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of DESIGN.md: the model and the logic run without a toolkit. */
@AnalyzeClasses(packages = "dev.cardwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesTheToolkit = noClasses()
            .that().resideOutsideOfPackage("dev.cardwright.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.web..",
                    "javafx.application..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
            .because("the command line and the tests must run without starting JavaFX; only javafx.base (properties, collections) is shared");

    @ArchTest
    static final ArchRule nothingButLauncherUsesUi = noClasses()
            .that().resideOutsideOfPackage("dev.cardwright.ui..")
            .and().doNotHaveFullyQualifiedName("dev.cardwright.Launcher")
            .should().dependOnClassesThat().resideInAPackage("dev.cardwright.ui..")
            .because("the editor sits on top of everything; nothing below may reach up into it");

    @ArchTest
    static final ArchRule cardIsTheBottomLayer = noClasses()
            .that().resideInAPackage("dev.cardwright.card..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.cardwright.markdown..", "dev.cardwright.yaml..", "dev.cardwright.template..",
                    "dev.cardwright.validate..", "dev.cardwright.render..", "dev.cardwright.translate..",
                    "dev.cardwright.export..", "dev.cardwright.cli..", "dev.cardwright.ui..")
            .because("the card model is what every other package builds on, so it may use none of them");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("dev.cardwright.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("command-line parsing is the cli package's concern");

    @ArchTest
    static final ArchRule webViewStaysInThePreview = noClasses()
            .that().doNotHaveSimpleName("WebViewPreview")
            .and().resideOutsideOfPackage("dev.cardwright.ui.preview..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("the preview engine sits behind a small interface so it can be replaced and tested");
}
