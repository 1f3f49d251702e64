package org.nutgraf.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY));
    }

    @Test
    void lineBreaksEndSentencesAndBlankLinesStartParagraphs() {
        Article a = reader.read("Headline without a stop\nFirst sentence here. Second one follows.\n\nNew paragraph now.", null);
        assertEquals(4, a.sentences().size());
        assertEquals("Headline without a stop", a.sentences().get(0).text());
        assertEquals(3, a.paragraphCount());
    }

    @Test
    void offsetsSliceTheTextAfterUnicode() {
        String text = "“Quotes” — and emoji 🔔🇬🇧 come first. Then the café’s naïve owner spoke… “Yes,” she said.";
        Article a = reader.read(text, null);
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            s.tokens().forEach(t -> assertEquals(text.substring(t.start(), t.end()), t.word()));
        }
    }

    @Test
    void lemmasArePartsOfSpeechAreRead() {
        Article a = reader.read("The councils were approving plans.", "Councils approve plans");
        var tokens = a.sentences().get(0).tokens();
        assertEquals("council", tokens.get(1).lemma());
        assertTrue(tokens.get(1).tag().startsWith("NN"));
        assertEquals("approve", tokens.get(3).lemma());
        assertEquals(java.util.List.of("council", "approve", "plan"), a.titleLemmas());
    }

    @Test
    void theClaimsPipelineNamesEntitiesButNotPronouns() {
        ArticleReader claims = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.CLAIMS));
        String text = "Maria Lopez met officials from the World Bank in Nairobi, and she said he was late.";
        Sentence s = claims.read(text, null).sentences().get(0);
        assertEquals(java.util.List.of("PERSON:Maria Lopez", "ORGANIZATION:World Bank", "LOCATION:Nairobi"),
                s.entities().stream().map(e -> e.kind() + ":" + e.text()).toList());
        s.entities().forEach(e -> assertEquals(text.substring(e.start(), e.end()), e.text()));
        assertEquals("PERSON", s.tokens().get(0).ner());
    }

    @Test
    void withoutNerSentencesHaveNoEntities() {
        assertTrue(reader.read("Maria Lopez visited Nairobi.", null).sentences().get(0).entities().isEmpty());
    }

    @Test
    void aBadAnnotatorStopsWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleReader.load("tokenize,ssplit,nonsense", Map.of()));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }
}
