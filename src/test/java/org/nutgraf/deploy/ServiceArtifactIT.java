package org.nutgraf.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What ships is the service alone: the packaged application ({@code target/quarkus-app}, what the image copies)
 * and the library jar the lab builds on hold no evaluation, training, experiment or benchmark class. An IT, so it
 * reads the jars the build just made.
 */
class ServiceArtifactIT {

    /** Class names of the lab's kinds of tool: scorers of summaries, trainers, experiments, benchmarks. */
    private static final Pattern LAB_CLASS = Pattern.compile(
            "org/nutgraf/(lab|eval)/.*|.*/[^/]*(Rouge|Porter|Eval|Training|Trainer|Experiment|Bench|LogisticRegression)[^/]*\\.class");

    @Test
    void thePackagedServiceHoldsNoLabClass() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> app = Files.list(Path.of("target/quarkus-app/app"));
             Stream<Path> target = Files.list(Path.of("target"))) {
            app.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
            target.filter(p -> p.getFileName().toString().matches("nutgraf-[^/]*\\.jar")).forEach(jars::add);
        }
        assertFalse(jars.isEmpty(), "no service jar was built");
        for (Path jar : jars) {
            List<String> classes;
            try (JarFile file = new JarFile(jar.toFile())) {
                classes = file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            }
            assertTrue(classes.stream().anyMatch(n -> n.startsWith("org/nutgraf/")), jar + " holds the service");
            assertEquals(List.of(), classes.stream().filter(n -> LAB_CLASS.matcher(n).matches()).toList(),
                    jar + " holds lab classes");
        }
    }
}
