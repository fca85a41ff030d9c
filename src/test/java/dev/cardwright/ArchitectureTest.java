package dev.cardwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            .that().resideOutsideOfPackages("dev.cardwright.cli..", "dev.cardwright.bench..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("command-line parsing is the cli package's concern (bench is a command of its own, kept apart)");

    @ArchTest
    static final ArchRule webViewStaysInThePreview = noClasses()
            .that().doNotHaveSimpleName("WebViewPreview")
            .and().resideOutsideOfPackage("dev.cardwright.ui.preview..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("the preview engine sits behind a small interface so it can be replaced and tested");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.cardwright.(**)").should().beFreeOfCycles()
            .because("a package that reaches back into one that uses it can no longer be read, tested or replaced on its own; "
                    + "this holds for the editor's subpackages too (shared helpers live in ui.common)");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.web..",
                    "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
            .because("a view model holds properties and actions, never a control, so it is tested without starting the toolkit");

    @ArchTest
    static final ArchRule windowPartsDoNotCallBackIntoTheWindow = noClasses()
            .that().resideInAPackage("dev.cardwright.ui.main..")
            .should().dependOnClassesThat().resideInAPackage("dev.cardwright.ui")
            .because("the window's parts work from the document and the action registry; parts that call the window "
                    + "would only move the god class around");

    @ArchTest
    static final ArchRule markdownAndYamlSitRightOnTheCard = noClasses()
            .that().resideInAnyPackage("dev.cardwright.markdown..", "dev.cardwright.yaml..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cardwright.template..", "dev.cardwright.validate..",
                    "dev.cardwright.translate..", "dev.cardwright.render..", "dev.cardwright.export..", "dev.cardwright.cli..")
            .because("reading and writing the format is the layer just above the card model; everything else builds on it");

    @ArchTest
    static final ArchRule templatesSitBelowValidationAndTranslation = noClasses()
            .that().resideInAPackage("dev.cardwright.template..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cardwright.validate..", "dev.cardwright.translate..",
                    "dev.cardwright.render..", "dev.cardwright.export..", "dev.cardwright.cli..")
            .because("validation and translation read templates and schemas, not the other way round");

    @ArchTest
    static final ArchRule validationAndTranslationSitBelowOutput = noClasses()
            .that().resideInAnyPackage("dev.cardwright.validate..", "dev.cardwright.translate..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cardwright.render..", "dev.cardwright.export..",
                    "dev.cardwright.cli..")
            .because("rendering, export and the command line use the rules; the rules do not know how results are shown");

    @ArchTest
    static final ArchRule renderingSitsBelowExport = noClasses()
            .that().resideInAPackage("dev.cardwright.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cardwright.export..", "dev.cardwright.cli..")
            .because("export writes what rendering makes; rendering must not depend on where it is written");
}
