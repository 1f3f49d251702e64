package org.nutgraf.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers of key claims, from articles read by the real claims pipeline (sentences written for these tests). */
class SpeakersTest {

    static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.CLAIMS));
    }

    private static Attribution speakerOf(String text, String sentenceContaining) {
        Article article = reader.read(text, null);
        Sentence s = article.sentences().stream().filter(x -> x.text().contains(sentenceContaining)).findFirst()
                .orElseThrow();
        return Attributions.in(article, s).orElseThrow(() -> new AssertionError("no attribution: " + s.text()));
    }

    @Test
    void aPronounSpeakerIsResolvedToThePersonNamedBefore() {
        String text = "Margaret Ellison runs the regional transport agency. She said fares would rise by 5% next year.";
        Attribution a = speakerOf(text, "fares would rise");
        assertEquals("Margaret Ellison", a.speaker());
        assertEquals("said", a.verb());
        assertEquals("She", a.pronoun());
        assertTrue(a.resolved());
        assertEquals("She", text.substring(a.speakerStart(), a.speakerEnd()));
    }

    @Test
    void aResolvedPronounIsWrittenAsTheArticleNamedThePersonMostFully() {
        String text = "Daniel Okoro chairs the budget committee. Okoro met the mayor on Monday. "
                + "He told reporters that the deficit had doubled since 2020.";
        Attribution a = speakerOf(text, "deficit had doubled");
        assertEquals("Daniel Okoro", a.speaker());
        assertEquals("told", a.verb());
    }

    @Test
    void aPronounWithNoPersonNamedBeforeGivesTheVerbAndNoSpeaker() {
        Attribution a = speakerOf("He said the bridge would close for repairs in March.", "bridge would close");
        assertNull(a.speaker());
        assertFalse(a.resolved());
        assertEquals("said", a.verb());
    }

    @Test
    void theInvertedSaidTheMinisterNamesTheMinister() {
        Attribution a = speakerOf("\"Prices will fall by the end of the year,\" said the finance minister.",
                "Prices will fall");
        assertEquals("the finance minister", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void accordingToNamesWhatFollows() {
        Attribution a = speakerOf("Unemployment fell to 4% last year, according to the national statistics office.",
                "Unemployment");
        assertEquals("the national statistics office", a.speaker());
        assertEquals("according to", a.verb());
    }

    @Test
    void accordingToAPronounIsResolvedToo() {
        String text = "Priya Raman led the audit. According to her, the agency lost $3 million in 2022.";
        Attribution a = speakerOf(text, "lost $3 million");
        assertEquals("Priya Raman", a.speaker());
        assertEquals("According to", a.verb());
    }

    @Test
    void theSpeakerOfWhoSaidIsThePhraseBeforeTheComma() {
        Attribution a = speakerOf("Its loudest critic was Senator Tom Whitfield, who said the plan would cost billions.",
                "loudest critic");
        assertEquals("Senator Tom Whitfield", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void aSentenceInsideAQuotationTakesTheSpeakerOfTheSentenceThatClosesIt() {
        String text = "\"The schools are short of teachers. We will hire 2,000 more by September,\" the governor said.";
        Attribution a = speakerOf(text, "short of teachers");
        assertEquals("the governor", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void aSentenceInsideAQuotationTakesTheSpeakerOfTheSentenceThatOpensIt() {
        String text = "The mayor said: \"The river has flooded twice this year. The new wall will cost $40 million.\"";
        Attribution a = speakerOf(text, "new wall");
        assertEquals("The mayor", a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void aSentenceAfterAClosedQuotationIsNotAttributed() {
        String text = "\"We are ready,\" the coach said. The team lost its next four games by wide margins.";
        Article article = reader.read(text, null);
        Sentence s = article.sentences().stream().filter(x -> x.text().contains("lost its next")).findFirst()
                .orElseThrow();
        assertEquals(Optional.empty(), Attributions.in(article, s));
    }

    @Test
    void theSentenceOnlyRuleBehindTheModelFeatureNamesNoPronoun() {
        Article article = reader.read("Margaret Ellison runs the agency. She said fares would rise next year.", null);
        Attribution a = Attributions.statedIn(article.sentences().get(1)).orElseThrow();
        assertNull(a.speaker());
        assertEquals("said", a.verb());
    }

    @Test
    void theBundledCueVerbsAreLearntAndIncludeTheCommonOnes() {
        List<String> common = List.of("say", "tell", "add", "write");
        assertTrue(Attributions.bundled().cues().containsAll(common), Attributions.bundled().cues()::toString);
    }
}
