package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nutgraf.app.ArticleInput;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SummaryResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    static final String PATH = "/api/v1/summaries";
    static final String OWN = Fixtures.article("harbour-museum-pasted.txt");

    static Response postText(String text, String query) {
        return given().contentType("text/plain; charset=UTF-8").body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(PATH + query);
    }

    static Response postJson(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    /** Every summary sentence must be exactly text.substring(start, end) of the text sent. */
    static void assertOffsetsSliceTheText(String text, Response r) {
        List<Map<String, Object>> sentences = r.jsonPath().getList("summary.sentences");
        assertFalse(sentences.isEmpty());
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(text.substring(start, end), s.get("text"));
        }
    }

    @Test
    void summarisesTheSharedSampleSentAsPlainTextWithTrueOffsets() {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        Response r = postText(text, "");
        r.then().statusCode(200).contentType(ContentType.JSON).body("summary.sentences", hasSize(3));
        assertOffsetsSliceTheText(text, r);
    }

    @Test
    void theSharedOpEdsSummaryOpensWithItsNewsNotItsHookAndItsPushAlertNamesTheCountry() {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        String hook = postText(text, "?algorithm=lead&sentences=1").jsonPath().getString("summary.sentences[0].text");
        Response summary = postText(text, "");
        summary.then().statusCode(200);
        assertNotEquals(hook, summary.jsonPath().getString("summary.sentences[0].text"),
                "the op-ed's opening line, which names nothing of its story, leads its summary");
        assertTrue(summary.jsonPath().getList("summary.sentences.reasons.departure").stream()
                .anyMatch(d -> d != null), "the sentence that replaced the hook says it departed from the lead");
        String push = postText(text, "?preset=push-alert").jsonPath().getString("summary.text");
        assertTrue(push.contains("Kazakhstan"), push);
    }

    @Test
    void summarisesTheSharedSampleSentAsJsonWithTrueOffsets() {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        Response r = postJson(Map.of("text", text, "title", "Putin’s Kazakh gambit tightens his grip on ex-Soviet space"));
        r.then().statusCode(200);
        assertOffsetsSliceTheText(text, r);
    }

    @Test
    void offsetsStayTrueAfterCurlyQuotesDashesAndEmoji() {
        Response r = postText(OWN, "?sentences=6");
        r.then().statusCode(200).body("summary.sentences", hasSize(6));
        assertOffsetsSliceTheText(OWN, r);
    }

    @Test
    void aHeadlineAndTheParagraphUnderItAreSeparateSentences() {
        String text = "Town wins award\nThe town of Portwell won the national prize for cleanest beach on Monday.";
        Response r = postText(text, "?algorithm=lead&sentences=5&clean=false");
        r.then().statusCode(200).body("stats.sentences", equalTo(2))
                .body("summary.sentences[0].text", equalTo("Town wins award"));
    }

    @Test
    void sentencesOptionGivesExactlyThatMany() {
        postText(OWN, "?sentences=2").then().statusCode(200).body("summary.sentences", hasSize(2))
                .body("meta.options.sentences", equalTo(2));
    }

    @Test
    void maxWordsIsNeverExceeded() {
        Response r = postText(OWN, "?maxWords=40");
        r.then().statusCode(200);
        int words = r.jsonPath().getInt("stats.summaryWords");
        assertTrue(words <= 40 && words > 0, "summary words " + words);
    }

    @Test
    void maxCharsBoundsTheJoinedSummaryText() {
        Response r = postText(OWN, "?maxChars=200&sentences=5");
        r.then().statusCode(200);
        assertTrue(r.jsonPath().getString("summary.text").length() <= 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "textrank", "lexrank", "centroid", "news", "NEWS"})
    void everyAlgorithmAnswers(String algorithm) {
        Response r = postJson(Map.of("text", OWN, "options", Map.of("algorithm", algorithm, "sentences", 2)));
        r.then().statusCode(200).body("meta.algorithm", equalTo(algorithm.toLowerCase()))
                .body("summary.sentences", hasSize(2));
        assertOffsetsSliceTheText(OWN, r);
    }

    @Test
    void orderScoreListsTheBestSentenceFirst() {
        Response r = postText(OWN, "?order=score&sentences=3");
        r.then().statusCode(200).body("summary.sentences.rank", contains(1, 2, 3));
        List<Float> scores = r.jsonPath().getList("summary.sentences.score", Float.class);
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores);
    }

    @Test
    void answerCarriesKeywordsStatsAndProvenance() {
        Response r = postText(OWN, "");
        r.then().statusCode(200)
                .body("keywords.size()", not(equalTo(0)))
                .body("stats.characters", equalTo(OWN.length()))
                .body("meta.version", not(equalTo(null)))
                .body("meta.inputSha256", equalTo(ArticleInput.text(OWN, null).sha256()))
                .body("meta.options.algorithm", equalTo("news"))
                .body("summary.sentences[0].reasons.position", not(equalTo(null)))
                .body("summary.sentences[0].reasons.centrality", not(equalTo(null)));
    }

    @Test
    void presetsGiveTheirLengthsWithoutCuttingASentence() {
        Response push = postText(OWN, "?preset=push-alert");
        push.then().statusCode(200).body("summary.sentences", hasSize(1)).body("meta.options.preset", equalTo("push-alert"));
        assertTrue(push.jsonPath().getString("summary.text").length() <= 120, push.jsonPath().getString("summary.text"));
        assertTrue(postText(OWN, "?preset=social").jsonPath().getString("summary.text").length() <= 280);
        assertTrue(postText(OWN, "?preset=newsletter").jsonPath().getInt("stats.summaryWords") <= 60);
        postText(OWN, "?preset=brief").then().body("summary.sentences", hasSize(3));
        assertOffsetsSliceTheText(OWN, push);
    }

    @Test
    void aPushAlertWhereNoSentenceFitsGivesTheBestSingleSentence() {
        String longOnly = "The council, after a debate that ran late into the night and drew hundreds of residents, "
                + "approved the river defence plan that engineers have been drafting since the floods of 2024.";
        postText(longOnly, "?preset=push-alert").then().statusCode(200).body("summary.sentences", hasSize(1));
    }

    @Test
    void explicitLimitsOverrideAPresetsParts() {
        postText(OWN, "?preset=brief&sentences=2").then().statusCode(200).body("summary.sentences", hasSize(2));
    }

    @Test
    void unknownPresetIs400() {
        postText(OWN, "?preset=tweetstorm").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEtagFromAnEarlierAnswerGets304() {
        Response first = postText(OWN, "?sentences=2&algorithm=lexrank");
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "ETag " + etag);
        given().contentType("text/plain; charset=UTF-8").header("If-None-Match", etag).body(OWN)
                .when().post(PATH + "?sentences=2&algorithm=lexrank").then().statusCode(304);
        // other options are another answer
        given().contentType("text/plain; charset=UTF-8").header("If-None-Match", etag).body(OWN)
                .when().post(PATH + "?sentences=3&algorithm=lexrank").then().statusCode(200);
    }

    @Test
    void blankTextIs400Problem() {
        postText("  \n\t ", "").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", not(equalTo(null))).body("type", not(equalTo(null)));
        postJson(Map.of("text", "")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownAlgorithmIs400ListingTheValidOnes() {
        postText(OWN, "?algorithm=magic").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("lead, textrank, lexrank, centroid, news"));
    }

    @Test
    void zeroSentencesIs400Problem() {
        postText(OWN, "?sentences=0").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("sentences"));
        postJson(Map.of("text", OWN, "options", Map.of("sentences", 0))).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void textOverTheLimitIs413Problem() {
        String text = "a".repeat(100_001);
        postText(text, "").then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        postJson(Map.of("text", text)).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void xmlBodyIs415Problem() {
        given().contentType("application/xml").body("<article>text</article>").when().post(PATH)
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void aNumberWhereTextBelongsIs400NotCoerced() {
        given().contentType(ContentType.JSON).body("{\"text\": 123}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownFieldIs400NamingIt() {
        given().contentType(ContentType.JSON).body("{\"text\": \"A sentence here.\", \"maxword\": 3}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("maxword"));
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"text\": \"abc").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("com.fasterxml"))).body(not(containsString("Exception")));
    }

    @Test
    void invalidUtf8Is400AndOtherCharsetsAre415() {
        given().contentType("text/plain; charset=UTF-8").body(new byte[]{'a', ' ', (byte) 0xC3, (byte) 0x28, '.'})
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain; charset=ISO-8859-1").body("Caf\u00e9 opens.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .when().post(PATH).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void textWithoutWordsIs422() {
        postText("... !!! ???", "").then().statusCode(422).contentType("application/problem+json");
    }
}
