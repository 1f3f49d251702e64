package org.nutgraf.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.response.Response;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document the service itself serves, holding real requests and real answers to it with a maintained
 * JSON Schema validator (networknt, OpenAPI 3.1 dialect, i.e. JSON Schema 2020-12). A request keeps the document
 * when its media type is one the operation reads, its body keeps that media type's schema and each query parameter
 * is declared and keeps its schema; an answer keeps it when its status and media type are described, its body keeps
 * the schema and every header the answer declares required is sent and keeps its schema. NDJSON, which an OpenAPI
 * 3.1 document can only call a string, is held line by line to the schema its media type names in
 * {@code x-oai-itemSchema} (the OpenAPI registry's extension for OpenAPI 3.2's {@code itemSchema}). The document's
 * object schemas are read as closed (no undeclared field), as clients generated from it only ever see the declared
 * ones. Findings are "where keyword: message" lines; none means the exchange keeps the document.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name the served document is registered under in the validator; nothing is fetched from it. */
    private static final String DOCUMENT = "https://nutgraf.test/q/openapi.json";
    private static final String NDJSON = "application/x-ndjson";
    private static final String ITEM_SCHEMA = "x-oai-itemSchema";

    private static int loadedPort = -1;
    private static OpenApiContract served;

    private final JsonNode document;
    private final SchemaRegistry registry;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String closed = closed(document.deepCopy()).toString();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(DOCUMENT, closed)));
    }

    /** The document served by the service under test, read once per running service. */
    static synchronized OpenApiContract served() {
        int port = io.restassured.RestAssured.port;
        if (served == null || loadedPort != port) {
            try {
                served = new OpenApiContract(JSON.readTree(given().accept("application/json")
                        .get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("/q/openapi is not JSON", e);
            }
            loadedPort = port;
        }
        return served;
    }

    JsonNode document() {
        return document;
    }

    /**
     * The document with every component object schema that lists its properties, and says nothing of others,
     * closed to others: JSON Schema allows undeclared fields by default; this contract, like the clients generated
     * from the document, does not.
     */
    private static JsonNode closed(JsonNode doc) {
        doc.path("components").path("schemas").forEach(OpenApiContract::close);
        return doc;
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode o)) {
            return;
        }
        if (o.has("properties") && !o.has("additionalProperties")) {
            o.put("additionalProperties", false);
        }
        schema.path("properties").forEach(OpenApiContract::close);
        close(schema.path("items"));
    }

    /** A JSON pointer segment: '~' and '/' escaped. */
    static String segment(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    /** The schema at a JSON pointer of the document, e.g. {@code /components/schemas/Problem}. */
    Schema schema(String pointer) {
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
    }

    private static String operation(String method, String path) {
        return "/paths/" + segment(path) + "/" + method.toLowerCase(Locale.ROOT);
    }

    /** The media type without its parameters, in lower case. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** What keeps a request of {@code method path?query} with this body from keeping the document. */
    List<String> requestFaults(String method, String path, String query, String contentType, byte[] body) {
        List<String> faults = new ArrayList<>();
        String op = operation(method, path);
        if (document.at(op).isMissingNode()) {
            return List.of("the document describes no " + method + " " + path);
        }
        String content = op + "/requestBody/content/" + segment(mediaType(contentType));
        if (document.at(content).isMissingNode()) {
            faults.add("the document gives " + method + " " + path + " no request body of " + mediaType(contentType));
        } else {
            faults.addAll(bodyFaults(content, mediaType(contentType), new String(body, StandardCharsets.UTF_8)));
        }
        for (Map.Entry<String, List<String>> p : queryParameters(query).entrySet()) {
            JsonNode declared = null;
            int i = 0;
            for (JsonNode parameter : document.at(op + "/parameters")) {
                if (parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals(p.getKey())) {
                    declared = parameter;
                    break;
                }
                i++;
            }
            if (declared == null) {
                faults.add("?" + p.getKey() + " is no query parameter of " + method + " " + path);
                continue;
            }
            for (String value : p.getValue()) {
                faults.addAll(errors(schema(op + "/parameters/" + i + "/schema"), typed(declared.path("schema"), value))
                        .stream().map(e -> "?" + p.getKey() + e).toList());
            }
        }
        return faults;
    }

    /** What keeps the answer to {@code method path} from keeping the document. */
    List<String> answerFaults(String method, String path, Response r) {
        String response = operation(method, path) + "/responses/" + r.statusCode();
        if (document.at(response).isMissingNode()) {
            return List.of("the document describes no " + r.statusCode() + " answer of " + method + " " + path);
        }
        List<String> faults = new ArrayList<>();
        JsonNode headers = document.at(response + "/headers");
        headers.fieldNames().forEachRemaining(name -> {
            String value = r.header(name);
            if (value == null) {
                if (headers.path(name).path("required").asBoolean()) {
                    faults.add("header " + name + " is required and missing");
                }
                return;
            }
            faults.addAll(errors(schema(response + "/headers/" + segment(name) + "/schema"),
                    typed(headers.path(name).path("schema"), value)).stream().map(e -> "header " + name + e).toList());
        });
        String body = r.asString();
        if (!document.at(response + "/content").isMissingNode() || !body.isEmpty()) {
            String content = response + "/content/" + segment(mediaType(r.contentType()));
            if (document.at(content).isMissingNode()) {
                faults.add("the document gives the " + r.statusCode() + " answer of " + method + " " + path
                        + " no media type " + mediaType(r.contentType()));
            } else {
                faults.addAll(bodyFaults(content, mediaType(r.contentType()), body));
            }
        }
        return faults;
    }

    /** A body against its media type's schema: JSON parsed, text as a string, NDJSON as a string and line by line. */
    private List<String> bodyFaults(String content, String mediaType, String body) {
        List<String> faults = new ArrayList<>();
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (json) {
            faults.addAll(errors(schema(content + "/schema"), body));
        } else {
            faults.addAll(errors(schema(content + "/schema"), TextNode.valueOf(body).toString()));
        }
        if (mediaType.equals(NDJSON)) {
            if (document.at(content + "/" + ITEM_SCHEMA).isMissingNode()) {
                faults.add(content + " names no " + ITEM_SCHEMA + " for its lines");
                return faults;
            }
            Schema item = schema(content + "/" + ITEM_SCHEMA);
            List<String> lines = body.lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                if (!lines.get(n).isBlank()) {
                    String line = "line " + (n + 1);
                    faults.addAll(errors(item, lines.get(n)).stream().map(e -> line + e).toList());
                }
            }
        }
        return faults;
    }

    /** A query or header value as the JSON its schema's type reads it as: a number, a boolean or a string. */
    private static String typed(JsonNode schema, String value) {
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        boolean number = (type.equals("integer") || type.equals("number")) && value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        boolean bool = type.equals("boolean") && (value.equals("true") || value.equals("false"));
        return number || bool ? value : TextNode.valueOf(value).toString();
    }

    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String q = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** The validator's findings on one JSON instance, as "location keyword: message" lines. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(e -> where(e) + ": " + e.getMessage()).toList();
    }

    /** Where the validator found a fault and by which keyword, e.g. "/summary/sentences/0/score type". */
    static List<String> faults(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(OpenApiContract::where).toList();
    }

    private static String where(Error e) {
        return e.getInstanceLocation() + " " + e.getKeyword();
    }
}
