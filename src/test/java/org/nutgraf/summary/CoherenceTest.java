package org.nutgraf.summary;

import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoherenceTest {

    private static final Article A = TestArticles.of(null,
            "The minister announced the budget.",
            "She said taxes would fall.",
            "\"It is a fair plan,\" the minister said.",
            "Opposition leaders criticised it.",
            "However the markets rose.");

    @Test
    void pronounAndConnectiveOpenersLeanOnThePreviousSentence() {
        assertTrue(Coherence.leansOnPrevious(A.sentences().get(1)));
        assertTrue(Coherence.leansOnPrevious(A.sentences().get(2)), "opening quote mark is skipped");
        assertTrue(Coherence.leansOnPrevious(A.sentences().get(4)));
        assertFalse(Coherence.leansOnPrevious(A.sentences().get(3)));
    }

    @Test
    void theFirstSentenceNeverLeans() {
        assertFalse(Coherence.leansOnPrevious(TestArticles.of(null, "He left.").sentences().get(0)));
    }

    @Test
    void aLeaningSentenceDanglesOnlyWithoutItsPredecessor() {
        assertTrue(Coherence.dangles(A.sentences().get(1), Set.of(1)));
        assertFalse(Coherence.dangles(A.sentences().get(1), Set.of(0, 1)));
    }
}
