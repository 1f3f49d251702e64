package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Answers are what the OpenAPI document says they are: every field declared, of the declared JSON type, within
 * its enumeration, and nothing undeclared. Checked against the document the service itself serves.
 */
@QuarkusTest
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemas;

    @BeforeEach
    void serviceIsReadyAndDocumentLoaded() throws Exception {
        Ready.await();
        if (schemas == null) {
            schemas = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
                    .path("components").path("schemas");
        }
    }

    /** The ways the answer breaks its schema; empty when it keeps it. */
    static List<String> violations(JsonNode value, JsonNode schema, String path) {
        List<String> out = new ArrayList<>();
        check(value, schema, path, out);
        return out;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    private static void check(JsonNode value, JsonNode schemaOrRef, String path, List<String> out) {
        JsonNode schema = resolve(schemaOrRef);
        if (value == null || value.isNull()) {
            out.add(path + " is null; the document never says null");
            return;
        }
        String type = schema.path("type").asText(schemaOrRef.path("type").asText(""));
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                out.add(path + " = " + value + " is not in its enumeration " + schema.get("enum"));
            }
        }
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    out.add(path + " should be an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.get("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (properties.has(f.getKey())) {
                        check(f.getValue(), properties.get(f.getKey()), path + "." + f.getKey(), out);
                    } else if (additional != null) {
                        if (additional.size() > 0) {
                            check(f.getValue(), additional, path + "." + f.getKey(), out);
                        }
                    } else {
                        out.add(path + "." + f.getKey() + " is not in the document");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    out.add(path + " should be an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), path + "[" + i + "]", out);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(path + " should be a string");
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    out.add(path + " should be an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(path + " should be a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(path + " should be a boolean");
                }
            }
            default -> {
                // no type: anything goes (open map values)
            }
        }
    }

    private void assertKeeps(Response r, String schemaName) throws Exception {
        JsonNode body = JSON.readTree(r.asString());
        assertEquals(List.of(), violations(body, schemas.path(schemaName), schemaName));
    }

    @Test
    void aSummaryWithClaimsKeepsTheSummaryResponseSchema() throws Exception {
        Response r = given().contentType("text/plain; charset=UTF-8")
                .body(Fixtures.article("harbour-museum-pasted.txt").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/summaries?include=articleText&maxClaims=5");
        assertEquals(200, r.statusCode());
        assertKeeps(r, "SummaryResponse");
    }

    @Test
    void aSummaryOfHtmlWithoutClaimsKeepsTheSchema() throws Exception {
        Response r = given().contentType("text/html; charset=UTF-8").body(Examples.HTML.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/summaries?claims=false&order=score&preset=brief");
        assertEquals(200, r.statusCode());
        assertKeeps(r, "SummaryResponse");
    }

    @Test
    void claimsAnswersKeepTheClaimsResponseSchema() throws Exception {
        Response r = given().contentType("application/json").body(Map.of("text",
                "'We will cut taxes by 10% next year,' the minister said. Unemployment rose to 5.2% in March.",
                "options", Map.of("minScore", 0.0)))
                .post("/api/v1/claims");
        assertEquals(200, r.statusCode());
        assertKeeps(r, "ClaimsResponse");
    }

    @Test
    void problemsKeepTheProblemSchema() throws Exception {
        Response r = given().contentType("text/plain; charset=UTF-8").body("The council met.").post("/api/v1/summaries?sentences=0");
        assertEquals(400, r.statusCode());
        assertKeeps(r, "Problem");
    }

    @Test
    void theCheckerFindsAnUndeclaredFieldAWrongTypeAndAnUnlistedValue() throws Exception {
        JsonNode bad = JSON.readTree("{\"type\": \"t\", \"title\": \"x\", \"status\": \"400\", \"detail\": \"d\", \"extra\": 1}");
        List<String> v = violations(bad, schemas.path("Problem"), "Problem");
        assertEquals(2, v.size(), v.toString());
        JsonNode claim = JSON.readTree("{\"type\": \"opinion\"}");
        assertEquals(1, violations(claim, schemas.path("KeyClaim"), "KeyClaim").size());
    }
}
