package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.app.ControlCharacters;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control-character rule as callers meet it: text they wrote with a control character other than tab, line
 * feed, carriage return and form feed is refused with a 400 naming the first one and its offset, whichever way it
 * came; a page's stray controls become spaces in the article text offsets point into.
 */
@QuarkusTest
class ControlCharacterRuleTest {

    private static final String SUMMARIES = "/api/v1/summaries";

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static Response text(String path, String body) {
        return given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8)).post(path);
    }

    @Test
    void nulBytesAreRefusedNamingTheirOffset() {
        text(SUMMARIES, "The council met.\u0000\u0000 The plan passed.").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://nutgraf.org/problems/control-character"))
                .body("detail", startsWith("The text holds the control character U+0000 at offset 16 (UTF-16 code units"));
    }

    @Test
    void theOffsetIsCountedAsAnswersCountIt() {
        // "Café 😀 " is 8 UTF-16 code units (the emoji is two), as start and end in answers count
        String body = "{\"text\": \"Café 😀 \\u001b[1mThe council met.\"}";
        given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(SUMMARIES)
                .then().statusCode(400)
                .body("detail", startsWith("The text holds the control character U+001B at offset 8 "));
    }

    @Test
    void theTitleIsHeldToTheSameRule() {
        given().contentType("application/json")
                .body("{\"text\": \"The council met. The plan passed.\", \"title\": \"Council\\u0007\"}").post(SUMMARIES)
                .then().statusCode(400)
                .body("detail", startsWith("The title holds the control character U+0007 at offset 7 "));
    }

    @Test
    void claimsAreHeldToTheSameRule() {
        text("/api/v1/claims", "Unemployment rose to 5.2% in March.\u0085").then().statusCode(400)
                .body("detail", startsWith("The text holds the control character U+0085 at offset 35 "));
    }

    @Test
    void aBatchArticleWithAControlCharacterFailsAlone() {
        String ndjson = "{\"id\": \"clean\", \"text\": \"The council met. The plan passed.\"}\n"
                + "{\"id\": \"dirty\", \"text\": \"The council met.\\u0000\"}\n";
        String answer = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post(SUMMARIES + "/batch").then().statusCode(200).extract().asString();
        Map<String, JsonPath> byId = new HashMap<>();
        answer.lines().filter(l -> !l.isBlank()).map(JsonPath::from).forEach(j -> byId.put(j.getString("id"), j));
        assertEquals(200, byId.get("clean").getInt("status"));
        assertEquals(400, byId.get("dirty").getInt("status"));
        assertTrue(byId.get("dirty").getString("problem.detail").startsWith(
                "The text holds the control character U+0000 at offset 16 "), byId.get("dirty").getString("problem.detail"));
    }

    @Test
    void tabLineBreaksAndFormFeedAreText() {
        String body = "The council met on Monday.\tIt agreed the plan.\r\nWork starts in May.\fThe cost is £40m.";
        Response r = given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post(SUMMARIES + "?clean=false&sentences=4");
        r.then().statusCode(200);
        SummaryResourceTest.assertOffsetsSliceTheText(body, r);
    }

    @Test
    void aPagesStrayControlsBecomeSpacesInTheArticleText() {
        String page = "<html><body><article><p>The council approved the \u0008flood plan on Monday night.</p>"
                + "<p>Residents\u0085 welcomed the decision, and work starts in May.</p></article></body></html>";
        Response r = given().contentType("text/html; charset=UTF-8").body(page.getBytes(StandardCharsets.UTF_8))
                .post(SUMMARIES + "?include=articleText");
        r.then().statusCode(200);
        String article = r.jsonPath().getString("article.text");
        assertEquals(-1, ControlCharacters.firstRefused(article), article);
        assertTrue(article.contains("the  flood plan") && article.contains("Residents  welcomed"), article);
        SummaryResourceTest.assertOffsetsSliceTheText(article, r);
        List<String> sentences = r.jsonPath().getList("summary.sentences.text");
        sentences.forEach(s -> assertEquals(-1, ControlCharacters.firstRefused(s), s));
    }
}
