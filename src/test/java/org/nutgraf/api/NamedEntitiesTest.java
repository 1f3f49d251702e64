package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * entities[] in summary answers: typed, merged, counted, each mention's offsets cutting its name out of what was
 * sent; on by default with key claims (whose NER they share), off with claims=false unless asked for.
 */
@QuarkusTest
class NamedEntitiesTest {

    private static final String STRIKE = Fixtures.article("port-strike-pasted.txt");

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static JsonPath post(String type, String body, String query) {
        return given().contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/summaries" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entity(List<Map<String, Object>> entities, String text) {
        return entities.stream().filter(e -> text.equals(e.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text + " in " + entities));
    }

    @SuppressWarnings("unchecked")
    private static List<String> mentionTexts(Map<String, Object> entity) {
        return ((List<Map<String, Object>>) entity.get("mentions")).stream().map(m -> (String) m.get("text")).toList();
    }

    /**
     * Every mention's offsets cut its text out of {@code sent}, in text order; the count is the mentions', the first
     * offset the first mention's; and no mention lies in a span removed as clutter.
     */
    @SuppressWarnings("unchecked")
    private static void assertMentionsCutFrom(String sent, JsonPath answer) {
        List<Map<String, Object>> entities = answer.getList("entities");
        assertFalse(entities.isEmpty());
        List<Map<String, Integer>> removed = answer.getList("article.removed");
        for (Map<String, Object> e : entities) {
            List<Map<String, Object>> mentions = (List<Map<String, Object>>) e.get("mentions");
            assertEquals(mentions.size(), e.get("count"), e.toString());
            assertEquals(mentions.get(0).get("start"), e.get("firstOffset"), e.toString());
            int previous = -1;
            for (Map<String, Object> m : mentions) {
                int start = (Integer) m.get("start");
                int end = (Integer) m.get("end");
                assertEquals(sent.substring(start, end), m.get("text"), e.toString());
                assertTrue(start > previous, "mentions in text order: " + e);
                previous = start;
                for (Map<String, Integer> r : removed) {
                    assertTrue(end <= r.get("start") || start >= r.get("end"), m + " lies in removed " + r);
                }
            }
            assertTrue(mentionTexts(e).stream().allMatch(t -> t.length() <= ((String) e.get("text")).length()),
                    "the entity's text is its fullest name: " + e);
        }
    }

