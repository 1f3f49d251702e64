package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests and answers keep the OpenAPI document the service itself serves, as {@link OpenApiContract} holds them
 * to it with a JSON Schema validator: every kind of body each operation reads (JSON, plain text, HTML, a JSON array
 * and NDJSON batch) and answers (summaries, claims, NDJSON lines and a JSON array of batch results, 304) and every
 * problem status a bad request can get here (400, 406, 413, 415, 422; 401, 429 and 503 need another configuration:
 * {@link ApiContractEdgeTest}). The last tests show the validator does fail, each on a real exchange with one thing
 * broken.
 */
@QuarkusTest
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUMMARIES = "/api/v1/summaries";
    private static final String CLAIMS = "/api/v1/claims";
    private static final String BATCH = "/api/v1/summaries/batch";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final String NDJSON = "application/x-ndjson";
    private static final String SHORT = "The council approved the flood plan on Monday. Work starts in May.";
    private static final String CLAIMS_TEXT =
            "'We will cut taxes by 10% next year,' the minister said. Unemployment rose to 5.2% in March.";

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    /** One POST as sent: where, with which body and headers. */
    record Call(String name, String path, String query, String contentType, String accept, byte[] body) {

        static Call of(String name, String path, String query, String contentType, String body) {
            return new Call(name, path, query, contentType, null, body.getBytes(StandardCharsets.UTF_8));
        }

        Call accepting(String type) {
            return new Call(name, path, query, contentType, type, body);
        }

        Response send() {
            RequestSpecification r = given().contentType(contentType).body(body);
            if (accept != null) {
                r = r.accept(accept);
            }
            return r.post(path + query);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Sends a request the document describes; asserts it, and the answer of the status expected, keep the document. */
    static Response assertExchangeKeepsTheDocument(Call c, int status) {
        OpenApiContract contract = OpenApiContract.served();
        assertEquals(List.of(), contract.requestFaults("post", c.path(), c.query(), c.contentType(), c.body()),
                c + ": the request itself does not keep the document");
        return assertAnswerKeepsTheDocument(c, status);
    }

    /** Sends a request (perhaps one the document refuses); asserts the answer has the status and keeps the document. */
    static Response assertAnswerKeepsTheDocument(Call c, int status) {
        Response r = c.send();
        assertEquals(status, r.statusCode(), c + ": " + r.asString());
        assertEquals(List.of(), OpenApiContract.served().answerFaults("post", c.path(), r), c + ": " + abbreviate(r.asString()));
        return r;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Call ourFixtureAsText() {
        return Call.of("our fixture as text/plain", SUMMARIES, "?include=articleText&maxClaims=5", TEXT,
                Fixtures.article("harbour-museum-pasted.txt"));
    }

    // --- what succeeds

    @Test
    void aSummaryOfPlainTextWithClaimsAndArticleTextKeepsTheDocument() {
        Response r = assertExchangeKeepsTheDocument(ourFixtureAsText(), 200);
        // the answer must hold what is being checked, or the check proves nothing about it
        assertFalse(r.jsonPath().getList("keyClaims").isEmpty());
        assertFalse(r.jsonPath().getString("article.text").isEmpty());
        assertFalse(r.jsonPath().getList("article.removed").isEmpty());
    }

    @Test
    void aSummaryOfJsonTextKeepsTheDocument() {
        Response r = assertExchangeKeepsTheDocument(Call.of("JSON text", SUMMARIES, "", "application/json",
                Examples.JSON_REQUEST), 200);
        assertEquals("text", r.jsonPath().getString("article.source"));
    }

    @Test
    void aSummaryOfAnHtmlPageKeepsTheDocument() {
        Response r = assertExchangeKeepsTheDocument(Call.of("text/html page", SUMMARIES,
                "?claims=false&order=score&preset=brief", HTML, Examples.HTML), 200);
        assertEquals("html", r.jsonPath().getString("article.source"));
    }

    @Test
    void aSummaryOfJsonHtmlKeepsTheDocument() {
        Response r = assertExchangeKeepsTheDocument(Call.of("JSON html", SUMMARIES, "", "application/json",
                json(java.util.Map.of("html", Examples.HTML, "options", java.util.Map.of("sentences", 2)))), 200);
        assertEquals("html", r.jsonPath().getString("article.source"));
    }

    @Test
    void anAnswerNotModifiedKeepsTheDocument() {
        Response first = assertExchangeKeepsTheDocument(Call.of("JSON text", SUMMARIES, "", "application/json",
                Examples.JSON_REQUEST), 200);
        Response r = given().contentType("application/json").header("If-None-Match", first.header("ETag"))
                .body(Examples.JSON_REQUEST).post(SUMMARIES);
        assertEquals(304, r.statusCode());
        assertEquals(List.of(), OpenApiContract.served().answerFaults("post", SUMMARIES, r));
    }

    @Test
    void claimsOfJsonPlainTextAndHtmlKeepTheDocument() {
        Response r = assertExchangeKeepsTheDocument(Call.of("claims of JSON", CLAIMS, "", "application/json",
                json(java.util.Map.of("text", CLAIMS_TEXT, "options", java.util.Map.of("minScore", 0.0)))), 200);
        assertFalse(r.jsonPath().getList("keyClaims.signals").isEmpty());
        assertExchangeKeepsTheDocument(Call.of("claims of text", CLAIMS, "?minScore=0&maxClaims=3", TEXT, CLAIMS_TEXT), 200);
        assertExchangeKeepsTheDocument(Call.of("claims of a page", CLAIMS, "?minScore=0", HTML, Examples.HTML), 200);
    }

    /** A batch with one article that succeeds and one that fails alone, as a JSON array and as NDJSON. */
    static Stream<Call> batches() {
        String array = json(List.of(java.util.Map.of("id", "ok", "text", SHORT), java.util.Map.of("id", "blank", "text", " ")));
        String ndjson = json(java.util.Map.of("id", "ok", "text", SHORT, "options", java.util.Map.of("sentences", 1)))
                + "\n\n" + json(java.util.Map.of("id", "blank", "text", " ")) + "\n";
        return Stream.of(Call.of("JSON array", BATCH, "", "application/json", array),
                Call.of("NDJSON", BATCH, "", NDJSON, ndjson));
    }

    @ParameterizedTest(name = "{0} in, NDJSON out")
    @MethodSource("batches")
    void aBatchAnsweredInNdjsonKeepsTheDocumentLineByLine(Call c) {
        Response r = assertExchangeKeepsTheDocument(c, 200);
        assertEquals(NDJSON, OpenApiContract.mediaType(r.contentType()));
        // one line of each kind: a summary and a problem, each held to the item schema
        assertEquals(List.of(200, 400), r.asString().lines().filter(l -> !l.isBlank())
                .map(l -> JsonPath.from(l).getInt("status")).sorted().toList());
    }

    @ParameterizedTest(name = "{0} in, a JSON array out")
    @MethodSource("batches")
    void aBatchAnsweredAsAJsonArrayKeepsTheDocument(Call c) {
        Response r = assertExchangeKeepsTheDocument(c.accepting("application/json"), 200);
        assertEquals("application/json", OpenApiContract.mediaType(r.contentType()));
        assertEquals(List.of(200, 400), r.jsonPath().getList("status"));
    }

    @Test
    void aBatchWithALineThatIsNotJsonKeepsTheDocument() {
        // the request breaks its own item schema on purpose: the answer must still keep the document
        Response r = assertAnswerKeepsTheDocument(Call.of("NDJSON with a broken line", BATCH, "", NDJSON,
                json(java.util.Map.of("text", SHORT)) + "\nnot json\n"), 200);
        assertEquals(2, r.asString().lines().filter(l -> !l.isBlank()).count());
    }

    // --- what is refused

    static Stream<Object[]> refusals() {
        return Stream.of(
                new Object[]{Call.of("an option out of range", SUMMARIES, "?sentences=0", TEXT, "The council met."), 400},
                new Object[]{Call.of("malformed JSON", SUMMARIES, "", "application/json", "{\"text\": \"abc"), 400},
                new Object[]{Call.of("a NUL in the text", SUMMARIES, "", TEXT, "The council met.\u0000 It agreed."), 400},
                new Object[]{Call.of("text over the character limit", SUMMARIES, "", TEXT, "a".repeat(100_001)), 413},
                new Object[]{new Call("a body over the byte limit, refused before it is read", SUMMARIES, "", TEXT, null,
                        new byte[1_100_000]), 413},
                new Object[]{Call.of("an XML body", SUMMARIES, "", "application/xml", "<a>b</a>"), 415},
                new Object[]{new Call("a charset other than UTF-8", SUMMARIES, "", "text/plain; charset=ISO-8859-1", null,
                        "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), 415},
                new Object[]{Call.of("text without words", SUMMARIES, "", TEXT, "... !!! ???"), 422},
                new Object[]{Call.of("a page without an article", SUMMARIES, "", HTML, "<html><body></body></html>"), 422},
                new Object[]{Call.of("an answer in XML", SUMMARIES, "", TEXT, SHORT).accepting("application/xml"), 406},
                new Object[]{Call.of("claims: blank text", CLAIMS, "", "application/json", "{\"text\": \" \"}"), 400},
                new Object[]{Call.of("claims: text over the limit", CLAIMS, "", TEXT, "a".repeat(100_001)), 413},
                new Object[]{Call.of("claims: an XML body", CLAIMS, "", "application/xml", "<a>b</a>"), 415},
                new Object[]{Call.of("claims: text without words", CLAIMS, "", TEXT, "... !!! ???"), 422},
                new Object[]{Call.of("claims: an answer in XML", CLAIMS, "", TEXT, SHORT).accepting("application/xml"), 406},
                new Object[]{Call.of("batch: an object, not an array", BATCH, "", "application/json", "{\"text\": \"A b.\"}"), 400},
                new Object[]{Call.of("batch: no articles", BATCH, "", NDJSON, "\n\n"), 400},
                new Object[]{Call.of("batch: an XML body", BATCH, "", "application/xml", "<a>b</a>"), 415},
                new Object[]{Call.of("batch: an answer in XML", BATCH, "", "application/json", "[]").accepting("application/xml"), 406});
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("refusals")
    void problemAnswersKeepTheDocument(Call c, int status) {
        Response r = assertAnswerKeepsTheDocument(c, status);
        assertEquals("application/problem+json", OpenApiContract.mediaType(r.contentType()));
    }

    // --- the validator can fail: each wrong exchange below is a real one with exactly one thing broken

    /** A real summary answer, checked as keeping the document before a test breaks it. */
    private static ObjectNode aKeptSummary() throws Exception {
        return (ObjectNode) JSON.readTree(assertExchangeKeepsTheDocument(ourFixtureAsText(), 200).asString());
    }

    private static List<String> summaryFaults(JsonNode answer) {
        return OpenApiContract.faults(OpenApiContract.served().schema(
                "/paths/~1api~1v1~1summaries/post/responses/200/content/application~1json/schema"), answer.toString());
    }

    @Test
    void aScoreSentAsAStringIsRejected() throws Exception {
        ObjectNode answer = aKeptSummary();
        ObjectNode sentence = (ObjectNode) answer.path("summary").path("sentences").get(0);
        sentence.put("score", sentence.get("score").asText());
        assertEquals(List.of("/summary/sentences/0/score type"), summaryFaults(answer));
    }

    @Test
    void anUndeclaredFieldIsRejected() throws Exception {
        ObjectNode answer = aKeptSummary();
        ((ObjectNode) answer.path("stats")).put("sentiment", 0.5);
        assertEquals(List.of("/stats additionalProperties"), summaryFaults(answer));
    }

    @Test
    void aClaimTypeOutsideItsEnumerationIsRejected() throws Exception {
        ObjectNode answer = aKeptSummary();
        ((ObjectNode) answer.path("keyClaims").get(0)).put("type", "opinion");
        assertEquals(List.of("/keyClaims/0/type enum"), summaryFaults(answer));
    }

    @Test
    void aNullWhereTheDocumentSaysStringIsRejected() throws Exception {
        ObjectNode answer = aKeptSummary();
        ((ObjectNode) answer.path("meta")).putNull("version");
        assertEquals(List.of("/meta/version type"), summaryFaults(answer));
    }

    @Test
    void anNdjsonRequestLineWithoutItsRequiredTextIsRejected() {
        List<String> faults = OpenApiContract.served().requestFaults("post", BATCH, "", NDJSON,
                (json(java.util.Map.of("id", "a", "text", SHORT)) + "\n{\"id\": \"b\"}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("line 2 required"), faults.toString());
    }

    @Test
    void anNdjsonAnswerLineWithAnUndeclaredFieldIsRejected() {
        Response r = assertExchangeKeepsTheDocument(batches().toList().get(1), 200);
        String first = r.asString().lines().findFirst().orElseThrow();
        String broken = first.replaceFirst("^\\{", "{\"elapsed\": 3, ");
        Response tampered = new io.restassured.builder.ResponseBuilder().clone(r)
                .setBody(broken + "\n" + r.asString().substring(first.length() + 1)).build();
        List<String> faults = OpenApiContract.served().answerFaults("post", BATCH, tampered);
        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("line 1 additionalProperties"), faults.toString());
    }

    @Test
    void anUndeclaredQueryParameterAndAnOutOfRangeOneAreRejected() {
        List<String> faults = OpenApiContract.served().requestFaults("post", SUMMARIES, "?sentence=2&ratio=2", TEXT,
                SHORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("?sentence is no query parameter"), faults.toString());
        assertTrue(faults.get(1).startsWith("?ratio maximum"), faults.toString());
    }

    @Test
    void aRequestOfAMediaTypeTheDocumentDoesNotGiveFails() {
        assertEquals(List.of("the document gives post /api/v1/summaries/batch no request body of text/plain"),
                OpenApiContract.served().requestFaults("post", BATCH, "", TEXT, SHORT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAnswerOfAMediaTypeTheDocumentDoesNotGiveFails() {
        // the schema is chosen by what the answer says it is: a summary served as HTML has no schema to keep, and
        // must fail rather than pass unchecked
        Response r = assertExchangeKeepsTheDocument(ourFixtureAsText(), 200);
        Response relabelled = new io.restassured.builder.ResponseBuilder().clone(r).setContentType("text/html").build();
        assertEquals(List.of("the document gives the 200 answer of post /api/v1/summaries no media type text/html"),
                OpenApiContract.served().answerFaults("post", SUMMARIES, relabelled));
    }
}
