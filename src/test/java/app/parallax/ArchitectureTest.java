package app.parallax;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine stays free of the window: data flows files → library → text → comparison → views. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.parallax");

    @Test
    void theEngineKnowsNothingOfJavaFxOrTheWindow() {
        noClasses().that().resideInAnyPackage("..model..", "..library..", "..text..", "..compare..", "..report..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "java.awt..", "javax.swing..")
                .check(CLASSES);
    }

    @Test
    void dataFlowsOneWay() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("..library..", "..text..", "..compare..", "..report..", "..cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..text..", "..library..")
                .should().dependOnClassesThat().resideInAnyPackage("..compare..", "..report..", "..cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..compare..")
                .should().dependOnClassesThat().resideInAnyPackage("..report..", "..cli..")
                .check(CLASSES);
    }
}
