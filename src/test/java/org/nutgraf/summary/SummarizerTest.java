package org.nutgraf.summary;

import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.model.LinearModel;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    private static final Article FLOOD = TestArticles.of("River flood defences approved",
            "The council approved new flood defences for the river town on Thursday.",
            "The defences will protect homes near the river from flooding.",
            "They will cost forty million pounds over five years.",
            "Local football club won its match against the visitors on Saturday.",
            "Residents said the river flooded their homes twice last winter.",
            "Flood defences near the river will protect homes from flooding, the council said.",
            "The weather was mild.");

    private static List<Integer> indexes(Summary s) {
        return s.sentences().stream().map(c -> c.sentence().index()).toList();
    }

    @Test
    void leadTakesTheFirstSentencesInOrder() {
        Summary s = summarizer.summarize(FLOOD, Algorithm.LEAD, new SummaryBudget(3, null, null, null), 3);
        assertEquals(List.of(0, 1, 2), indexes(s));
    }

    @Test
    void defaultLengthAppliesWhenNoLimitIsGiven() {
        Summary s = summarizer.summarize(FLOOD, Algorithm.LEAD, new SummaryBudget(null, null, null, null), 2);
        assertEquals(2, s.sentences().size());
    }

    @Test
    void everyLimitIsHonouredAtOnceWithoutCuttingASentence() {
        for (Algorithm a : Algorithm.values()) {
            Summary s = summarizer.summarize(FLOOD, a, new SummaryBudget(3, 0.5, 25, 160), 3);
            assertTrue(s.sentences().size() <= 3, a + " sentences");
            assertTrue(s.wordCount() <= 25, a + " words " + s.wordCount());
            int chars = s.sentences().stream().mapToInt(c -> c.sentence().text().length()).sum()
                    + Math.max(0, s.sentences().size() - 1);
            assertTrue(chars <= 160, a + " chars " + chars);
            s.sentences().forEach(c -> assertEquals(FLOOD.sentences().get(c.sentence().index()), c.sentence()));
        }
    }

    @Test
    void ratioIsAShareOfTheArticlesSentences() {
        Summary s = summarizer.summarize(FLOOD, Algorithm.LEAD, new SummaryBudget(null, 0.3, null, null), 3);
        assertEquals(2, s.sentences().size()); // 0.3 * 7 = 2.1 -> 2
    }

    @Test
    void aWordBudgetSmallerThanEverySentenceGivesAnEmptySummary() {
        Summary s = summarizer.summarize(FLOOD, Algorithm.NEWS, new SummaryBudget(null, null, 3, null), 3);
        assertTrue(s.sentences().isEmpty());
    }

    @Test
    void newsNeverLeavesALeaningSentenceWithoutItsPredecessor() {
        for (int k = 1; k <= 6; k++) {
            Summary s = summarizer.summarize(FLOOD, Algorithm.NEWS, new SummaryBudget(k, null, null, null), 3);
            java.util.Set<Integer> chosen = new java.util.HashSet<>(indexes(s));
            s.sentences().forEach(c -> assertFalse(Coherence.dangles(c.sentence(), chosen),
                    "sentence " + c.sentence().index() + " dangles in " + chosen));
        }
    }

    @Test
    void newsPassesOverANearDuplicateOfAChosenSentence() {
        // the scorer's own choice, without the lead's bonus, which would keep the lead's four whatever they say
        Summarizer free = new Summarizer(LearnedNewsScorer.bundled());
        Summary s = free.summarize(FLOOD, Algorithm.NEWS, new SummaryBudget(4, null, null, null), 3);
        List<Integer> chosen = indexes(s);
        // 1 and 5 say the same: news keeps the one it scores higher, and the place of the other goes to a sentence
        // that adds something
        List<SentenceScore> scores = new LearnedNewsScorer(LearnedNewsScorer.bundled()).score(FLOOD);
        int kept = scores.get(1).score() >= scores.get(5).score() ? 1 : 5;
        assertTrue(chosen.contains(kept), "the better of the pair is kept: " + chosen);
        assertFalse(chosen.contains(6 - kept), "its near duplicate is passed over: " + chosen);
    }

    @Test
    void newsPrefersTheOnTopicLeadOverAnOffTopicSentence() {
        Summary s = summarizer.summarize(FLOOD, Algorithm.NEWS, new SummaryBudget(2, null, null, null), 3);
        assertTrue(indexes(s).contains(0));
        assertFalse(indexes(s).contains(3));
    }

    @Test
    void graphScorersRankTheMostConnectedSentenceFirst() {
        for (Algorithm a : List.of(Algorithm.TEXTRANK, Algorithm.LEXRANK, Algorithm.CENTROID)) {
            Summary s = summarizer.summarize(FLOOD, a, new SummaryBudget(1, null, null, null), 3);
            // 5 shares words with the title and with 0, 1 and 4; its shorter near duplicate 1 links to fewer
            assertEquals(5, s.sentences().get(0).sentence().index(), a.id());
        }
    }

    @Test
    void scoresLieBetweenZeroAndOneWithTheBestAtOneExceptNewsWhichGivesProbabilities() {
        for (Algorithm a : Algorithm.values()) {
            Summary s = summarizer.summarize(FLOOD, a, new SummaryBudget(7, null, null, null), 3);
            double max = s.sentences().stream().mapToDouble(c -> c.score().score()).max().orElseThrow();
            if (a == Algorithm.NEWS) {
                assertTrue(max > 0 && max < 1, "a probability: " + max);
            } else {
                assertEquals(1.0, max, 1e-9, a.id());
            }
            s.sentences().forEach(c -> assertTrue(c.score().score() >= 0 && c.score().score() <= 1));
            assertEquals(1, s.inRankOrder().get(0).rank());
        }
    }

    @Test
    void sameInputGivesTheSameSummary() {
        for (Algorithm a : Algorithm.values()) {
            assertEquals(summarizer.summarize(FLOOD, a, new SummaryBudget(3, null, null, null), 3),
                    summarizer.summarize(FLOOD, a, new SummaryBudget(3, null, null, null), 3));
        }
    }

    @Test
    void aFiveSentenceArticleWithoutTitleGetsThreeSentencesLedByItsFirst() {
        Article shortOne = TestArticles.of(null,
                "The harbour bridge will close for repairs from Monday for six weeks.",
                "Engineers found corrosion in the steel supports during an inspection in May.",
                "Ferries will run every twenty minutes while the bridge is closed.",
                "Local shops fear a drop in trade during the summer season.",
                "The council said the work could not wait until the winter.");
        Summary s = summarizer.summarize(shortOne, Algorithm.NEWS, new SummaryBudget(null, null, null, null), 3);
        assertEquals(3, s.sentences().size());
        assertEquals(0, s.sentences().get(0).sentence().index());
    }

    @Test
    void aLongArticleOfOneHundredFiftySentencesIsSummarisedWithinBudget() {
        String[] sentences = new String[150];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "Report number " + i + " describes the harbour bridge repairs and the ferry timetable in detail.";
        }
        Article longOne = TestArticles.of("Harbour bridge repairs", sentences);
        for (Algorithm a : Algorithm.values()) {
            Summary s = summarizer.summarize(longOne, a, new SummaryBudget(5, null, 60, null), 3);
            assertTrue(s.sentences().size() <= 5 && s.wordCount() <= 60, a.id());
            assertFalse(s.sentences().isEmpty(), a.id());
        }
    }

    /** A feature that opens on a scene, with the story in the sentences after it. */
    private static final Article HOOKED = TestArticles.of("Harbour bridge closes for repairs",
            "Summer is never quiet on the coast.",
            "The harbour bridge will close for repairs from Monday for six weeks.",
            "Engineers found corrosion in the bridge supports during an inspection in May.",
            "Ferries will run every twenty minutes while the bridge is closed.",
            "Local shops fear a drop in trade during the summer season.");

    /** The feature's top keyword, as the service finds it. */
    private static final Keyword TOPIC = new KeywordExtractor().extract(HOOKED, 1).get(0);

    @Test
    void aPresetStatesTheStoryRatherThanTheHookThatOpensIt() {
        // a push alert: one sentence of at most 120 characters
        Summary s = summarizer.summarizeStory(HOOKED, Algorithm.NEWS, new SummaryBudget(1, null, null, 120), 3, TOPIC);
        assertEquals(1, s.sentences().size());
        assertTrue(s.sentences().get(0).sentence().contentLemmas().contains("bridge"),
                "names the top keyword: " + s.sentences().get(0).sentence().text());
    }

    @Test
    void aPresetWithNothingThatFitsGivesTheBestSentenceThatStatesTheStory() {
        Summary s = summarizer.summarizeStory(HOOKED, Algorithm.NEWS, new SummaryBudget(1, null, null, 20), 3, TOPIC);
        assertEquals(1, s.sentences().size());
        assertTrue(s.sentences().get(0).sentence().contentLemmas().contains("bridge"));
    }

    @Test
    void newsPassesOverALineThatIsNoSentence() {
        Article withByline = TestArticles.of(null, "By Hannah Okafor",
                "The harbour bridge will close for repairs from Monday for six weeks.",
                "Engineers found corrosion in the bridge supports during an inspection in May.");
        for (int k = 1; k <= 3; k++) {
            Summary s = summarizer.summarize(withByline, Algorithm.NEWS, new SummaryBudget(k, null, null, null), 3);
            assertFalse(indexes(s).contains(0), "the byline is left out at k = " + k + ": " + indexes(s));
        }
    }

    /** A news model that wants sentences sharing the headline's words, and nothing else. */
    private static final LinearModel HEADLINE_ONLY = new LinearModel(Map.of("headline:overlap", 6.0));

    private static LeadTrust bonus(double logOdds) {
        return new LeadTrust(new LinearModel(Map.of(LinearModel.BIAS, logOdds)));
    }

    @Test
    void aLeadBonusLargerThanAnyEvidenceKeepsTheLeadsChoice() {
        Summarizer trusting = new Summarizer(HEADLINE_ONLY, bonus(50));
        for (int k = 1; k <= 4; k++) {
            SummaryBudget budget = new SummaryBudget(k, null, null, null);
            Summary s = trusting.summarize(HOOKED, Algorithm.NEWS, budget, 3);
            assertEquals(trusting.leadPick(HOOKED, budget, 3), indexes(s), "k = " + k);
        }
    }

    @Test
    void aSentenceLeavesTheLeadOnlyWhenItsEvidenceBeatsTheBonus() {
        SummaryBudget one = new SummaryBudget(1, null, null, null);
        // the hook shares no word with the headline; sentence 1 shares four of its five
        assertEquals(List.of(1), indexes(new Summarizer(HEADLINE_ONLY, bonus(1)).summarize(HOOKED, Algorithm.NEWS,
                one, 3)));
        assertEquals(List.of(0), indexes(new Summarizer(HEADLINE_ONLY, bonus(10)).summarize(HOOKED, Algorithm.NEWS,
                one, 3)));
    }

    @Test
    void reasonsSayWhichSentencesTheLeadGaveAndByHowMuchAnotherWasPreferred() {
        Summarizer summarizer = new Summarizer(HEADLINE_ONLY, bonus(1));
        Summary s = summarizer.summarize(HOOKED, Algorithm.NEWS, new SummaryBudget(2, null, null, null), 3);
        // the lead of two is the hook and sentence 1; sentence 1 stays with the bonus, the hook gives way
        ChosenSentence kept = s.sentences().stream().filter(c -> c.sentence().index() == 1).findFirst().orElseThrow();
        assertEquals(1.0, kept.score().reasons().get("lead"), 1e-9);
        ChosenSentence preferred = s.sentences().stream().filter(c -> c.sentence().index() != 1).findFirst()
                .orElseThrow();
        assertFalse(preferred.score().reasons().containsKey("lead"));
        assertTrue(preferred.score().reasons().get("departure") > 0, "beat the hook: " + preferred.score().reasons());
    }

    @Test
    void aLeadSentenceThatSharesNoWordWithTheHeadlineLosesTheBonusTheModelTakesOff() {
        LinearModel positionFirst = new LinearModel(Map.of("position:inverse", 0.5, "headline:overlap", 1.0));
        SummaryBudget one = new SummaryBudget(1, null, null, null);
        // the hook opens the piece and shares no word with the headline: with the whole bonus it stays
        assertEquals(List.of(0), indexes(new Summarizer(positionFirst, bonus(1.5)).summarize(HOOKED, Algorithm.NEWS,
                one, 3)));
        LeadTrust missesCost = new LeadTrust(new LinearModel(Map.of(LinearModel.BIAS, 1.5,
                LeadTrust.HEADLINE_MISSES, -1.5)));
        assertEquals(List.of(1), indexes(new Summarizer(positionFirst, missesCost).summarize(HOOKED, Algorithm.NEWS,
                one, 3)));
        // without a headline nothing is taken off
        Article untitled = TestArticles.of(null, HOOKED.sentences().stream().map(x -> x.text()).toArray(String[]::new));
        assertEquals(List.of(0), indexes(new Summarizer(positionFirst, missesCost).summarize(untitled, Algorithm.NEWS,
                one, 3)));
    }
}
