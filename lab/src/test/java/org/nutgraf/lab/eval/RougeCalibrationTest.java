package org.nutgraf.lab.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pins our scorer to the reference rouge.py on the shared BBC set's LEAD-3 and, with Unicode tokens, on OrangeSum's
 * LEAD-1 (figures from shared/data/README.md).
 * Skips when the shared folder (system property {@code shared.dir}) is absent.
 */
class RougeCalibrationTest {

    private static final double TOLERANCE = 0.02;
    private static final Path BBC = Path.of(System.getProperty("shared.dir", "../shared"), "data", "bbc");

    @Test
    void bbcLead3ScoresAsRougePyWithStemming() {
        RougeScores s = scoreBbcLead3(true);
        assertEquals(44.48, s.rouge1().f1(), TOLERANCE, "R-1");
        assertEquals(35.84, s.rouge2().f1(), TOLERANCE, "R-2");
        assertEquals(34.49, s.rougeL().f1(), TOLERANCE, "R-L");
        assertEquals(43.40, s.rougeLsum().f1(), TOLERANCE, "R-Lsum");
    }

    @Test
    void bbcLead3ScoresAsRougePyWithoutStemming() {
        RougeScores s = scoreBbcLead3(false);
        assertEquals(44.01, s.rouge1().f1(), TOLERANCE, "R-1");
        assertEquals(35.75, s.rouge2().f1(), TOLERANCE, "R-2");
        assertEquals(34.32, s.rougeL().f1(), TOLERANCE, "R-L");
        assertEquals(43.04, s.rougeLsum().f1(), TOLERANCE, "R-Lsum");
    }

    @Test
    void orangeSumLead1ScoresAsRougePyWithUnicodeTokens() {
        Path orangeSum = BBC.resolveSibling("orangesum");
        assumeTrue(Files.isDirectory(orangeSum.resolve("sys_lead1")),
                () -> "skipped: " + orangeSum + " (from -Dshared.dir) is absent");
        SummaryFolders.Result r = SummaryFolders.score(orangeSum.resolve("sys_lead1"), orangeSum.resolve("refs"),
                Rouge.unicode());
        assertEquals(1500, r.documents());
        // rouge.py --unicode on the same folders (shared/data/README.md: LEAD-1 21.39 / 6.37 / 15.66)
        assertEquals(21.39, r.percent().rouge1().f1(), TOLERANCE, "R-1");
        assertEquals(6.37, r.percent().rouge2().f1(), TOLERANCE, "R-2");
        assertEquals(15.66, r.percent().rougeLsum().f1(), TOLERANCE, "R-Lsum");
    }

    private static RougeScores scoreBbcLead3(boolean stemming) {
        assumeTrue(Files.isDirectory(BBC.resolve("sys_lead3")) && Files.isDirectory(BBC.resolve("refs")),
                () -> "skipped: " + BBC + " (from -Dshared.dir) is absent, so there is nothing to calibrate against");
        SummaryFolders.Result r = SummaryFolders.score(BBC.resolve("sys_lead3"), BBC.resolve("refs"), new Rouge(stemming));
        assertEquals(2225, r.documents());
        assertEquals(0, r.missingSystemFiles());
        return r.percent();
    }
}
