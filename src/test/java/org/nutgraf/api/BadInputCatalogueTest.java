package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every request gets 200 with a summary, or a problem+json whose status equals the HTTP status, with no stack
 * trace, class or package name, and nothing of the caller's markup reflected unescaped.
 */
@QuarkusTest
@TestProfile(BadInputCatalogueTest.Unhurried.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCatalogueTest {

    /**
     * A time budget no input of the catalogue comes near, and connections that wait as long: each input's status is
     * then the one its content decides, never a 503 from a busy machine (on a shared two-core machine some of the
     * pathological texts ran past the default 15 s).
     */
    public static class Unhurried implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nutgraf.workers.timeout", "300s",
                    "quarkus.http.idle-timeout", "330s",
                    "quarkus.http.read-timeout", "330s");
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static final String PATH = "/api/v1/summaries";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String OK_TEXT = "The council approved the plan on Monday. Residents welcomed the decision.";

    /** One request and the one status it must get. */
    record Case(String category, String name, String method, String contentType, String accept, String query,
                byte[] body, int expected) {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    static Case json(String category, String name, String body, int expected) {
        return new Case(category, name, "POST", JSON, null, "", body.getBytes(StandardCharsets.UTF_8), expected);
    }

    static Case text(String category, String name, String query, byte[] body, int expected) {
        return new Case(category, name, "POST", TEXT, null, query, body, expected);
    }

    static Case text(String category, String name, String query, String body, int expected) {
        return text(category, name, query, body.getBytes(StandardCharsets.UTF_8), expected);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // --- empty, blank and null bodies
        c.add(json("empty", "empty JSON body", "", 400));
        c.add(json("empty", "blank JSON body", "   \n ", 400));
        c.add(json("empty", "JSON null", "null", 400));
        c.add(json("empty", "empty object", "{}", 400));
        c.add(json("empty", "text null", "{\"text\": null}", 400));
        c.add(json("empty", "text empty string", "{\"text\": \"\"}", 400));
        c.add(json("empty", "text blank", "{\"text\": \" \\n\\t \"}", 400));
        c.add(text("empty", "empty text body", "", new byte[0], 400));
        c.add(text("empty", "blank text body", "", "   \n\n  ", 400));
        c.add(text("empty", "no-break spaces only", "", "\u00a0\u2003\u3000", 422));
        // --- malformed JSON
        c.add(json("malformed", "truncated object", "{\"text\": \"abc", 400));
        c.add(json("malformed", "trailing garbage", "{\"text\": \"A b.\"} xyz", 400));
        c.add(json("malformed", "two documents", "{\"text\": \"A b.\"}{\"text\": \"C d.\"}", 400));
        c.add(json("malformed", "array at top", "[{\"text\": \"A b.\"}]", 400));
        c.add(json("malformed", "bare string", "\"just text\"", 400));
        c.add(json("malformed", "single quotes", "{'text': 'A b.'}", 400));
        c.add(json("malformed", "comment inside", "{\"text\": \"A b.\" /* hi */}", 400));
        // --- wrong types, duplicates, unknown fields
        c.add(json("types", "text is a number", "{\"text\": 123}", 400));
        c.add(json("types", "text is a boolean", "{\"text\": true}", 400));
        c.add(json("types", "text is an object", "{\"text\": {\"a\": 1}}", 400));
        c.add(json("types", "text is an array", "{\"text\": [\"a\"]}", 400));
        c.add(json("types", "title is a number", "{\"text\": " + quoted(OK_TEXT) + ", \"title\": 5}", 400));
        c.add(json("types", "options is a string", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": \"x\"}", 400));
        c.add(json("types", "sentences is a string", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": {\"sentences\": \"3\"}}", 400));
        c.add(json("types", "sentences is a fraction", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": {\"sentences\": 2.5}}", 400));
        c.add(json("types", "ratio is a boolean", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": {\"ratio\": true}}", 400));
        c.add(json("types", "duplicate key", "{\"text\": \"A b.\", \"text\": \"C d.\"}", 400));
        c.add(json("types", "unknown field", "{\"text\": " + quoted(OK_TEXT) + ", \"maxword\": 3}", 400));
        c.add(json("types", "unknown option", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": {\"length\": 3}}", 400));
        c.add(json("types", "url field is refused, never fetched", "{\"url\": \"http://10.255.255.1/article\"}", 400));
        // --- resource exhaustion in JSON
        c.add(json("exhaustion", "nesting 100 deep", "[".repeat(100) + "]".repeat(100), 400));
        c.add(json("exhaustion", "nested options 100 deep",
                "{\"text\": \"A b.\", \"options\": " + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}", 400));
        c.add(json("exhaustion", "2,000-digit number", "{\"text\": \"A b.\", \"options\": {\"sentences\": " + "9".repeat(2000) + "}}", 400));
        c.add(json("exhaustion", "60,000-character property name", "{\"" + "k".repeat(60_000) + "\": 1}", 400));
        c.add(json("exhaustion", "text over the character limit", "{\"text\": " + quoted("a".repeat(100_001)) + "}", 413));
        c.add(text("exhaustion", "plain text over the character limit", "", "word ".repeat(20_001), 413));
        c.add(text("exhaustion", "body over the byte limit", "", new byte[1_100_000], 413));
        // --- options out of range
        c.add(text("options", "sentences=0", "?sentences=0", OK_TEXT, 400));
        c.add(text("options", "sentences=-1", "?sentences=-1", OK_TEXT, 400));
        c.add(text("options", "sentences=1001", "?sentences=1001", OK_TEXT, 400));
        c.add(text("options", "sentences=abc", "?sentences=abc", OK_TEXT, 400));
        c.add(text("options", "ratio=0", "?ratio=0", OK_TEXT, 400));
        c.add(text("options", "ratio=1.5", "?ratio=1.5", OK_TEXT, 400));
        c.add(text("options", "ratio=NaN", "?ratio=NaN", OK_TEXT, 400));
        c.add(text("options", "maxWords=0", "?maxWords=0", OK_TEXT, 400));
        c.add(text("options", "maxChars=-5", "?maxChars=-5", OK_TEXT, 400));
        c.add(text("options", "order=random", "?order=random", OK_TEXT, 400));
        c.add(text("options", "unknown algorithm", "?algorithm=magic", OK_TEXT, 400));
        c.add(text("options", "empty algorithm means the default", "?algorithm=", OK_TEXT, 200));
        c.add(json("options", "negative maxWords in JSON", "{\"text\": " + quoted(OK_TEXT) + ", \"options\": {\"maxWords\": -5}}", 400));
        // --- bytes and charsets
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = (byte) 0xFF; // never valid UTF-8
        c.add(text("encoding", "random bytes", "", random, 400));
        c.add(text("encoding", "invalid UTF-8 sequence", "", new byte[]{'A', ' ', (byte) 0xC3, (byte) 0x28, '.'}, 400));
        c.add(text("encoding", "encoded lone surrogate (CESU)", "", new byte[]{'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '.'}, 400));
        c.add(json("encoding", "escaped lone surrogate in JSON", "{\"text\": \"Plan \\ud800 passed today. Residents cheered.\"}", 200));
        c.add(new Case("encoding", "invalid UTF-8 in JSON", "POST", JSON, null, "",
                new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'}, 400));
        c.add(new Case("encoding", "charset ISO-8859-1", "POST", "text/plain; charset=ISO-8859-1", null, "",
                "Caf\u00e9 opens today.".getBytes(StandardCharsets.ISO_8859_1), 415));
        c.add(new Case("encoding", "charset UTF-16", "POST", "text/plain; charset=UTF-16", null, "",
                "Hello there.".getBytes(StandardCharsets.UTF_16), 415));
        c.add(new Case("encoding", "US-ASCII with a non-ASCII byte", "POST", "text/plain; charset=US-ASCII", null, "",
                "Caf\u00e9 opens today.".getBytes(StandardCharsets.UTF_8), 400));
        c.add(new Case("encoding", "quoted UTF-8 charset", "POST", "text/plain; charset=\"utf-8\"", null, "",
                OK_TEXT.getBytes(StandardCharsets.UTF_8), 200));
        c.add(new Case("encoding", "a page of bytes that are no text in any charset", "POST", "text/html; charset=UTF-8",
                null, "", random, 400));
        c.add(new Case("encoding", "a page that says UTF-8 and holds windows-1252", "POST", "text/html; charset=UTF-8",
                null, "", ("<p>" + OK_TEXT.replace("plan", "plan \u00e0 la carte") + "</p>").getBytes(
                java.nio.charset.Charset.forName("windows-1252")), 200));
        // --- control characters: tab, line feed, carriage return and form feed only (ControlCharacters)
        c.add(text("controls", "NUL bytes", "", ("The council met.\u0000\u0000 The plan passed.").getBytes(StandardCharsets.UTF_8), 400));
        c.add(json("controls", "escaped NUL in JSON text", "{\"text\": \"The council met.\\u0000 The plan passed.\"}", 400));
        c.add(json("controls", "bell in JSON text", "{\"text\": \"The council met.\\u0007 The plan passed.\"}", 400));
        c.add(text("controls", "escape sequence (terminal colour)", "", "\u001b[31mThe council met.\u001b[0m The plan passed.", 400));
        c.add(text("controls", "vertical tab", "", "The council met.\u000b The plan passed.", 400));
        c.add(text("controls", "DELETE", "", "The council met.\u007f The plan passed.", 400));
        c.add(text("controls", "C1 next line (U+0085)", "", "The council met.\u0085The plan passed.", 400));
        c.add(text("controls", "C1 control from a mis-decoded page (U+0092)", "", "The council\u0092s plan passed. Residents cheered.", 400));
        c.add(text("controls", "only control characters", "", "\u0000\u0001\u0002", 400));
        c.add(json("controls", "control in the JSON title", "{\"text\": " + quoted(OK_TEXT) + ", \"title\": \"Plan\\u0000\"}", 400));
        c.add(text("controls", "control in the title parameter", "?title=Plan%07", OK_TEXT, 400));
        c.add(text("controls", "tab, CR LF and form feed are text", "", "The council met.\tIt agreed.\r\nThe plan\fpassed today.", 200));
        c.add(new Case("controls", "a page's stray controls become spaces", "POST", "text/html; charset=UTF-8", null, "",
                ("<html><body><article><p>The council\u0000 approved the plan\u0008 on Monday.</p>"
                        + "<p>Residents\u0085 welcomed the decision.</p></article></body></html>").getBytes(StandardCharsets.UTF_8), 200));
        c.add(json("controls", "a JSON page's stray controls become spaces",
                "{\"html\": \"<p>The council\\u0000 approved the plan on Monday. Residents welcomed it.</p>\"}", 200));
        // --- media types, Accept, methods
        c.add(new Case("http", "XML body", "POST", "application/xml", null, "", "<a>b</a>".getBytes(), 415));
        c.add(new Case("http", "form body", "POST", "application/x-www-form-urlencoded", null, "", "text=a".getBytes(), 415));
        c.add(new Case("http", "multipart body", "POST", "multipart/form-data; boundary=x", null, "", "--x--".getBytes(), 415));
        c.add(new Case("http", "image body", "POST", "image/png", null, "", new byte[]{1, 2, 3}, 415));
        c.add(new Case("http", "Accept XML", "POST", TEXT, "application/xml", "", OK_TEXT.getBytes(), 406));
        c.add(new Case("http", "Accept HTML", "POST", TEXT, "text/html", "", OK_TEXT.getBytes(), 406));
        c.add(new Case("http", "Accept anything", "POST", TEXT, "*/*", "", OK_TEXT.getBytes(), 200));
        c.add(new Case("http", "GET", "GET", null, null, "", null, 405));
        c.add(new Case("http", "PUT", "PUT", TEXT, null, "", OK_TEXT.getBytes(), 405));
        c.add(new Case("http", "DELETE", "DELETE", null, null, "", null, 405));
        c.add(new Case("http", "PATCH", "PATCH", TEXT, null, "", OK_TEXT.getBytes(), 405));
        // --- markup in input
        c.add(text("markup", "script in text", "", "The <script>alert(1)</script> council approved the plan on Monday.", 200));
        c.add(text("markup", "script in algorithm", "?algorithm=%3Cscript%3Ealert(1)%3C/script%3E", OK_TEXT, 400));
        c.add(json("markup", "script in unknown field name", "{\"<script>x</script>\": 1}", 400));
        // --- pathological text that makes NLP slow
        c.add(text("pathological", "100,000 characters without punctuation", "",
                ("council river plan vote city ".repeat(3500)).substring(0, 99_990), 200));
        c.add(text("pathological", "one 100,000-character token", "", "x".repeat(99_999), 200));
        StringBuilder oneWord = new StringBuilder();
        for (int i = 0; i < 20_000 && oneWord.length() < 99_000; i++) {
            oneWord.append(i % 2 == 0 ? "Yes. " : "No. ");
        }
        c.add(text("pathological", "20,000 one-word sentences", "", oneWord.toString(), 200));
        c.add(text("pathological", "100,000 newlines", "", "\n".repeat(99_990) + "End.", 200));
        c.add(text("pathological", "wall of emoji", "", "😀👍🏽🇬🇧".repeat(9000), 422));
        c.add(text("pathological", "combining marks", "", ("e" + "\u0301".repeat(20) + " ").repeat(1000), 200));
        c.add(text("pathological", "right-to-left and zero-width", "",
                "مرحبا بالعالم \u200f\u200b\u202e text. ".repeat(2000), 200));
        c.add(text("pathological", "only punctuation", "", "... !!! ??? ---", 422));
        c.add(text("pathological", "URLs in text are not fetched", "",
                "See http://10.255.255.1/a and https://example.invalid/b for more. The council met today.", 200));
        return c.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRequestGetsASummaryOrAProblem(Case c) {
        // send every body as raw bytes, whatever its declared type
        RequestSpecification r = given().urlEncodingEnabled(false).config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)));
        if (c.contentType() != null) {
            r = r.contentType(c.contentType());
        } else {
            r = r.noContentType();
        }
        if (c.accept() != null) {
            r = r.accept(c.accept());
        }
        if (c.body() != null) {
            r = r.body(c.body());
        }
        Response res = r.when().request(c.method(), PATH + c.query());
        int status = res.statusCode();
        String body = res.asString();
        assertEquals(c.expected(), status, c + ": " + abbreviate(body));
        assertFalse(body.contains("<script"), c + ": markup reflected: " + abbreviate(body));
        if (status == 200) {
            assertNotNull(res.jsonPath().get("summary.sentences"), c + ": no summary");
        } else {
            assertEquals("application/problem+json", res.contentType().split(";")[0], c + ": " + res.contentType());
            assertEquals(status, res.jsonPath().getInt("status"), c + ": status in body");
            assertNotNull(res.jsonPath().getString("title"));
            assertNotNull(res.jsonPath().getString("detail"));
            for (String leak : List.of("Exception", "java.", "org.", "com.fasterxml", "io.quarkus", "\tat ", "nutgraf.api")) {
                assertFalse(body.contains(leak), c + ": leaks '" + leak + "': " + abbreviate(body));
            }
        }
    }

    @Test
    @Order(1)
    void aBodyWithoutContentTypeIs415() throws Exception {
        // REST Assured always labels a body, so this one goes out through the JDK's client
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PATH))
                .POST(HttpRequest.BodyPublishers.ofByteArray(OK_TEXT.getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    @Order(2)
    void serverStaysHealthyAfterTheCatalogue() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().contentType(TEXT).body(OK_TEXT).when().post(PATH).then().statusCode(200);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
