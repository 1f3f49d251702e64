package org.nutgraf.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.app.SummaryOptions;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.Preset;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option of SummaryOptions is one thing everywhere: documented alike as a JSON field and as a query
 * parameter, read from both, and listed with the algorithms and presets the code has.
 */
@QuarkusTest
class OptionContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPTIONS =
            Arrays.stream(SummaryOptions.class.getRecordComponents()).map(RecordComponent::getName).toList();
    private static final String TEXT = "The council approved the plan on Monday. Residents cheered the vote.";

    private static JsonNode document;

    @BeforeEach
    void serviceIsReadyAndDocumentLoaded() throws Exception {
        Ready.await();
        if (document == null) {
            document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        }
    }

    private static JsonNode option(String name) {
        return document.at("/components/schemas/SummaryOptions/properties/" + name);
    }

    private static List<String> ids(JsonNode enumeration) {
        List<String> ids = new ArrayList<>();
        enumeration.forEach(e -> ids.add(e.asText()));
        return ids;
    }

    @Test
    void everyOptionIsAQueryParameterDocumentedAsItsJsonField() {
        for (String operation : new String[]{"/api/v1/summaries", "/api/v1/claims"}) {
            Map<String, JsonNode> parameters = new LinkedHashMap<>();
            document.at("/paths/" + operation.replace("/", "~1") + "/post/parameters")
                    .forEach(p -> parameters.put(p.get("name").asText(), p));
            for (String name : OPTIONS) {
                JsonNode parameter = parameters.get(name);
                assertNotNull(parameter, operation + " has no query parameter " + name);
                assertEquals("query", parameter.get("in").asText());
                ObjectNode schema = option(name).deepCopy();
                assertEquals(schema.remove("description"), parameter.get("description"), name);
                assertEquals(schema, parameter.get("schema"), name);
            }
        }
    }

    @Test
    void theDocumentListsTheAlgorithmsAndPresetsTheCodeHas() {
        assertEquals(Arrays.stream(Algorithm.values()).map(Algorithm::id).toList(),
                ids(option(SummaryOptions.ALGORITHM).get("enum")));
        assertEquals(Algorithm.DEFAULT_ID, option(SummaryOptions.ALGORITHM).get("default").asText());
        assertEquals(Arrays.stream(Preset.values()).map(Preset::id).toList(), ids(option(SummaryOptions.PRESET).get("enum")));
        assertTrue(option(SummaryOptions.PRESET).get("description").asText()
                .endsWith("push-alert: at most 1 sentence and 120 characters; social: at most 280 characters; "
                        + "newsletter: at most 60 words; brief: at most 3 sentences."));
    }

    @Test
    void theWebPageOffersTheAlgorithmsAndPresetsTheCodeHas() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/index.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(ids(option(SummaryOptions.ALGORITHM).get("enum")).stream().sorted().toList(),
                optionValues(page, "algorithm-select").stream().sorted().toList());
        assertEquals(ids(option(SummaryOptions.PRESET).get("enum")), optionValues(page, "preset-select"));
    }

    private static List<String> optionValues(String page, String selectId) {
        int start = page.indexOf("<select id=\"" + selectId + "\"");
        String select = page.substring(start, page.indexOf("</select>", start));
        Matcher m = java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(select);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void everyOptionIsReadFromTheQueryString() {
        for (String name : OPTIONS) {
            // a value no option takes: the answer names the parameter, so it was read
            given().contentType("text/plain; charset=UTF-8").body(TEXT).post("/api/v1/summaries?" + name + "=x9")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString(name));
        }
    }

    @Test
    void everyOptionIsAcceptedInJson() {
        for (String name : OPTIONS) {
            // unknown fields are refused with 400: a 200 means the option is a field
            Object value = sample(option(name));
            given().contentType("application/json").body(Map.of("text", TEXT, "options", Map.of(name, value)))
                    .post("/api/v1/summaries").then().statusCode(200);
        }
    }

    /** A value the document allows for an option. */
    private static Object sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.get("type").asText()) {
            case "boolean" -> false;
            case "integer" -> schema.get("minimum").asInt();
            case "number" -> schema.get("maximum").asDouble();
            case "string" -> schema.get("examples").get(0).asText();
            default -> throw new AssertionError("no sample for " + schema);
        };
    }
}
