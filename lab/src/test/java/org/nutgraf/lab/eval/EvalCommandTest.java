package org.nutgraf.lab.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the command on the hand-made set in src/test/resources/eval/dataset (two short articles of our own). */
class EvalCommandTest {

    private static final Path DATASET = Path.of("src/test/resources/eval/dataset");
    private static final Path FOLDERS = Path.of("src/test/resources/eval/folders");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anAbsentDatasetIsSkippedAndStillSucceeds() {
        assertEquals(0, run("no/such/dataset"));
        assertEquals("skipped: no/such/dataset is absent" + System.lineSeparator(), out());
    }

    @Test
    void anUnknownOptionOrAlgorithmIsRefusedWithTheUsage() {
        assertEquals(2, run(DATASET.toString(), "--sentences", "3"));
        assertTrue(err().contains("unknown option --sentences") && err().contains("usage:"), err());
        assertEquals(2, run(DATASET.toString(), "--algorithms", "lead,luhn"));
        assertTrue(err().contains("unknown algorithm 'luhn'"), err());
    }

    @Test
    void leadScoresFullMarksWhereTheReferenceIsTheFirstSentenceAndSummariesAreSaved(@TempDir Path tmp) throws Exception {
        assertEquals(0, run(DATASET.toString(), "--k", "1", "--algorithms", "lead,news", "--out", tmp.toString()));
        // once for k = 1 and once length-matched: each reference is its article's first sentence
        assertEquals(2, out().split("\\| lead \\| 100\\.00 \\| 100\\.00 \\| 100\\.00 \\|", -1).length - 1, out());
        assertTrue(out().contains("# Summary quality on `dataset`: 2 articles"), out());
        assertTrue(out().contains("Headlines from titles.tsv: yes"), out());
        assertEquals("A storm closed Portwell harbour on Tuesday.\n",
                Files.readString(tmp.resolve("lead-k1").resolve("storm.txt")));
        assertTrue(Files.exists(tmp.resolve("news-words").resolve("library.txt")));
    }

    @Test
    void scoringAFolderPrintsWhatRougePyPrints() {
        assertEquals(0, run("--score", FOLDERS.resolve("sys").toString(), FOLDERS.resolve("refs").toString()));
        String n = System.lineSeparator();
        assertEquals("docs=6 missing_sys=1 stemming=True" + n
                + "metric           P       R      F1" + n
                + "rouge1       66.67   63.33   64.81" + n
                + "rouge2       61.11   58.33   59.52" + n
                + "rougeL       58.33   56.67   57.41" + n
                + "rougeLsum    66.67   63.33   64.81" + n, out());
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

    private int run(String... args) {
        out.reset();
        err.reset();
        return EvalCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
