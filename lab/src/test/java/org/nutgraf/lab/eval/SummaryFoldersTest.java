package org.nutgraf.lab.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scores the hand-made fixture in src/test/resources/eval/folders; expected means worked out by hand. */
class SummaryFoldersTest {

    private static final Path FOLDERS = Path.of("src/test/resources/eval/folders");
    private static final double HALF_HUNDREDTH = 0.005;

    @Test
    void referencesGroupAlternativesUnderTheirDocumentId() {
        var refs = SummaryFolders.references(FOLDERS.resolve("refs"));
        assertEquals(List.of("disjoint", "missing", "multi", "order", "same", "stems"), List.copyOf(refs.keySet()));
        assertEquals(List.of("multi.alt.txt", "multi.txt"),
                refs.get("multi").stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aFolderScoresAsTheMeanOfItsDocumentsWithAMissingSummaryAsZero() {
        // F1 per document (same, disjoint, stems, order, missing, multi):
        // R-1 and R-Lsum 1, 0, 1, 8/9, 0, 1; R-2 1, 0, 1, 4/7, 0, 1; R-L 1, 0, 1, 4/9, 0, 1
        SummaryFolders.Result r = SummaryFolders.score(FOLDERS.resolve("sys"), FOLDERS.resolve("refs"), new Rouge(true));
        assertEquals(6, r.documents());
        assertEquals(1, r.missingSystemFiles());
        assertEquals(100 * 35 / 54.0, r.percent().rouge1().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 25 / 42.0, r.percent().rouge2().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 31 / 54.0, r.percent().rougeL().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 35 / 54.0, r.percent().rougeLsum().f1(), HALF_HUNDREDTH);
    }

    @Test
    void withoutStemmingTheInflectedDocumentScoresZero() {
        SummaryFolders.Result r = SummaryFolders.score(FOLDERS.resolve("sys"), FOLDERS.resolve("refs"), new Rouge(false));
        assertEquals(100 * 26 / 54.0, r.percent().rouge1().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 18 / 42.0, r.percent().rouge2().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 22 / 54.0, r.percent().rougeL().f1(), HALF_HUNDREDTH);
        assertEquals(100 * 26 / 54.0, r.percent().rougeLsum().f1(), HALF_HUNDREDTH);
    }
}
