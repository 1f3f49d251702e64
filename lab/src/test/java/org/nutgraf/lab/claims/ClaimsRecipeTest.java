package org.nutgraf.lab.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.lab.LabRun;
import org.nutgraf.lab.Remake;
import org.nutgraf.model.Provenance;
import org.nutgraf.model.StaticEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The check-worthiness model the service ships is what {@code lab/run claims-train} makes (but for the commit line),
 * its static vectors what {@code lab/run vectors-train} makes, and the recipe's rule and measures are the ones its
 * documentation states.
 */
class ClaimsRecipeTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    /** The service's copy of the model, from the lab's folder. */
    private static final Path BUNDLED = Path.of("..", "src/main/resources", CheckWorthinessModel.RESOURCE);
    /** The service's copy of the static vectors. */
    private static final Path VECTORS = Path.of("..", "src/main/resources", CheckWorthinessModel.VECTORS);

    @Test
    void theBundledModelIsWhatTrainingWritesFromTheSharedSets(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/checkthat2019"))
                        && Files.isDirectory(SHARED.resolve("data/subjectivity"))
                        && Files.isDirectory(SHARED.resolve("data/polnear")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks the claim sets, so there is nothing to train on");
        Path out = dir.resolve("check-worthiness.tsv");
        LabRun run = LabRun.of("--shared=" + SHARED, "claims-train", "--vectors=" + VECTORS, out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Remake.assertSameButTheCommit(BUNDLED, out,
                "the bundled model differs from a fresh training: run lab/run claims-train and commit the file");
    }

    @Test
    void theSettingWhoseWorstShareOfTheBestGainIsLargestIsChosenAndTiesGoToTheEarlier() {
        Recipe.Trial none = new Recipe.Trial(0, 0, 0, 0.20, 0.70, 0.70, 0.60, 0.45);
        Recipe.Trial debatesOnly = new Recipe.Trial(0, 0.5, 0, 0.30, 0.80, 0.80, 0.60, 0.45);
        Recipe.Trial balanced = new Recipe.Trial(1e-5, 1, 0.5, 0.21, 0.72, 0.60, 0.66, 0.70);
        Recipe.Trial newsOnly = new Recipe.Trial(1e-5, 2, 2, 0.19, 0.69, 0.50, 0.90, 0.90);
        // debatesOnly gains nothing on news, newsOnly loses on debates; balanced takes a share of every best gain
        assertEquals(balanced, Recipe.choose(List.of(none, debatesOnly, balanced, newsOnly)));
        assertEquals(0, none.worstShare(none, List.of(none, debatesOnly, balanced, newsOnly)), 1e-12);
        assertEquals(none, Recipe.choose(List.of(none, new Recipe.Trial(1e-4, 1, 1, 0.20, 0.70, 0.70, 0.60, 0.45))));
    }

    @Test
    void theBundledVectorsAreWhatDistillationWritesUpToTheRoundingOfOneByte(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data/checkthat2019"))
                        && Files.isDirectory(SHARED.resolve("data/subjectivity")),
                () -> "skipped: " + SHARED + " (from -Dshared.dir) lacks the claim sets the weights are counted on");
        Path out = dir.resolve("static-vectors.bin");
        LabRun run = LabRun.of("--shared=" + SHARED, "vectors-train", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        StaticEncoder fresh = VectorsTraining.read(out);
        StaticEncoder bundled = VectorsTraining.read(VECTORS);
        assertEquals(List.of(), Provenance.of(out.toString(), Files.readAllBytes(out), fresh.provenance()).missing());
        assertEquals(Remake.withoutCommit(bundled.provenance()), Remake.withoutCommit(fresh.provenance()));
        assertEquals(bundled.size(), fresh.size());
        // ONNX Runtime's arithmetic may differ in the last bits from one processor to another, so a byte of a vector
        // may round the other way: sentences must come out the same direction, not the same bits
        for (String sentence : List.of("The council approved a budget of $4.2 million on Tuesday.",
                "Critics called the vote a disgrace.", "Opinion polls show support for the plan has fallen.")) {
            List<String> words = List.of(sentence.split(" "));
            double[] a = bundled.embed(words);
            double[] b = fresh.embed(words);
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
            }
            assertTrue(dot > 0.999, sentence + ": cosine " + dot);
        }
    }

    @Test
    void aucIsTheChanceAPositiveOutscoresANegativeWithTiesCountingHalf() {
        List<ClaimSets.Labelled> rows = List.of(row("a", true), row("b", true), row("c", false), row("d", false));
        double[] scores = {0.9, 0.5, 0.5, 0.1};
        // pairs (positive, negative): 0.9>0.5, 0.9>0.1, 0.5=0.5 (a half), 0.5>0.1 → 3.5 of 4
        assertEquals(0.875, RankingMeasures.auc(rows, l -> scores[rows.indexOf(l)]), 1e-12);
    }

    private static ClaimSets.Labelled row(String id, boolean positive) {
        return new ClaimSets.Labelled(id, "", positive, "", 0, "", null);
    }
}
