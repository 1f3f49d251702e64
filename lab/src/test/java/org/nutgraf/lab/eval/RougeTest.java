package org.nutgraf.lab.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RougeTest {

    private static final double EXACT = 1e-12;
    private static final Rouge STEMMED = new Rouge(true);
    private static final Rouge UNSTEMMED = new Rouge(false);

    @Test
    void identicalSummariesScoreOneOnEveryMeasure() {
        String text = "The harbour bell rang at noon.\nFishermen cheered on the quay.";
        for (RougeScore s : STEMMED.score(text, text).all()) {
            assertEquals(new RougeScore(1, 1, 1), s);
        }
    }

    @Test
    void summariesWithNoWordInCommonScoreZero() {
        for (RougeScore s : STEMMED.score("Rain fell all week.", "Markets closed higher.").all()) {
            assertEquals(new RougeScore(0, 0, 0), s);
        }
    }

    @Test
    void anEmptySummaryScoresZeroWithoutDividingByZero() {
        assertEquals(RougeScores.ZERO, STEMMED.score("", "The council met twice."));
        assertEquals(RougeScores.ZERO, STEMMED.score("The council met twice.", "\n\n"));
    }

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigits() {
        assertEquals(List.of("u", "s", "gdp", "rose", "2", "5", "in", "q3"),
                UNSTEMMED.tokenize("U.S. GDP rose 2.5% in Q3—"));
        assertEquals(List.of("caf", "na", "ve"), UNSTEMMED.tokenize("Café naïve"), "accented letters separate");
    }

    @Test
    void partialOverlapCountsUnigramsBigramsAndTheLongestCommonSubsequence() {
        // 4 of 6 words shared (the x2, cat, on); 2 of 5 bigrams (the cat, on the); LCS "the cat on the"
        RougeScores s = UNSTEMMED.score("the cat sat on the mat", "the cat lay on the rug");
        assertScore(4 / 6.0, 4 / 6.0, s.rouge1());
        assertScore(2 / 5.0, 2 / 5.0, s.rouge2());
        assertScore(4 / 6.0, 4 / 6.0, s.rougeL());
        assertScore(4 / 6.0, 4 / 6.0, s.rougeLsum());
    }

    @Test
    void lsumTakesTheUnionOfEachSystemSentencesLcsWithAReferenceSentence() {
        // Lin (2004)'s example: "red sun" from the first line, "red car dog" from the second, union of 4 words
        RougeScores s = UNSTEMMED.score("red sun cat hat bat\nred car bat map dog", "red sun car sky dog");
        assertScore(4 / 10.0, 4 / 5.0, s.rougeLsum());
        assertScore(1 / 9.0, 1 / 4.0, s.rouge2());
    }

    @Test
    void lsumForgivesSentenceOrderWhereTheWholeTextLcsDoesNot() {
        RougeScores s = UNSTEMMED.score("sky dog\nred sun", "red sun car sky dog");
        assertScore(2 / 4.0, 2 / 5.0, s.rougeL());
        assertScore(4 / 4.0, 4 / 5.0, s.rougeLsum());
        assertScore(2 / 3.0, 2 / 4.0, s.rouge2(), "bigrams run across line breaks, as in rouge.py");
    }

    @Test
    void lsumCountsARepeatedWordNoMoreOftenThanBothSummariesHoldIt() {
        // each reference line matches "dog" in the system line, but the system has one "dog" to give
        RougeScores s = UNSTEMMED.score("dog", "dog\ndog");
        assertScore(1, 1 / 2.0, s.rougeLsum());
    }

    @Test
    void stemmingMatchesInflectionsOnlyInWordsLongerThanThreeLetters() {
        assertEquals(1.0, STEMMED.score("Cats running", "cat runs").rouge1().f1(), EXACT);
        assertEquals(0.0, UNSTEMMED.score("Cats running", "cat runs").rouge1().f1(), EXACT);
        // "ran" and "run" are too short to stem, and Porter would not join them anyway
        assertEquals(List.of("ran", "run", "hop"), STEMMED.tokenize("ran run hopping"));
    }

    @Test
    void porterStemsTheExamplesOfHisPaperAsHisReferenceImplementationDoes() {
        PorterStemmer porter = new PorterStemmer();
        String[][] cases = {
                {"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"}, {"caress", "caress"}, {"cats", "cat"},
                {"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"}, {"motoring", "motor"},
                {"sing", "sing"}, {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"},
                {"hopping", "hop"}, {"tanned", "tan"}, {"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"},
                {"failing", "fail"}, {"filing", "file"}, {"happy", "happi"}, {"relational", "relat"},
                {"conditional", "condit"}, {"generalization", "gener"}, {"hopefulness", "hope"},
                {"electricity", "electr"}, {"adjustment", "adjust"}};
        for (String[] c : cases) {
            assertEquals(c[1], porter.stem(c[0]), c[0]);
        }
    }

    @Test
    void porterKeepsTheReferenceImplementationsDeparturesFromThePaperAsRougePyDoes() {
        // Porter's C and Java versions (and rouge.py, and CoreNLP's Stemmer) replace the paper's step-2 rule
        // abli -> able with bli -> ble and add logi -> log; a scorer with the paper's rules would differ on these
        PorterStemmer porter = new PorterStemmer();
        assertEquals("sensibl", porter.stem("sensibly"));
        assertEquals("possibl", porter.stem("possibly"));
        assertEquals("archaeolog", porter.stem("archaeology"));
        assertEquals("analog", porter.stem("analogies"));
        // logi -> log needs a measure above 0 before it, as every step-2 rule does
        assertEquals("biologi", porter.stem("biology"));
    }

    @Test
    void theBestReferenceIsChosenPerMeasureByF1() {
        RougeScores best = UNSTEMMED.scoreBest("red sun", List.of("blue sea", "red sun", "red moon"));
        assertEquals(1.0, best.rouge1().f1(), EXACT);
        assertEquals(RougeScores.ZERO, UNSTEMMED.scoreBest("red sun", List.of()));
    }

    @Test
    void linesSplitWhereverPythonSplitsThem() {
        assertEquals(List.of("a", "b", "c", "", "d", "e"), Rouge.splitLines("a\r\nb\rc\n\u2028d\u000Ce\n"));
    }

    private static void assertScore(double precision, double recall, RougeScore actual) {
        assertScore(precision, recall, actual, "");
    }

    private static void assertScore(double precision, double recall, RougeScore actual, String message) {
        assertEquals(precision, actual.precision(), EXACT, "precision " + message);
        assertEquals(recall, actual.recall(), EXACT, "recall " + message);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        assertEquals(f1, actual.f1(), EXACT, "F1 " + message);
    }
}
