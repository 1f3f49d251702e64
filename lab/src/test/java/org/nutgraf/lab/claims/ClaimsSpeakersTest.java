package org.nutgraf.lab.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.LabRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The cue verbs, secondary cue verbs and speaker nouns the service ships are what {@code speakers-eval
 * --learn-cues} and {@code --learn-speaker-lists} make with their defaults, and the default run reads no dev article.
 */
class ClaimsSpeakersTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    /** The service's copy of the cue list, from the lab's folder. */
    private static final Path BUNDLED = Path.of("..", "src/main/resources", Attributions.CUES);

    @Test
    void theBundledCueVerbsAreWhatTheDefaultsLearnFromPolnearTrain(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/polnear/text/train")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks PolNeAR, so there is nothing to learn from");
        Path out = dir.resolve("cue-verbs.tsv");
        LabRun run = LabRun.of("--shared=" + SHARED, "speakers-eval", "--learn-cues=" + out);
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(out),
                "the bundled cue verbs differ from a fresh learning: run lab/run speakers-eval --learn-cues="
                        + "src/main/resources/" + Attributions.CUES + " and commit the file");
    }

    @Test
    void theBundledSpeakerListsAreWhatTheDefaultsLearnFromPolnearTrain(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/polnear/text/train")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks PolNeAR, so there is nothing to learn from");
        LabRun run = LabRun.of("--shared=" + SHARED, "speakers-eval", "--learn-speaker-lists=" + dir);
        assertEquals(0, run.exitCode(), run.err());
        for (String resource : new String[] {Attributions.SPEAKER_CUES, Attributions.SECONDARY, Attributions.SPEAKER_NOUNS,
                Attributions.REPORTING_NOUNS}) {
            Path bundled = Path.of("..", "src/main/resources", resource);
            assertArrayEquals(Files.readAllBytes(bundled), Files.readAllBytes(dir.resolve(bundled.getFileName())),
                    resource + " differs from a fresh learning: run lab/run speakers-eval "
                            + "--learn-speaker-lists=src/main/resources/claims and commit the files");
        }
    }

    @Test
    void theDefaultInvocationPrintsNoDevFigure() {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/polnear/text/train")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks PolNeAR");
        LabRun run = LabRun.of("--shared=" + SHARED, "speakers-eval");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("| dev |"), run.out());
        assertFalse(run.err().contains("polnear-dev"), "no dev article is read without --test");
    }
}
