package org.nutgraf.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Run-on text glued from paragraphs ({@code "earliest.The"}) and from captions without punctuation becomes separate
 * sentences, with exact offsets; addresses, dotted names, titles and names in ordinary prose stay whole.
 */
class GluedTextTest {

    private static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY));
    }

    private static List<String> sentences(String text) {
        Article a = reader.read(text, null);
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            assertEquals(i, s.index(), "indexes run 0..n-1");
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.tokens().get(0).start(), s.start());
            assertEquals(s.tokens().get(s.tokens().size() - 1).end(), s.end());
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.word());
            }
        }
        return a.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void gluedParagraphsSplitAndTheFirstKeepsItsStop() {
        String text = "The council will meet the minister at the earliest.The transport board bought 40 hectares.BRT "
                + "lines open in 2027!Riders wait.";
        assertEquals(List.of("The council will meet the minister at the earliest.",
                "The transport board bought 40 hectares.", "BRT lines open in 2027!", "Riders wait."), sentences(text));
    }

    @Test
    void theKeptStopIsAPunctuationTokenAtItsOwnOffset() {
        String text = "Ministers met on Monday.Talks went on late.";
        Sentence first = reader.read(text, null).sentences().get(0);
        Token stop = first.tokens().get(first.tokens().size() - 1);
        int at = text.indexOf(".T");
        assertEquals(new Token(".", ".", ".", "O", at, at + 1), stop);
        assertEquals(at + 1, first.end());
        assertEquals(0, reader.read(text, null).sentences().get(1).paragraph(), "still one paragraph");
    }

    @Test
    void aLongCapitalisedWordBeforeTheStopCountsButAShortTitleDoesNot() {
        assertEquals(List.of("The talks were held in Nairobi.", "The next round is in May."),
                sentences("The talks were held in Nairobi.The next round is in May."));
        assertEquals(1, sentences("The letter went to Mr.Sharma and Prof.Okafor yesterday.").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more at www.BBC.co.uk today.", "Write to press@example.Com for details.",
        "Prices in the U.S.The index rose.", "Mail news.Desk@example.org now.", "See the page site.Com/news now."})
    void addressesAndDottedNamesAreNotSplit(String text) {
        String prepared = TextGuard.prepare(text);
        assertEquals(text, prepared);
    }

    @Test
    void captionsGluedWithoutPunctuationBecomeSentences() {
        String text = "The coach will leave the club at the end of the season The team's captain says the coach "
                + "would do well abroad The coach talks to a player during practice on Tuesday He said: 'It is over.'";
        assertEquals(List.of("The coach will leave the club at the end of the season",
                "The team's captain says the coach would do well abroad",
                "The coach talks to a player during practice on Tuesday", "He said: 'It is over.'"), sentences(text));
    }

    @Test
    void aCaptionFollowedByANamedSubjectAndItsVerbSplits() {
        assertEquals(List.of("Fans cheer outside the stadium before the final",
                "The Rovers captain is greeted by the supporters."),
                sentences("Fans cheer outside the stadium before the final The Rovers captain is greeted by the "
                        + "supporters."));
    }

    @Test
    void aQuoteClosedFromAnEarlierSentenceDoesNotHideGlue() {
        assertEquals(List.of("Sara said the road was 'like a river'.",
                "' The mayor visits the flooded street on Monday", "She said the town would recover."),
                sentences("Sara said the road was 'like a river'.' The mayor visits the flooded street on Monday She "
                        + "said the town would recover."));
    }

    @Test
    void aPrepositionAfterACaptionStartsASentence() {
        assertEquals(List.of("Fans gather outside the stadium before kick-off",
                "In a statement the club thanked them."),
                sentences("Fans gather outside the stadium before kick-off In a statement the club thanked them."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She watched the film The Godfather twice last winter.",
        "The figures were first reported by The New York Times on Monday.",
        "A spokesman said The company is doing well.",
        "Millions tune in to Keeping Up With the Kardashians every week.",
        "She loved the film This is England as a teenager.",
        "The new series of Doctor Who is out.",
        "Critics still call Gone With the Wind a classic.",
        "The headline read Man Bites Dog In The Park on Sunday.",
        "They said I was wrong about the plan.",
        "He shouted 'The bridge is down' and ran.",
        "Fans of the band (The Smiths were huge) came.",
        "Viewers of the show The Apprentice host Alan Sugar were angry.",
        "He was moved to a Category A prison last year.",
        "The cafe by the Drive In opened again.",
        "She told us 'the council said This is final' and left."})
    void titlesNamesAndQuotationsStayWhole(String text) {
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void aGluedQuestionMarkSplitsOnlyWhereAClauseEnds() {
        assertEquals(List.of("What difference does it make?", "Nobody could say."),
                sentences("What difference does it make?Nobody could say."));
        // a question mark standing for a lost space after a preposition is no sentence end
        assertEquals(List.of("The match was washed out on?Friday evening."),
                sentences("The match was washed out on?Friday evening."));
    }

    @Test
    void entitiesGoToThePieceThatHoldsThem() {
        ArticleReader claims = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.CLAIMS));
        String text = "Maria Lopez arrives at the court in Nairobi on Wednesday She said the World Bank had paid.";
        List<Sentence> sentences = claims.read(text, null).sentences();
        assertEquals(2, sentences.size());
        assertEquals(List.of("Maria Lopez", "Nairobi"),
                sentences.get(0).entities().stream().map(e -> e.text()).toList());
        assertEquals(List.of("World Bank"), sentences.get(1).entities().stream().map(e -> e.text()).toList());
    }
}
