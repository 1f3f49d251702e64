package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The examples in the OpenAPI document are what the service answers: a caller who tries one gets what it shows. */
@QuarkusTest
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    /** The answer to the JSON request example, with the keywords cut as the example cuts them. */
    private static JsonNode answer(String path, String example) throws Exception {
        JsonNode shown = JSON.readTree(example);
        JsonNode answer = JSON.readTree(given().contentType("application/json").body(Examples.JSON_REQUEST)
                .post(path).then().statusCode(200).extract().asString());
        if (answer.has("keywords")) {
            ArrayNode keywords = (ArrayNode) answer.get("keywords");
            while (keywords.size() > shown.get("keywords").size()) {
                keywords.remove(keywords.size() - 1);
            }
        }
        // the example names the version it was written with, and the model files by name and in the answer's order
        // (their hashes change at each retraining; ExamplesTest does not pin them)
        ObjectNode meta = (ObjectNode) answer.get("meta");
        meta.set("version", shown.get("meta").get("version"));
        assertEquals(shown.get("meta").get("models").findValuesAsText("file"), meta.get("models").findValuesAsText("file"),
                "the example names other model files than the answer");
        meta.set("models", shown.get("meta").get("models"));
        return answer;
    }

    @Test
    void theSummaryExampleIsTheAnswerToTheRequestExample() throws Exception {
        assertEquals(JSON.readTree(Examples.RESPONSE), answer("/api/v1/summaries", Examples.RESPONSE),
                "Examples.RESPONSE is no longer the service's answer: write the answer shown into it");
    }

    @Test
    void theClaimsExampleIsTheClaimsEndpointsAnswerToTheRequestExample() throws Exception {
        assertEquals(JSON.readTree(Examples.CLAIMS_RESPONSE), answer("/api/v1/claims", Examples.CLAIMS_RESPONSE),
                "Examples.CLAIMS_RESPONSE is no longer the service's answer: write the answer shown into it");
    }

    @Test
    void thePastedPageAndTheHtmlExamplesGiveTheSummaryOfTheJsonExample() throws Exception {
        String expected = JSON.readTree(Examples.RESPONSE).at("/summary/text").asText();
        for (String type : new String[]{"text/plain", "text/html"}) {
            String body = type.equals("text/plain") ? Examples.ARTICLE : Examples.HTML;
            String summary = given().contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/summaries?sentences=2&claims=false").then().statusCode(200)
                    .extract().jsonPath().getString("summary.text");
            assertEquals(expected, summary, type);
        }
    }

    @Test
    void theBatchExampleSummarisesBothArticles() {
        String lines = given().contentType("application/json").body(Examples.BATCH_REQUEST)
                .post("/api/v1/summaries/batch").then().statusCode(200).extract().asString();
        assertEquals(2, lines.lines().filter(l -> l.contains("\"status\":200")).count(), lines);
    }

    @Test
    void theProblemExamplesAreWhatTheServiceAnswers() throws Exception {
        assertProblem(Examples.PROBLEM_400, "text/plain", "The council met on Monday.", "?sentences=0");
        assertProblem(Examples.PROBLEM_413, "text/plain", "a".repeat(100_001), "");
        assertProblem(Examples.PROBLEM_415, "application/xml", "<article>The council met.</article>", "");
        assertProblem(Examples.PROBLEM_422, "text/plain", "... !!! ???", "");
        // a full queue cannot be made on demand here: the busy example keeps the shape of the others
        assertEquals(JSON.readTree(Examples.PROBLEM_422).size(), JSON.readTree(Examples.PROBLEM_503).size());
    }

    private static void assertProblem(String example, String type, String body, String query) throws Exception {
        JsonNode shown = JSON.readTree(example);
        String answer = given().contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/summaries" + query).then().statusCode(shown.get("status").asInt())
                .contentType("application/problem+json").extract().asString();
        assertEquals(shown, JSON.readTree(answer));
    }
}
