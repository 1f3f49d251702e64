package org.nutgraf.lab.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.lab.LabRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code algorithms-eval} and {@code peers-eval} on the hand-made set in src/test/resources/eval (two short articles of
 * our own, and folders of summaries).
 */
class EvalCommandTest {

    private static final Path DATASET = Path.of("src/test/resources/eval/dataset");
    private static final Path FOLDERS = Path.of("src/test/resources/eval/folders");
    private static final String N = System.lineSeparator();

    @Test
    void anAbsentDatasetIsSkippedAndStillSucceeds() {
        LabRun run = LabRun.of("algorithms-eval", "no/such/dataset");
        assertEquals(0, run.exitCode());
        assertEquals("skipped: " + Path.of("no/such/dataset") + " is absent" + N, run.out());
    }

    @Test
    void anUnknownOptionOrAlgorithmOrANonPositiveCountIsRefusedWithTheUsage() {
        LabRun unknown = LabRun.of("algorithms-eval", DATASET.toString(), "--sentences", "3");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("Unknown options: '--sentences', '3'")
                && unknown.err().contains("Usage: lab/run algorithms-eval"), unknown.err());
        LabRun luhn = LabRun.of("algorithms-eval", DATASET.toString(), "--algorithms", "lead,luhn");
        assertEquals(2, luhn.exitCode());
        assertTrue(luhn.err().contains("unknown algorithm 'luhn'; choose from lead, textrank, lexrank, centroid, news"),
                luhn.err());
        LabRun zero = LabRun.of("algorithms-eval", DATASET.toString(), "--k", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("--k must be a positive whole number; got '0'"), zero.err());
    }

    @Test
    void leadScoresFullMarksWhereTheReferenceIsTheFirstSentenceAndSummariesAreSaved(@TempDir Path tmp) throws Exception {
        LabRun run = LabRun.of("algorithms-eval", DATASET.toString(), "--k", "1", "--algorithms", "lead,news", "--out",
                tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        // once for k = 1 and once length-matched: each reference is its article's first sentence
        assertEquals(2, run.out().split("\\| lead \\| 100\\.00 \\| 100\\.00 \\| 100\\.00 \\|", -1).length - 1,
                run.out());
        assertTrue(run.out().contains("# Summary quality on `dataset`: 2 articles"), run.out());
        assertTrue(run.out().contains("Headlines from titles.tsv: yes"), run.out());
        assertEquals("A storm closed Portwell harbour on Tuesday.\n",
                Files.readString(tmp.resolve("lead-k1").resolve("storm.txt")));
        assertTrue(Files.exists(tmp.resolve("news-words").resolve("library.txt")));
    }

    @Test
    void scoringAFolderPrintsWhatRougePyPrints() {
        LabRun run = LabRun.of("peers-eval", FOLDERS.resolve("sys").toString(), FOLDERS.resolve("refs").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("docs=6 missing_sys=1 stemming=True" + N
                + "metric           P       R      F1" + N
                + "rouge1       66.67   63.33   64.81" + N
                + "rouge2       61.11   58.33   59.52" + N
                + "rougeL       58.33   56.67   57.41" + N
                + "rougeLsum    66.67   63.33   64.81" + N, run.out());
    }

    @Test
    void scoringAgainstADatasetUsesItsReferencesAndAMissingSummaryFolderIsRefused() {
        LabRun dataset = LabRun.of("peers-eval", DATASET.resolve("refs").toString(), DATASET.toString(), "--no-stem");
        assertEquals(0, dataset.exitCode(), dataset.err());
        assertTrue(dataset.out().startsWith("docs=2 missing_sys=0 stemming=False" + N), dataset.out());
        assertTrue(dataset.out().endsWith("rougeLsum   100.00  100.00  100.00" + N), dataset.out());
        LabRun missing = LabRun.of("peers-eval", "no/such/summaries", DATASET.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("no such folder: " + Path.of("no/such/summaries")), missing.err());
    }

    @Test
    void figuresRoundAsPythonRoundsThem() {
        // Python's '%.2f' rounds the exact binary value, ties to even: 0.125 -> 0.12, 1.005 (1.00499...) -> 1.00
        assertEquals("0.12", EvalCommand.format(0.125, 2));
        assertEquals("1.00", EvalCommand.format(1.005, 2));
        assertEquals("43.40", EvalCommand.format(43.4, 2));
    }

    @Test
    void wordsAreCountedBetweenRunsOfWhitespaceAsTruncatePyCountsThem() {
        assertEquals(4, EvalCommand.whitespaceWords(" U.S.-based  firm\u00A0rose 2.5%\n"));
    }
}
