package org.nutgraf.lab.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.lab.LabRun;
import org.nutgraf.lab.Remake;
import org.nutgraf.lab.summary.SummarySets.Part;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The news scorer and lead trust the service ships are what {@code lab/run summary-train} makes (but for the commit
 * line), and the split rule is fixed.
 */
class SummaryTrainingTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    /** The service's copy of the model, from the lab's folder. */
    private static final Path BUNDLED = Path.of("..", SummaryTraining.RESOURCE);

    @Test
    void theBundledModelIsWhatTrainingWritesFromTheSharedSets(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/cnn_val")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) is absent, so there is nothing to train on");
        Path out = dir.resolve("news-scorer.tsv");
        LabRun run = LabRun.of("--shared=" + SHARED, "summary-train", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Remake.assertSameButTheCommit(BUNDLED, out,
                "the bundled model differs from a fresh training: run lab/run summary-train and commit the file");
        Remake.assertSameButTheCommit(BUNDLED.resolveSibling(SummaryTraining.LEAD_TRUST_FILE),
                out.resolveSibling(SummaryTraining.LEAD_TRUST_FILE),
                "the bundled lead trust differs from a fresh training: run lab/run summary-train and commit it");
    }

    @Test
    void theBundledLuceneModelIsWhatTrainingWritesFromOrangeSum(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/orangesum")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) has no orangesum, so there is nothing to train on");
        Path out = dir.resolve("news-scorer-lucene.tsv");
        LabRun run = LabRun.of("--shared=" + SHARED, "summary-train", "--track=LUCENE", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Remake.assertSameButTheCommit(Path.of("..", Track.LUCENE.file()), out,
                "the bundled model differs from a fresh training: run lab/run summary-train --track=LUCENE and commit it");
    }

    @Test
    void theSplitDependsOnlyOnTheSetAndTheArticle() {
        // pinned by value: a change to the rule would move articles between train, dev and test
        assertEquals(Part.TRAIN, SummarySets.part("cnn_val", "a4942dd663020ca54575471657a0af38d82897d6"));
        assertEquals(Part.TEST, SummarySets.part("bbc", "001"));
        long test = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> SummarySets.part("any", String.valueOf(i)) == Part.TEST).count();
        assertEquals(2_000, test, 150, "about a fifth of the articles are test");
    }
}