    /**
     * Where a name stands as a word of its own in the text (not inside a hyphenated word such as "Russia-dominated"),
     * outside the spans removed as clutter and outside the mentions of entities other than {@code entity} ("Port of
     * Rotterdam Authority"): how often a careful reader would count the entity named by it.
     */
    @SuppressWarnings("unchecked")
    private static long occurrences(String text, String name, String entity, JsonPath answer) {
        List<Map<String, Integer>> skipped = new java.util.ArrayList<>(answer.getList("article.removed"));
        for (Map<String, Object> e : answer.<Map<String, Object>>getList("entities")) {
            if (!entity.equals(e.get("text"))) {
                ((List<Map<String, Object>>) e.get("mentions")).stream().forEach(m -> skipped.add(Map.of("start", (Integer) m.get("start"), "end", (Integer) m.get("end"))));
            }
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}-])").matcher(text);
        long n = 0;
        while (m.find()) {
            int at = m.start();
            if (skipped.stream().noneMatch(r -> at >= r.get("start") && at < r.get("end"))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aPastedArticlesPeopleOrganisationsAndPlacesComeTypedMergedAndCutFromTheTextSent() {
        JsonPath answer = post("text/plain", STRIKE, "");
        assertMentionsCutFrom(STRIKE, answer);
        List<Map<String, Object>> entities = answer.getList("entities");

        Map<String, Object> negotiator = entity(entities, "Marieke van Dijk");
        assertEquals("PERSON", negotiator.get("type"));
        assertEquals(List.of("Marieke van Dijk", "Van Dijk", "Van Dijk"), mentionTexts(negotiator));
        Map<String, Object> spokesman = entity(entities, "Thomas Bakker");
        assertEquals("PERSON", spokesman.get("type"));
        assertEquals(List.of("Thomas Bakker", "Bakker"), mentionTexts(spokesman));

        Map<String, Object> union = entity(entities, "International Dockworkers Council");
        assertEquals("ORGANIZATION", union.get("type"));
        assertEquals(List.of("International Dockworkers Council", "IDC", "IDC"), mentionTexts(union));
        assertEquals(STRIKE.indexOf("International Dockworkers Council"), union.get("firstOffset"));

        for (String place : new String[]{"Rotterdam", "Antwerp"}) {
            Map<String, Object> e = entity(entities, place);
            assertEquals("LOCATION", e.get("type"), place);
            assertEquals((int) occurrences(STRIKE, place, place, answer), e.get("count"), place);
        }
        assertEquals("ORGANIZATION", entity(entities, "European Commission").get("type"));

        // the byline, the most-read list and the footer are clutter: their names are not the story's
        List<String> names = answer.getList("entities.text");
        for (String clutter : new String[]{"Elena Marsh", "Germany", "North Sea", "Continental Courier"}) {
            assertFalse(names.contains(clutter), clutter + " is clutter, yet listed: " + names);
        }
        // the most often named come first
        List<Integer> counts = answer.getList("entities.count");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
    }

    @Test
    void aPagesEntitiesPointIntoTheArticleTextAsItsSentencesDo() {
        StringBuilder story = new StringBuilder();
        for (String paragraph : STRIKE.split("\n\n")) {
            if (paragraph.startsWith("Thousands") || paragraph.startsWith("Union") || paragraph.startsWith("The ")
                    || paragraph.startsWith("Thomas") || paragraph.startsWith("Shipping")) {
                // character references, so the page's offsets differ from the article text's
                story.append("<p>").append(paragraph.replace("“", "&ldquo;").replace("”", "&rdquo;"))
                        .append("</p>\n");
            }
        }
        String html = "<!doctype html><html lang=\"en\"><head><title>Dockers walk out | Continental Courier</title>"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/de\">Germany</a>"
                + "</nav><article><h1>Dockers walk out at Rotterdam as wage talks collapse</h1>\n" + story
                + "</article><footer>© 2026 Continental Courier</footer></body></html>";
        JsonPath page = post("text/html", html, "?include=articleText");
        String articleText = page.getString("article.text");
        assertMentionsCutFrom(articleText, page);

        // the same story pasted: the same entities, at other offsets
        JsonPath pasted = post("text/plain", STRIKE, "");
        for (String name : new String[]{"Marieke van Dijk", "Thomas Bakker", "International Dockworkers Council"}) {
            assertEquals(mentionTexts(entity(pasted.getList("entities"), name)),
                    mentionTexts(entity(page.getList("entities"), name)), name);
        }
        assertFalse(page.getList("entities.text").contains("Continental Courier"));
    }

    @Test
    void entitiesFalseLeavesThemOutAndKeepsTheKeyClaims() {
        JsonPath answer = post("text/plain", STRIKE, "?entities=false");
        assertNull(answer.get("entities"));
        assertFalse(answer.getList("keyClaims").isEmpty());
        assertEquals(false, answer.get("meta.options.entities"));
        assertEquals(true, answer.get("meta.options.claims"));
    }

    @Test
    void claimsFalseLeavesEntitiesOutAndRunsNoNer() {
        JsonPath answer = post("text/plain", STRIKE, "?claims=false");
        assertNull(answer.get("entities"));
        assertNull(answer.get("keyClaims"));
        assertFalse(answer.getList("meta.annotators").contains("ner"), answer.getList("meta.annotators").toString());
        assertEquals(false, answer.get("meta.options.entities"));
    }

    @Test
    void claimsFalseWithEntitiesTrueRunsNerForTheEntitiesAlone() {
        JsonPath byQuery = post("text/plain", STRIKE, "?claims=false&entities=true");
        assertNull(byQuery.get("keyClaims"));
        assertTrue(byQuery.getList("meta.annotators").contains("ner"));
        assertEquals(post("text/plain", STRIKE, "").getList("entities"), byQuery.getList("entities"));

        JsonPath byJson = given().contentType("application/json")
                .body(Map.of("text", STRIKE, "options", Map.of("claims", false, "entities", true)))
                .when().post("/api/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(byQuery.getList("entities"), byJson.getList("entities"));
    }

    @Test
    void anArticleNotReadByCoreNlpSaysEntitiesAreNotOffered() {
        String german = "Der Stadtrat von Riverton hat am Donnerstag einen Plan zum Hochwasserschutz beschlossen. "
                + "Die Arbeiten beginnen im September und sollen bis 2029 dauern. Bürgermeisterin Anna Keller sagte, "
                + "die Entscheidung sei die wichtigste seit Jahren.";
        JsonPath asked = post("text/plain", german, "?clean=false&claims=false&entities=true");
        assertEquals("de", asked.getString("meta.language"));
        assertNull(asked.get("entities"));
        assertEquals(List.of("entities"), asked.getList("meta.notOffered"));
        JsonPath byDefault = post("text/plain", german, "?clean=false");
        assertEquals(List.of("keyClaims", "entities"), byDefault.getList("meta.notOffered"));
        assertNull(post("text/plain", german, "?clean=false&claims=false").get("meta.notOffered"));
    }

    @Test
    void theBatchAnswersCarryEntitiesToo() {
        String body = given().contentType("application/json")
                .body(List.of(Map.of("id", "strike", "text", STRIKE),
                        Map.of("id", "quiet", "text", STRIKE, "options", Map.of("claims", false))))
                .when().post("/api/v1/summaries/batch").then().statusCode(200).extract().asString();
        for (String line : body.split("\n")) {
            JsonPath j = JsonPath.from(line);
            if (j.getString("id").equals("strike")) {
                assertEquals(post("text/plain", STRIKE, "").getList("entities"), j.getList("result.entities"));
            } else {
                assertNull(j.get("result.entities"));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSharedOpEdListsItsCountriesLeadersAndTheCsto() {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        JsonPath answer = post("text/plain", text, "");
        assertMentionsCutFrom(text, answer);
        List<Map<String, Object>> entities = answer.getList("entities");

        for (String country : new String[]{"Kazakhstan", "Russia"}) {
            Map<String, Object> e = entity(entities, country);
            assertEquals("LOCATION", e.get("type"), country);
            assertEquals((int) occurrences(text, country, country, answer), e.get("count"), country);
        }
        Map<String, Object> tokayev = entity(entities, "Kassym-Jomart Tokayev");
        assertEquals("PERSON", tokayev.get("type"));
        assertEquals(text.indexOf("Kassym-Jomart Tokayev"), tokayev.get("firstOffset"));
        assertEquals((int) occurrences(text, "Tokayev", "Kassym-Jomart Tokayev", answer), tokayev.get("count"));

        Map<String, Object> putin = entity(entities, "Vladimir Putin");
        assertEquals("PERSON", putin.get("type"));
        assertTrue(mentionTexts(putin).contains("Putin"), "the surname joins the full name: " + putin);
        assertEquals((int) occurrences(text, "Putin", "Vladimir Putin", answer), putin.get("count"));

        Map<String, Object> csto = entity(entities, "Collective Security Treaty Organization");
        assertEquals("ORGANIZATION", csto.get("type"));
        assertEquals(List.of("Collective Security Treaty Organization", "CSTO"), mentionTexts(csto));
        assertEquals(text.indexOf("(CSTO)") + 1, ((List<Map<String, Integer>>) csto.get("mentions")).get(1).get("start"));
    }
}
