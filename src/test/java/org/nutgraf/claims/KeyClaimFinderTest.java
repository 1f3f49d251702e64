package org.nutgraf.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Key claims over articles read by the real claims pipeline and scored by the bundled model. */
class KeyClaimFinderTest {

    static ArticleReader reader;
    static KeyClaimFinder finder;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.CLAIMS));
        finder = KeyClaimFinder.withBundledModel();
    }

    @Test
    void aQuotedPromiseIsAPredictionWithItsSpeakerAndPercent() {
        String text = "The budget was published on Wednesday. 'We will cut taxes by 10% next year,' the minister said.";
        Article article = reader.read(text, null);
        List<KeyClaim> claims = finder.find(article, 10, 0);
        KeyClaim claim = claims.stream().filter(c -> c.text().contains("cut taxes")).findFirst().orElseThrow();
        // "will ... next year" makes it a prediction, which outranks quantity; the 10% stays among its signals
        assertEquals("prediction", claim.type());
        assertEquals("the minister", claim.speaker());
        assertEquals("said", claim.attribution());
        assertEquals(text.substring(claim.start(), claim.end()), claim.text());
        Signal percent = claim.signals().stream().filter(s -> s.kind().equals("PERCENT")).findFirst().orElseThrow();
        assertEquals("10%", percent.text());
        assertEquals(0.10, percent.value(), 1e-12);
        assertTrue(claim.signals().stream().anyMatch(s -> s.kind().equals("ATTRIBUTION") && s.text().equals("said")));
    }

    @Test
    void theQuotedPromiseAloneIsListedWithTheDefaults() {
        String text = "'We will cut taxes by 10% next year,' the minister said.";
        List<KeyClaim> claims = finder.find(reader.read(text, null));
        assertEquals(1, claims.size(), claims::toString);
        KeyClaim claim = claims.get(0);
        assertEquals(0, claim.start());
        assertEquals(text.length(), claim.end());
        assertEquals("prediction", claim.type());
        assertEquals("the minister", claim.speaker());
        assertEquals("said", claim.attribution());
        assertEquals(0.10, claim.signals().stream().filter(s -> s.kind().equals("PERCENT")).findFirst().orElseThrow()
                .value(), 1e-12);
    }

    @Test
    void factsWithFiguresOutrankRhetoricQuestionsAndFragments() {
        String text = """
                Hospital waiting lists in the region grew by 40% between 2019 and 2023, according to the health board.
                Is this really the country we want to be?
                What a time to be alive!
                Thanks.
                Read the full report here.""";
        Article article = reader.read(text, null);
        List<KeyClaim> ranked = finder.find(article, 10, 0);
        assertEquals(5, ranked.size(), "with minScore 0 every sentence is ranked: " + ranked);
        List<KeyClaim> claims = finder.find(article);
        assertEquals(1, claims.size(), claims::toString);
        KeyClaim claim = claims.get(0);
        assertEquals(claim, ranked.get(0));
        assertEquals(0, claim.sentenceIndex());
        assertEquals("the health board", claim.speaker());
        assertEquals("according to", claim.attribution());
        assertEquals("quantity", claim.type());
        assertTrue(claim.checkWorthiness() > 0.5, "score " + claim.checkWorthiness());
    }

    @Test
    void namedEntitiesBecomeSignals() {
        String text = "Maria Lopez, the mayor of Springfield, said the city had hired 300 new teachers since 2020.";
        KeyClaim claim = finder.find(reader.read(text, null), 5, 0).get(0);
        assertTrue(claim.signals().stream().anyMatch(s -> s.kind().equals("PERSON") && s.text().equals("Maria Lopez")),
                claim.signals()::toString);
        assertTrue(claim.signals().stream().anyMatch(s -> s.kind().equals("NUMBER") && s.value() == 300.0));
    }

    @Test
    void maxClaimsAndMinScoreLimitTheList() {
        String text = """
                Unemployment fell to 4.1% in March, the lowest rate since 1975.
                The government spent £2 billion on new trains last year.
                Exports to China doubled over the decade, official figures show.""";
        Article article = reader.read(text, null);
        List<KeyClaim> all = finder.find(article, 10, 0);
        assertEquals(3, all.size());
        assertEquals(2, finder.find(article, 2, 0).size());
        assertTrue(all.get(0).checkWorthiness() >= all.get(1).checkWorthiness());
        assertTrue(finder.find(article, 10, 1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> finder.find(article, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> finder.find(article, 3, 1.5));
    }

    @Test
    void theListIsTheModelsOwnRankingOfEverySentence() {
        String text = """
                The council approved a budget of $4.2 million on Tuesday. Critics called the vote a disgrace.
                Will the new bridge open before the winter? The mayor said construction would finish by March.
                Turnout fell to 31% in the last election, the lowest in two decades. Thank you.
                We believe in this city. The factory employed 1,200 people until it closed in 2019.""";
        Article article = reader.read(text, null);
        java.util.Set<String> names = ClaimFeatures.nameWords(article.sentences());
        java.util.function.ToDoubleFunction<org.nutgraf.article.Sentence> model =
                s -> finder.probability(s, Quantities.in(s), names);
        List<Integer> byModel = article.sentences().stream()
                .sorted(java.util.Comparator.comparingDouble((org.nutgraf.article.Sentence s) -> -model.applyAsDouble(s))
                        .thenComparingInt(org.nutgraf.article.Sentence::index))
                .map(org.nutgraf.article.Sentence::index).toList();
        List<KeyClaim> claims = finder.find(article, KeyClaimFinder.MAX_CLAIMS, 0);
        assertEquals(byModel, claims.stream().map(KeyClaim::sentenceIndex).toList());
        for (KeyClaim c : claims) {
            assertEquals(model.applyAsDouble(article.sentences().get(c.sentenceIndex())), c.checkWorthiness(), 1e-12);
        }
    }

    @Test
    void renamingAPersonBarelyMovesCheckWorthiness() {
        // debate and news sentences of our own, each with a person; the second name is one no training set holds
        List<String> sentences = List.of(
                "{} voted to cut funding for veterans' hospitals by $2 billion in 2011.",
                "Under {}, unemployment rose to 10 percent and 800,000 jobs were lost every month.",
                "{} said the trade deal would bring back manufacturing jobs to Ohio.",
                "I have a plan, and {} doesn't have one.",
                "Let me tell you what {} did when he was governor.",
                "{} has raised more money from oil companies than any other candidate.",
                "According to {}, the new tariffs will cost families $1,300 a year.",
                "{} met the prime minister in Brussels on Thursday to discuss the budget.",
                "The report commissioned by {} found that emissions fell by 12% last year.",
                "{} is a wonderful person and a great friend.",
                "{} warned that the deficit could double by 2030 without reform.",
                "We need leaders like {} who will stand up for working families.");
        List<String[]> names = List.of(new String[] {"Mr. Trump", "Mr. Moreno"},
                new String[] {"Senator Clinton", "Senator Okonkwo"}, new String[] {"Vladimir Putin", "Tomas Lindqvist"},
                new String[] {"Bernie Sanders", "Anita Kowalczyk"});
        double total = 0;
        int n = 0;
        for (String s : sentences) {
            for (String[] pair : names) {
                double a = score(s.replace("{}", pair[0]));
                double b = score(s.replace("{}", pair[1]));
                total += Math.abs(a - b);
                n++;
            }
        }
        assertTrue(total / n < 0.02, "mean change " + total / n);
    }

    private static double score(String sentence) {
        return finder.find(reader.read(sentence, null), 1, 0).get(0).checkWorthiness();
    }

    @Test
    void theOpEdsDefaultListHoldsItsPollFindingAndThePeacekeepingMission() throws Exception {
        Path sample = Path.of(System.getProperty("shared.dir", "../shared"), "samples/kazakhstan-oped-pasted.txt");
        assumeTrue(Files.exists(sample), "shared sample absent: " + sample);
        // as the service reads pasted text: the cleaner masks the page around the story
        String text = new org.nutgraf.extract.PastedTextCleaner().clean(Files.readString(sample)).masked();
        List<KeyClaim> claims = finder.find(reader.read(text, null));
        List<String> listed = claims.stream().map(KeyClaim::text).toList();
        assertEquals(KeyClaimFinder.DEFAULT_MAX_CLAIMS, claims.size(), listed::toString);
        assertTrue(listed.stream().anyMatch(t -> t.startsWith("Opinion polls indicate")), listed::toString);
        assertTrue(listed.stream().anyMatch(t -> t.contains("peacekeeping mission")), listed::toString);
        KeyClaim poll = claims.stream().filter(c -> c.text().startsWith("Opinion polls")).findFirst().orElseThrow();
        assertEquals("Opinion polls", poll.speaker());
    }

    @Test
    void anOpinionPieceStillYieldsItsFactualClaims() throws Exception {
        Path sample = Path.of(System.getProperty("shared.dir", "../shared"), "samples/kazakhstan-oped-pasted.txt");
        assumeTrue(Files.exists(sample), "shared sample absent: " + sample);
        String text = Files.readString(sample);
        List<KeyClaim> claims = finder.find(reader.read(text, null), 10, 0);
        assertTrue(claims.stream().anyMatch(c -> c.text().startsWith("Opinion polls indicate that Russians")),
                () -> claims.stream().map(c -> c.checkWorthiness() + " " + c.type() + " " + c.text()).toList().toString());
        for (KeyClaim c : claims) {
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertFalse(c.text().contains("?"), c.text());
        }
    }
}
