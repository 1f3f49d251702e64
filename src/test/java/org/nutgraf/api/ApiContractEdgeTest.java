package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The problem answers only a configured service gives keep the OpenAPI document it serves, as {@link ApiContractTest}
 * holds the others: 401 without a key, 503 past the time budget and 429 past the rate, each with its Retry-After,
 * on every operation. The service runs with three keys, one request a minute per key, and a time budget no article
 * fits in, so each status is provoked on demand rather than by load.
 */
@QuarkusTest
@TestProfile(ApiContractEdgeTest.Strict.class)
class ApiContractEdgeTest {

    /** Three keys, one request a minute each, and a one-millisecond time budget. */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nutgraf.access.api-keys", "summaries-key,claims-key,batch-key",
                    "nutgraf.access.requests-per-minute", "1",
                    "nutgraf.workers.timeout", "1ms");
        }
    }

    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String ARTICLE = "The council approved the flood plan on Monday. Work starts in May.";

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    /** A request with this key, checked with the document before it is sent. */
    private static Response send(String key, String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), OpenApiContract.served().requestFaults("post", path, "", contentType, bytes));
        return given().header("X-API-Key", key).contentType(contentType).body(bytes).post(path);
    }

    private static void assertKeeps(String path, Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        assertEquals(List.of(), OpenApiContract.served().answerFaults("post", path, r), r.asString());
    }

    @Test
    void aRequestWithoutAKeyGets401KeepingTheDocument() {
        Response r = given().contentType(TEXT).body(ARTICLE.getBytes(StandardCharsets.UTF_8)).post("/api/v1/summaries");
        assertKeeps("/api/v1/summaries", r, 401);
    }

    @Test
    void pastTheTimeBudgetThen429PastTheRateKeepTheDocumentOnSummaries() {
        assertTimeBudgetThenRate("summaries-key", "/api/v1/summaries");
    }

    @Test
    void pastTheTimeBudgetThen429PastTheRateKeepTheDocumentOnClaims() {
        assertTimeBudgetThenRate("claims-key", "/api/v1/claims");
    }

    private static void assertTimeBudgetThenRate(String key, String path) {
        Response timedOut = send(key, path, TEXT, ARTICLE);
        assertKeeps(path, timedOut, 503);
        assertEquals("https://nutgraf.org/problems/timeout", timedOut.jsonPath().getString("type"));
        Response limited = send(key, path, TEXT, ARTICLE);
        assertKeeps(path, limited, 429);
        assertEquals("https://nutgraf.org/problems/rate-limited", limited.jsonPath().getString("type"));
    }

    @Test
    void aBatchWhoseArticlesRunPastTheBudgetThen429KeepTheDocument() {
        String path = "/api/v1/summaries/batch";
        Response r = send("batch-key", path, "application/x-ndjson", "{\"id\": \"a\", \"text\": \"" + ARTICLE + "\"}\n");
        assertKeeps(path, r, 200);
        // the article's own 503 is a line of the answer, held to the line schema
        assertEquals(503, JsonPath.from(r.asString().lines().findFirst().orElseThrow()).getInt("problem.status"));
        assertKeeps(path, send("batch-key", path, "application/json", "[{\"text\": \"" + ARTICLE + "\"}]"), 429);
    }
}
