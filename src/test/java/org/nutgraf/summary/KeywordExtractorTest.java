package org.nutgraf.summary;

import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordExtractorTest {

    @Test
    void theRecurringTopicRanksFirstAndStopWordsNeverAppear() {
        Article a = TestArticles.of(null,
                "The flood barrier is new.",
                "Engineers like the flood barrier.",
                "The flood barrier is costly.",
                "A cat slept.");
        List<Keyword> k = new KeywordExtractor().extract(a, 5);
        assertEquals("flood barrier", k.get(0).lemma());
        assertEquals(3, k.get(0).count());
        assertEquals(1.0, k.get(0).score());
        assertTrue(k.stream().noneMatch(x -> x.lemma().equals("the")));
    }

    @Test
    void anArticleWithoutNounsHasNoKeywords() {
        Article a = new Article("!", "", List.of(), List.of());
        assertTrue(new KeywordExtractor().extract(a, 5).isEmpty());
    }
}
