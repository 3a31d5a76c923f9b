package dev.tact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of CONVENTIONS.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "dev.tact", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Main").definedBy("dev.tact")
        .layer("Ui").definedBy("dev.tact.ui..")
        .layer("Cli").definedBy("dev.tact.cli..")
        .layer("Report").definedBy("dev.tact.report..")
        .layer("Store").definedBy("dev.tact.store..")
        .layer("Score").definedBy("dev.tact.score..")
        .layer("Core").definedBy("dev.tact.core..")
        .whereLayer("Main").mayNotBeAccessedByAnyLayer()
        .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
        .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
        .whereLayer("Report").mayOnlyBeAccessedByLayers("Ui", "Cli")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report")
        .whereLayer("Score").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "Store")
        .because("the desk and the CLI are two front ends on one core: Main -> ui | cli -> report, store,"
            + " score -> core");

    @ArchTest
    static final ArchRule coreAndScoreArePlainJava = noClasses()
        .that().resideInAnyPackage("dev.tact.core..", "dev.tact.score..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
        .because("the domain and the scorer run the same under the desk, the CLI and a CI gate");

    @ArchTest
    static final ArchRule storeAndReportHaveNoJavaFx = noClasses()
        .that().resideInAnyPackage("dev.tact.store..", "dev.tact.report..")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .because("the CLI must never start the JavaFX toolkit");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = classes()
        .that().haveSimpleNameEndingWith("ViewModel")
        .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx.scene..")
        .because("view models are tested without a toolkit; views build nodes and bind");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheStore = noClasses()
        .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Table")
        .should().dependOnClassesThat().resideInAPackage("dev.tact.store..")
        .because("a view only sees its view model; the view model runs store calls in the background");

    @ArchTest
    static final ArchRule onlyTheCliWritesToTheConsole = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
        .because("only the CLI prints; everything else reports through return values, exceptions or the log");
}
