package org.nutgraf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

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

    /** The packages that serve, configure and read: every other package of the service is domain. */
    private static final String[] SERVING = {"org.nutgraf.api..", "org.nutgraf.app..", "org.nutgraf.cli..",
            "org.nutgraf.config..", "org.nutgraf.health..", "org.nutgraf.nlp.."};

    @Test
    void everyOtherPackageIsDomainAndKnowsNothingOfServingOrConfiguration() {
        List<String> forbidden = new ArrayList<>(List.of(SERVING));
        forbidden.addAll(List.of("jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "io.quarkus..",
                "io.vertx.."));
        noClasses().that().resideOutsideOfPackages(SERVING).and().resideOutsideOfPackage("org.nutgraf")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("scorers, claims, extraction and any new feature package are plain Java over the domain "
                        + "model, testable without a server")
                .check(service);
    }

    @Test
    void onlyTheHttpLayerImportsJaxRsOrVertx() {
        noClasses().that().resideOutsideOfPackage("org.nutgraf.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..")
                .because("requests and responses stop at the resources: the application layer and the command line "
                        + "share plain records")
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
