package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every answer names the language it read; French, German and Spanish (and the other languages Lucene reads) get
 * summaries and keywords of their own; a language Nutgraf does not read gets 422, never an English reading.
 */
@QuarkusTest
class LanguageTest {

    // articles of our own, about a made-up town, in four languages
    private static final String ENGLISH = "The town council of Eastbrook voted on Tuesday to rebuild the old stone "
            + "bridge over the river, which has been closed to cars since a flood damaged its arches two years ago. "
            + "The work will cost about four million pounds and should take eighteen months. Shop owners on the "
            + "high street said the closure had cut their trade by almost a third.";
    private static final String GERMAN = "Der Stadtrat von Ostbach hat am Dienstag beschlossen, die alte Steinbrücke "
            + "über den Fluss neu zu bauen. Seit ein Hochwasser vor zwei Jahren ihre Bögen beschädigt hat, dürfen "
            + "keine Autos mehr darüber fahren. Die Arbeiten sollen etwa vier Millionen Euro kosten und achtzehn "
            + "Monate dauern. Die Geschäftsleute in der Hauptstraße sagen, dass sie seitdem fast ein Drittel weniger "
            + "verkaufen.";
    private static final String FRENCH = "Le conseil municipal de Bourg-l'Est a voté mardi la reconstruction du vieux "
            + "pont de pierre sur la rivière, fermé aux voitures depuis qu'une crue a endommagé ses arches il y a "
            + "deux ans. Les travaux coûteront environ quatre millions d'euros et devraient durer dix-huit mois. Les "
            + "commerçants de la grande rue affirment que la fermeture leur a fait perdre près d'un tiers de leur "
            + "chiffre d'affaires.";
    private static final String SPANISH = "El ayuntamiento de Puente Viejo votó el martes la reconstrucción del antiguo "
            + "puente de piedra sobre el río, cerrado a los coches desde que una crecida dañó sus arcos hace dos años. "
            + "Las obras costarán unos cuatro millones de euros y durarán dieciocho meses. Los comerciantes de la "
            + "calle mayor dicen que el cierre les ha hecho perder casi un tercio de sus ventas.";

    private static final String VIETNAMESE = "Hội đồng thành phố đã bỏ phiếu vào thứ Ba để xây lại cây cầu đá cũ bắc "
            + "qua sông, vốn đã đóng cửa với ô tô kể từ khi một trận lũ làm hỏng các vòm cầu hai năm trước. Công trình "
            + "sẽ tốn khoảng bốn triệu bảng và kéo dài mười tám tháng.";

    @BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    private static ValidatableResponse post(String type, String body, String query) {
        return given().contentType(type + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/summaries" + query).then();
    }

    @Test
    void anEnglishArticleIsReadAsEnglishAndTheAnswerSaysHowItKnows() {
        post("text/plain", ENGLISH, "?clean=false").statusCode(200)
                .body("meta.language", equalTo("en"))
                .body("meta.languageSource", equalTo("detected"))
                .body("meta.languageConfidence", greaterThan(0.5f));
    }

    @Test
    void germanFrenchAndSpanishArticlesGetSummariesAndKeywordsInTheirOwnLanguage() {
        String[][] cases = {{GERMAN, "de"}, {FRENCH, "fr"}, {SPANISH, "es"}};
        for (String[] c : cases) {
            var answer = post("text/plain", c[0], "?clean=false&sentences=2").statusCode(200)
                    .body("meta.language", equalTo(c[1]))
                    .body("meta.languageSource", equalTo("detected"))
                    .body("meta.notOffered", equalTo(java.util.List.of("keyClaims", "entities")))
                    .body("keyClaims", nullValue())
                    .body("entities", nullValue())
                    .extract().jsonPath();
            java.util.List<java.util.Map<String, Object>> sentences = answer.getList("summary.sentences");
            org.junit.jupiter.api.Assertions.assertEquals(2, sentences.size(), c[1]);
            for (var sentence : sentences) {
                org.junit.jupiter.api.Assertions.assertEquals(sentence.get("text"),
                        c[0].substring((Integer) sentence.get("start"), (Integer) sentence.get("end")));
            }
            java.util.List<String> keywords = answer.getList("keywords.text");
            org.junit.jupiter.api.Assertions.assertFalse(keywords.isEmpty(), c[1]);
            for (String k : keywords) {
                org.junit.jupiter.api.Assertions.assertTrue(c[0].contains(k), k + " is not a phrase of the text");
                String[] words = k.toLowerCase(java.util.Locale.ROOT).split("[\\s'’-]+");
                for (String edge : new String[] {words[0], words[words.length - 1]}) {
                    org.junit.jupiter.api.Assertions.assertFalse(STOP.get(c[1]).contains(edge),
                            c[1] + " keyword '" + k + "' begins or ends with a stop word");
                }
            }
        }
    }

    /** A few of each language's commonest function words, written by hand for the test. */
    private static final java.util.Map<String, java.util.Set<String>> STOP = java.util.Map.of(
            "de", java.util.Set.of("der", "die", "das", "den", "dem", "des", "und", "von", "zu", "in", "vor", "über",
                    "ein", "eine", "sie", "dass", "mehr", "am", "seit"),
            "fr", java.util.Set.of("le", "la", "les", "de", "du", "des", "et", "à", "au", "aux", "un", "une", "sur",
                    "leur", "que", "d", "l", "y", "il", "a"),
            "es", java.util.Set.of("el", "la", "los", "las", "de", "del", "y", "a", "en", "un", "una", "sobre", "que",
                    "les", "sus", "su", "se", "ha"));

    @Test
    void anArticleInALanguageNothingReadsGets422NamingIt() {
        post("text/plain", VIETNAMESE, "?clean=false").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://nutgraf.org/problems/unsupported-language"))
                .body("detail", containsString("Vietnamese (vi)"))
                .body("detail", containsString("English (en)"));
    }

    @Test
    void keyClaimsAloneAreRefusedOutsideEnglish() {
        given().contentType("text/plain; charset=UTF-8").body(FRENCH.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/claims?clean=false").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://nutgraf.org/problems/claims-not-offered"))
                .body("detail", containsString("French (fr)"));
    }

    @Test
    void theCallersLanguageOverridesDetectionEvenWhenItIsWrong() {
        post("text/plain", GERMAN, "?clean=false&language=en-GB").statusCode(200)
                .body("meta.language", equalTo("en"))
                .body("meta.languageSource", equalTo("option"))
                .body("meta.languageConfidence", nullValue())
                .body("meta.options.language", equalTo("en-GB"));
        post("text/plain", ENGLISH, "?clean=false&language=vi").statusCode(422)
                .body("detail", containsString("Vietnamese (vi)"));
        post("text/plain", ENGLISH, "?clean=false&language=!!").statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aPagesDeclaredLanguageOverridesDetection() {
        String page = "<html lang=\"%s\"><head><title>Bridge</title></head><body><article><p>%s</p></article></body></html>";
        post("text/html", page.formatted("vi", ENGLISH), "").statusCode(422)
                .body("detail", containsString("Vietnamese (vi)"));
        post("text/html", page.formatted("en-US", ENGLISH), "").statusCode(200)
                .body("meta.language", equalTo("en"))
                .body("meta.languageSource", equalTo("page"));
    }

    @Test
    void aTextTooShortToTellIsReadAsTheFirstConfiguredLanguageAndSaysSo() {
        post("text/plain", "Rates rose.", "?clean=false").statusCode(200)
                .body("meta.language", equalTo("en"))
                .body("meta.languageSource", equalTo("default"));
    }
}
