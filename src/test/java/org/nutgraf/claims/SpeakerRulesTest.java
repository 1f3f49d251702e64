package org.nutgraf.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of the speaker rule beyond one cue's patterns ({@link Attributions.Part}), on articles read by the real
 * claims pipeline (sentences written for these tests), and {@link Attributions#statedIn} left as it was.
 */
class SpeakerRulesTest {

    static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.CLAIMS));
    }

    private static Sentence sentence(Article article, String containing) {
        return article.sentences().stream().filter(x -> x.text().contains(containing)).findFirst().orElseThrow();
    }

    private static Optional<Attribution> in(String text, String containing) {
        Article article = reader.read(text, null);
        return Attributions.in(article, sentence(article, containing));
    }

    private static String speakerOf(String text, String containing) {
        return in(text, containing).map(Attribution::speaker).orElse(null);
    }

    @Test
    void aCueInsideTheQuotationGivesWayToTheSpeakerOutsideIt() {
        String text = "\"I said the levy would pass in May,\" Roberta Quist told reporters.";
        assertEquals("Roberta Quist", speakerOf(text, "levy would pass"));
        // without the part, the first cue ("I said") wins and names nobody
        Article article = reader.read(text, null);
        Attributions firstCue = new Attributions(Attributions.bundled().cues(),
                EnumSet.complementOf(EnumSet.of(Attributions.Part.EVERY_CUE)));
        assertNull(firstCue.find(article, sentence(article, "levy would pass")).orElseThrow().speaker());
    }

    @Test
    void theSentenceOnlyRuleOfTheCheckWorthinessFeatureIsUnchanged() {
        Article article = reader.read("\"I believe the levy will pass in May,\" Roberta Quist said.", null);
        Optional<Attribution> stated = Attributions.statedIn(sentence(article, "levy will pass"));
        assertTrue(stated.isPresent());
        assertNull(stated.get().speaker(), "statedIn still stops at the first cue, as the model was trained");
    }

    @Test
    void aParenthesisOrADayBetweenSubjectAndVerbIsSkipped() {
        assertEquals("Senator Dana Whitcombe",
                speakerOf("Senator Dana Whitcombe (D-Ore.) said the tariff would raise prices.", "tariff"));
        assertEquals("Dana Whitcombe",
                speakerOf("Dana Whitcombe on Tuesday said the tariff would raise prices.", "tariff"));
    }

    @Test
    void theyIsTheGroupTheArticleNamedAsSubjectJustBefore() {
        String text = "Several teachers' unions opposed the new contract on Monday. "
                + "They said the pay rise was too small to keep staff.";
        assertEquals("Several teachers' unions", speakerOf(text, "pay rise"));
        Attribution a = in(text, "pay rise").orElseThrow();
        assertEquals("They", a.pronoun());
    }

    @Test
    void weOutsideAQuotationNamesNobody() {
        assertNull(speakerOf("Voters went to the polls on Sunday. We reported that turnout was low.", "turnout"));
    }

    @Test
    void iInsideAQuotationIsTheQuotationsSpeaker() {
        String text = "\"The budget is balanced. I said so in March and I say so now,\" Harold Benn told the council.";
        assertEquals("Harold Benn", speakerOf(text, "I said so"));
    }

    @Test
    void aNameAndAColonBeforeAQuotationNameTheSpeaker() {
        assertEquals("Marisol Tran", speakerOf("Marisol Tran: \"We will not close the clinic.\"", "clinic"));
    }

    @Test
    void aParagraphThatOpensWithSpeakerAndColonGivesItsSpeakerToTheNextParagraph() {
        String text = "Marisol Tran told the county board:\n\n"
                + "The clinic will stay open through the winter. Staff will be hired in January.";
        assertEquals("Marisol Tran", speakerOf(text, "Staff will be hired"));
    }

    @Test
    void aSecondaryCueCountsOnlyWhenItsSubjectIsLikeASpeaker() {
        assertEquals("Local officials", speakerOf("Local officials want the road rebuilt before the winter.", "road"));
        assertTrue(in("The old bridge wants a new coat of paint before the winter.", "bridge").isEmpty());
    }

    @Test
    void aHeadlineNameAndColonNameTheSpeakerOfTheClaim() {
        assertEquals("Marisol Tran", speakerOf("Marisol Tran: County Clinic Will Stay Open All Winter\n\n"
                + "The clinic serves about 4,000 patients.", "Clinic Will Stay"));
    }

    @Test
    void aReportingNounAfterAPossessiveNamesItsOwner() {
        assertEquals("The treasurer", speakerOf("The treasurer's statement that the budget was balanced surprised "
                + "nobody on the board.", "budget was balanced"));
        String text = "Margaret Ellison runs the regional transport agency. "
                + "Her claim that fares will fall next year drew laughter from the council.";
        Attribution a = in(text, "fares will fall").orElseThrow();
        assertEquals("Margaret Ellison", a.speaker());
        assertEquals("Her", a.pronoun());
    }
}
