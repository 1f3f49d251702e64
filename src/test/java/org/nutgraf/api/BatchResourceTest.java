package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BatchResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static final String PATH = "/api/v1/summaries/batch";
    private static final String A = "The council approved the flood plan on Monday. Work will start in September.";
    private static final String B = "A stolen bell was returned to the museum. It goes on display in March.";

    /** The NDJSON answer, one parsed line per article, keyed by index. */
    private static Map<Integer, JsonPath> lines(String ndjson) {
        Map<Integer, JsonPath> byIndex = new HashMap<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                JsonPath j = JsonPath.from(line);
                byIndex.put(j.getInt("index"), j);
            }
        }
        return byIndex;
    }

    @Test
    void aJsonArrayGetsOneLinePerArticleAndABadOneFailsAlone() {
        String body = given().contentType("application/json")
                .body(List.of(Map.of("id", "a", "text", A), Map.of("id", "blank", "text", " "),
                        Map.of("id", "b", "text", B, "options", Map.of("sentences", 1))))
                .when().post(PATH).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith(BatchResource.NDJSON)).extract().asString();
        Map<Integer, JsonPath> lines = lines(body);
        assertEquals(3, lines.size());
        assertEquals(200, lines.get(0).getInt("status"));
        assertEquals("a", lines.get(0).getString("id"));
        assertEquals(400, lines.get(1).getInt("status"));
        assertEquals(400, lines.get(1).getInt("problem.status"));
        assertEquals(1, lines.get(2).getList("result.summary.sentences").size());
    }

    @Test
    void anNdjsonLineThatIsNotJsonFailsAlone() {
        String ndjson = "{\"text\": \"" + A + "\"}\nnot json\n{\"text\": \"" + B + "\"}\n";
        Map<Integer, JsonPath> lines = lines(given().contentType(BatchResource.NDJSON).body(ndjson.getBytes(UTF_8))
                .when().post(PATH).then().statusCode(200).extract().asString());
        assertEquals(3, lines.size());
        assertEquals(200, lines.get(0).getInt("status"));
        assertEquals(400, lines.get(1).getInt("status"));
        assertEquals(200, lines.get(2).getInt("status"));
    }

    @Test
    void wellFormedNdjsonStreamsEveryArticle() {
        String ndjson = "{\"text\": \"" + A + "\"}\n\n{\"id\": \"x\", \"text\": \"" + B + "\"}\n";
        Map<Integer, JsonPath> lines = lines(given().contentType(BatchResource.NDJSON).body(ndjson.getBytes(UTF_8))
                .when().post(PATH).then().statusCode(200).extract().asString());
        assertEquals(2, lines.size());
        assertEquals("x", lines.get(1).getString("id"));
        assertEquals(200, lines.get(1).getInt("status"));
    }

    @Test
    void acceptJsonGetsOneJsonArrayInInputOrder() {
        // the last article is the quickest, so a stream would likely answer it first: the array must not
        String body = given().accept("application/json").contentType(BatchResource.NDJSON)
                .body(("{\"id\": \"long\", \"text\": \"" + (A + " ").repeat(40) + "\"}\n"
                        + "{\"id\": \"blank\", \"text\": \" \"}\n"
                        + "{\"id\": \"short\", \"text\": \"" + B + "\"}\n").getBytes(UTF_8))
                .when().post(PATH).then().statusCode(200).contentType("application/json").extract().asString();
        JsonPath array = JsonPath.from(body);
        assertEquals(List.of(0, 1, 2), array.getList("index"));
        assertEquals(List.of("long", "blank", "short"), array.getList("id"));
        assertEquals(List.of(200, 400, 200), array.getList("status"));
        assertEquals(400, array.getInt("[1].problem.status"));
    }

    @Test
    void ndjsonStaysTheAnswerForAnyOtherAccept() {
        for (String accept : List.of("*/*", BatchResource.NDJSON, "application/*", "application/x-ndjson, application/json;q=0.5")) {
            given().accept(accept).contentType("application/json").body(List.of(Map.of("text", A)))
                    .when().post(PATH).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith(BatchResource.NDJSON));
        }
    }

    @Test
    void aBodyThatIsNotABatchIs400Problem() {
        given().contentType("application/json").body("{\"text\": \"one\"").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("[]").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
