package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
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
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Answers are what the OpenAPI document the service itself serves says they are, checked by a maintained JSON
 * Schema validator (networknt, OpenAPI 3.1 dialect, i.e. JSON Schema 2020-12): for each answer, the schema is the
 * one the document gives for that path, status and media type, so an answer of a status or media type the document
 * does not describe fails too. The document's object schemas are read as closed (no undeclared field), as clients
 * generated from it only ever see the declared ones.
 */
@QuarkusTest
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name the served document is registered under in the validator; nothing is fetched from it. */
    private static final String DOCUMENT = "https://nutgraf.test/q/openapi.json";
    private static final String SUMMARIES = "/api/v1/summaries";
    private static final String TEXT = "text/plain; charset=UTF-8";

    private static JsonNode document;
    private static SchemaRegistry registry;

    @BeforeEach
    void serviceIsReadyAndDocumentLoaded() throws Exception {
        Ready.await();
        if (registry == null) {
            document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString());
            String closed = closed(document.deepCopy()).toString();
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(DOCUMENT, closed)));
        }
    }

    /**
     * The document with every component object schema that lists its properties, and says nothing of others,
     * closed to others: JSON Schema allows undeclared fields by default; this contract, like the clients generated
     * from the document, does not.
     */
    private static JsonNode closed(JsonNode doc) {
        doc.path("components").path("schemas").forEach(ApiContractTest::close);
        return doc;
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode o)) {
            return;
        }
        if (o.has("properties") && !o.has("additionalProperties")) {
            o.put("additionalProperties", false);
        }
        schema.path("properties").forEach(ApiContractTest::close);
        close(schema.path("items"));
    }

    /** The schema the document gives for the answer of POST {@code path} with this status and media type. */
    private static Schema answerSchema(String path, int status, String mediaType) {
        String pointer = "/paths/" + path.replace("/", "~1") + "/post/responses/" + status + "/content/"
                + mediaType.replace("/", "~1") + "/schema";
        assertFalse(document.at(pointer).isMissingNode(),
                "the document describes no " + status + " " + mediaType + " answer of POST " + path);
        return component("#" + pointer);
    }

    /** A schema of the document by its JSON pointer, e.g. {@code #/components/schemas/Problem}. */
    private static Schema component(String ref) {
        return registry.getSchema(SchemaLocation.of(DOCUMENT + ref));
    }

    /** The validator's findings, as "location keyword: message" lines; empty when the answer keeps its schema. */
    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> where(e) + ": " + e.getMessage()).toList();
    }

    /** Where the validator found a fault and by which keyword, e.g. "/summary/sentences/0/score type". */
    private static List<String> faults(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(ApiContractTest::where).toList();
    }

    private static String where(Error e) {
        return e.getInstanceLocation() + " " + e.getKeyword();
    }

    private static String mediaType(Response r) {
        return r.contentType().split(";")[0].trim();
    }

    /** Asserts the answer has the status expected and keeps the schema the document gives for it. */
    private static void assertKeepsTheDocument(String path, Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        assertEquals(List.of(), errors(answerSchema(path, status, mediaType(r)), r.asString()));
    }

    private static Response summaryOfOurFixture() {
        return given().contentType(TEXT).body(Fixtures.article("harbour-museum-pasted.txt").getBytes(StandardCharsets.UTF_8))
                .post(SUMMARIES + "?include=articleText&maxClaims=5");
    }

    @Test
    void aSummaryWithClaimsAndArticleTextKeepsTheDocument() {
        Response r = summaryOfOurFixture();
        // the answer must hold what is being checked, or the check proves nothing about it
        assertFalse(r.jsonPath().getList("keyClaims").isEmpty());
        assertFalse(r.jsonPath().getString("article.text").isEmpty());
        assertKeepsTheDocument(SUMMARIES, r, 200);
    }

    @Test
    void aSummaryOfHtmlWithoutClaimsKeepsTheDocument() {
        Response r = given().contentType("text/html; charset=UTF-8").body(Examples.HTML.getBytes(StandardCharsets.UTF_8))
                .post(SUMMARIES + "?claims=false&order=score&preset=brief");
        assertEquals("html", r.jsonPath().getString("article.source"));
        assertKeepsTheDocument(SUMMARIES, r, 200);
    }

    @Test
    void aClaimsAnswerKeepsTheDocument() {
        Response r = given().contentType("application/json").body(Map.of("text",
                        "'We will cut taxes by 10% next year,' the minister said. Unemployment rose to 5.2% in March.",
                        "options", Map.of("minScore", 0.0)))
                .post("/api/v1/claims");
        assertFalse(r.jsonPath().getList("keyClaims.signals").isEmpty());
        assertKeepsTheDocument("/api/v1/claims", r, 200);
    }

    @Test
    void everyBatchLineKeepsTheDocumentWhetherItSucceededOrFailed() {
        String path = SUMMARIES + "/batch";
        Response r = given().contentType("application/json")
                .body(List.of(Map.of("id", "ok", "text", "The council approved the flood plan on Monday. Work starts in May."),
                        Map.of("id", "blank", "text", " ")))
                .post(path);
        assertEquals(200, r.statusCode());
        Schema line = answerSchema(path, 200, mediaType(r));
        List<String> lines = r.asString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, lines.size(), r.asString());
        for (String l : lines) {
            assertEquals(List.of(), errors(line, l), l);
        }
        // one line of each kind: a summary and a problem
        assertEquals(List.of(200, 400), lines.stream().map(l -> JsonPath.from(l).getInt("status")).sorted().toList());
    }

    /** A request that must be refused with {@code status}; {@code how} sets its body and headers. */
    record Refused(String name, int status, String query, Consumer<RequestSpecification> how) {
        @Override
        public String toString() {
            return status + ": " + name;
        }
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                new Refused("an option out of range", 400, "?sentences=0", r -> r.contentType(TEXT).body("The council met.")),
                new Refused("malformed JSON", 400, "", r -> r.contentType("application/json").body("{\"text\": \"abc")),
                new Refused("text over the character limit", 413, "", r -> r.contentType(TEXT).body("a".repeat(100_001))),
                new Refused("a body over the byte limit, refused before it is read", 413, "",
                        r -> r.contentType(TEXT).body(new byte[1_100_000])),
                new Refused("an XML body", 415, "", r -> r.contentType("application/xml").body("<a>b</a>")),
                new Refused("a charset other than UTF-8", 415, "",
                        r -> r.contentType("text/plain; charset=ISO-8859-1").body("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))),
                new Refused("text without words", 422, "", r -> r.contentType(TEXT).body("... !!! ???")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void problemAnswersKeepTheDocument(Refused c) {
        RequestSpecification request = given();
        c.how().accept(request);
        Response r = request.post(SUMMARIES + c.query());
        assertEquals("application/problem+json", mediaType(r));
        assertKeepsTheDocument(SUMMARIES, r, c.status());
    }

    // --- the validator can fail: each wrong answer below is a real one with exactly one thing broken

    /** A real summary answer, checked as keeping the document before a test breaks it. */
    private static ObjectNode aKeptSummary() throws Exception {
        Response r = summaryOfOurFixture();
        assertKeepsTheDocument(SUMMARIES, r, 200);
        return (ObjectNode) JSON.readTree(r.asString());
    }

    private static List<String> summaryFaults(JsonNode answer) {
        return faults(answerSchema(SUMMARIES, 200, "application/json"), answer.toString());
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
    void aMissingRequiredFieldIsRejected() throws Exception {
        // the served answer schemas declare no required field (SmallRye derives none from the answer records), so
        // this holds the validator to the document's own required list, on the schema that has one: a batch item
        Schema item = component("#/components/schemas/BatchItem");
        assertEquals(List.of(), errors(item, "{\"id\": \"a\", \"text\": \"The council met.\"}"));
        assertEquals(List.of(" required"), faults(item, "{\"id\": \"a\"}"));
    }

    @Test
    void anAnswerOfAMediaTypeTheDocumentDoesNotGiveFails() {
        // the schema is chosen by what the answer says it is: a summary served as HTML has no schema to keep, and
        // must fail rather than pass unchecked
        assertThrows(AssertionError.class, () -> answerSchema(SUMMARIES, 200, "text/html"));
    }
}
