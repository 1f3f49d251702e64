package org.nutgraf.lab.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.LabRun;
import org.nutgraf.lab.Remake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The cue verbs and the four speaker lists the service ships are what {@code lab/run speakers-train} makes with its
 * defaults (but for the commit line), and {@code speakers-eval} by default reads no dev article.
 */
class SpeakersTrainingTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @Test
    void theBundledListsAreWhatTheDefaultsLearnFromPolnearTrain(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/polnear/text/train")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks PolNeAR, so there is nothing to learn from");
        LabRun run = LabRun.of("--shared=" + SHARED, "speakers-train", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String resource : List.of(Attributions.CUES, Attributions.SPEAKER_CUES, Attributions.SECONDARY,
                Attributions.SPEAKER_NOUNS, Attributions.REPORTING_NOUNS)) {
            Path bundled = Path.of("..", "src/main/resources", resource);
            Remake.assertSameButTheCommit(bundled, dir.resolve(bundled.getFileName()),
                    "differs from a fresh learning: run lab/run speakers-train and commit the files");
        }
    }

    @Test
    void theDefaultEvaluationPrintsNoDevFigure() {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/polnear/text/train")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks PolNeAR");
        LabRun run = LabRun.of("--shared=" + SHARED, "speakers-eval");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("| dev |"), run.out());
        assertFalse(run.err().contains("polnear-dev"), "no dev article is read without --test");
    }
}
