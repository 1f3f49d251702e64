package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pasted pages and HTML: the story is found, the clutter left out and listed, offsets stay true. */
@QuarkusTest
class MessyInputTest {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static final String PATH = "/api/v1/summaries";

    private static Response text(String body, String query) {
        return given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH + query);
    }

    @Test
    void theSharedSampleIsSummarisedWithoutItsPageClutter() {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        Response r = text(text, "?sentences=5");
        r.then().statusCode(200)
                .body("article.title", equalTo("Putin’s Kazakh gambit tightens his grip on ex-Soviet space"));
        String summary = r.jsonPath().getString("summary.text");
        for (String clutter : List.of("Connect with us", "Hi, what are you looking for?", "You May Also Like",
                "TOP news", "Central Tribune", "entral Tribune", "Delta will become", "Oksana Antonenko is a director")) {
            assertFalse(summary.contains(clutter), "summary holds '" + clutter + "': " + summary);
        }
        SummaryResourceTest.assertOffsetsSliceTheText(text, r);
        List<Map<String, Object>> removed = r.jsonPath().getList("article.removed");
        for (String clutter : List.of("Connect with us", "Hi, what are you looking for?", "You May Also Like", "TOP news")) {
            int at = text.indexOf(clutter);
            assertTrue(removed.stream().anyMatch(m -> (Integer) m.get("start") <= at && at < (Integer) m.get("end")),
                    "'" + clutter + "' is not listed as removed");
        }
        removed.forEach(m -> assertTrue(((String) m.get("reason")).matches("[a-z-]+")));
    }

    @Test
    void ourOwnPastedPageLosesItsMenusAndFooter() {
        String text = Fixtures.article("harbour-museum-pasted.txt");
        Response r = text(text, "?sentences=4");
        r.then().statusCode(200).body("article.title", equalTo("Stolen ship’s bell returned to Portwell museum after 40 years 🔔"));
        String summary = r.jsonPath().getString("summary.text");
        for (String clutter : List.of("Skip to content", "Subscribe", "Share on Facebook", "Most read", "All rights reserved")) {
            assertFalse(summary.contains(clutter), clutter);
        }
        SummaryResourceTest.assertOffsetsSliceTheText(text, r);
        assertFalse(r.jsonPath().getList("article.removed").isEmpty());
    }

    @Test
    void cleanFalseLeavesTheTextAsSent() {
        text(Fixtures.article("harbour-museum-pasted.txt"), "?clean=false").then().statusCode(200)
                .body("article.removed", hasSize(0)).body("meta.options.clean", equalTo(false));
    }

    @Test
    void htmlIsReadForItsArticleTitleAndByline() {
        Response r = given().contentType("text/html; charset=UTF-8").body(Examples.HTML.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH + "?sentences=2&include=articleText");
        r.then().statusCode(200)
                .body("article.source", equalTo("html"))
                .body("article.title", equalTo("Riverton approves £40m flood defences after wettest winter on record"))
                .body("article.byline", not(nullValue()));
        String article = r.jsonPath().getString("article.text");
        assertFalse(article.contains("cookies"));
        assertFalse(article.contains("Bus fares"));
        SummaryResourceTest.assertOffsetsSliceTheText(article, r);
        List<Map<String, Object>> sentences = r.jsonPath().getList("summary.sentences");
        for (Map<String, Object> s : sentences) {
            @SuppressWarnings("unchecked")
            Map<String, String> selector = (Map<String, String>) s.get("selector");
            assertEquals(s.get("text"), selector.get("exact"));
            assertTrue(article.contains(selector.get("prefix") + selector.get("exact") + selector.get("suffix")));
        }
    }

    @Test
    void htmlMayComeInAJsonField() {
        given().contentType("application/json").body(Map.of("html", Examples.HTML, "options", Map.of("sentences", 1)))
                .when().post(PATH).then().statusCode(200).body("summary.sentences", hasSize(1))
                .body("article.source", equalTo("html"));
        given().contentType("application/json").body(Map.of("html", Examples.HTML, "text", "Both."))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPageThatIsNotItsDeclaredCharsetIsReadInTheCharsetItIsValidIn() {
        byte[] latin1 = ("<html><body><p>" + "La société du café a élu son élève le plus âgé au conseil. ".repeat(3)
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        for (String type : new String[]{"text/html; charset=UTF-8", "text/html; charset=x-no-such-charset"}) {
            given().contentType(type).body(latin1).when().post(PATH + "?language=fr")
                    .then().statusCode(200).body("summary.text", containsString("La société du café"));
        }
    }

    @Test
    void bytesThatAreNotTextInAnyCharsetAreRefused() {
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i += 5) {
            noise[i] = 1;
        }
        given().contentType("text/html; charset=UTF-8").body(noise).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("type", containsString("invalid-encoding"));
    }

    @Test
    void aPageWithoutAnArticleIs422() {
        given().contentType("text/html; charset=UTF-8").body("<html><body><nav><a href='/'>Home</a></nav></body></html>")
                .when().post(PATH).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aScrapingHubPageGivesItsOwnSentencesTitleAndByline() throws IOException {
        Path html = Fixtures.shared().resolve("data/scrapinghub/html");
        Assumptions.assumeTrue(Files.isDirectory(html), "skipped: " + html + " is absent");
        Path page;
        try (Stream<Path> pages = Files.list(html)) {
            page = pages.sorted().findFirst().orElseThrow();
        }
        String id = page.getFileName().toString().replace(".html", "");
        String truth = Files.readString(Fixtures.shared().resolve("data/scrapinghub/truth/" + id + ".txt"));
        byte[] bytes;
        try (InputStream in = Files.newInputStream(page)) {
            bytes = in.readAllBytes();
        }
        // no charset in Content-Type: the page's own meta charset (or UTF-8) decides
        Response r = given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/html").body(bytes).when().post(PATH + "?sentences=3");
        r.then().statusCode(200).body("article.title", not(nullValue()));
        String squashedTruth = truth.replaceAll("\\s+", " ");
        for (Object s : r.jsonPath().getList("summary.sentences.text")) {
            assertTrue(squashedTruth.contains(((String) s).replaceAll("\\s+", " ")), "not the article's own: " + s);
        }
    }
}
