package org.nutgraf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The package rules of the service, checked on its compiled classes: each rule names the layering it keeps, so a
 * change that breaks one fails here with the offending dependency.
 */
class ArchitectureTest {

    private static JavaClasses service;

    @BeforeAll
    static void importServiceClasses() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nutgraf");
        assertFalse(service.isEmpty(), "no service classes were found to check");
    }

    @Test
    void onlyTheNlpPackageImportsCoreNlpLuceneOrOpenNlp() {
        noClasses().that().resideOutsideOfPackage("org.nutgraf.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford.nlp..", "org.apache.lucene..",
                        "opennlp..")
                .because("the NLP libraries are read in one place, and the domain types do not leak their classes")
                .check(service);
    }

    @Test
    void theApplicationLayerNeverDependsOnTheHttpLayer() {
        noClasses().that().resideInAPackage("org.nutgraf.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nutgraf.api..", "org.nutgraf.cli..")
                .because("the HTTP resources and the command line share the application layer, not each other")
                .check(service);
    }

    @Test
    void theCommandLineDoesNotGoThroughTheHttpLayer() {
        noClasses().that().resideInAPackage("org.nutgraf.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.nutgraf.api..")
                .check(service);
    }

    @Test
    void theDomainPackagesKnowNothingOfServingOrConfiguration() {
        noClasses().that().resideInAnyPackage("org.nutgraf.article..", "org.nutgraf.model..", "org.nutgraf.summary..",
                        "org.nutgraf.claims..", "org.nutgraf.extract..", "org.nutgraf.entities..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nutgraf.api..", "org.nutgraf.app..",
                        "org.nutgraf.cli..", "org.nutgraf.config..", "org.nutgraf.health..", "org.nutgraf.nlp..",
                        "jakarta.ws.rs..", "io.quarkus..", "io.vertx..")
                .because("scorers, claims and extraction are plain Java over the domain model, testable without a server")
                .check(service);
    }

    @Test
    void theServiceNeverUsesTheLab() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.nutgraf.lab..")
                .because("evaluation, training and experiments live in lab/, which depends on the service, not the reverse")
                .check(service);
        noClasses().should().resideInAPackage("org.nutgraf.lab..").check(service);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.nutgraf.(*)..").should().beFreeOfCycles().check(service);
    }
}
