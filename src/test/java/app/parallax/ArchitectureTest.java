package app.parallax;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The engine stays free of the window: data flows files → library → text → comparison → views. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.parallax");

    @Test
    void theEngineKnowsNothingOfJavaFxOrTheWindow() {
        // Spelled out from the top: "..library.." would also match the window's sidebar, app.parallax.ui.library.
        noClasses().that().resideInAnyPackage("app.parallax.model..", "app.parallax.library..", "app.parallax.text..",
                        "app.parallax.compare..", "app.parallax.corpus..", "app.parallax.report..", "app.parallax.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.parallax.ui..", "java.awt..",
                        "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void dataFlowsOneWay() {
        noClasses().that().resideInAPackage("app.parallax.model..")
                .should().dependOnClassesThat().resideInAnyPackage("app.parallax.library..", "..text..", "..compare..",
                        "..report..", "..cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..text..", "app.parallax.library..")
                .should().dependOnClassesThat().resideInAnyPackage("..compare..", "..report..", "..cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..compare..")
                .should().dependOnClassesThat().resideInAnyPackage("..report..", "..cli..")
                .check(CLASSES);
    }

    @Test
    void theWindowsPartsDependOneWay() {
        // app.parallax.ui (start-up, screenshot) → ui.pair (the two articles) → ui.corpus (who reports what) and
        // ui.library (the sidebar), and all → ui.background (the work lanes): the sidebar reaches the panes only
        // through ReadingPanes, the corpus view only through PairView.
        noClasses().that().resideInAnyPackage("app.parallax.ui.library..", "app.parallax.ui.background..",
                        "app.parallax.ui.corpus..")
                .should().dependOnClassesThat().resideInAPackage("app.parallax.ui.pair..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("app.parallax.ui.library..", "app.parallax.ui.background..")
                .should().dependOnClassesThat().resideInAPackage("app.parallax.ui.corpus..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("app.parallax.ui.pair..", "app.parallax.ui.library..",
                        "app.parallax.ui.background..", "app.parallax.ui.corpus..")
                .should().dependOnClassesThat().resideInAPackage("app.parallax.ui")
                .check(CLASSES);
        slices().matching("app.parallax.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
