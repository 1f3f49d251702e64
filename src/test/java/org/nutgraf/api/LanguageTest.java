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

/** Every answer names the language it read; an article in a language Nutgraf does not read gets 422, not English. */
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
    void germanFrenchAndSpanishArticlesGet422NamingTheLanguageAndWhatIsRead() {
        String[][] cases = {{GERMAN, "German (de)"}, {FRENCH, "French (fr)"}, {SPANISH, "Spanish (es)"}};
        for (String[] c : cases) {
            post("text/plain", c[0], "?clean=false").statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://nutgraf.org/problems/unsupported-language"))
                    .body("detail", containsString(c[1]))
                    .body("detail", containsString("English (en)"));
        }
    }

    @Test
    void theCallersLanguageOverridesDetectionEvenWhenItIsWrong() {
        post("text/plain", GERMAN, "?clean=false&language=en-GB").statusCode(200)
                .body("meta.language", equalTo("en"))
                .body("meta.languageSource", equalTo("option"))
                .body("meta.languageConfidence", nullValue())
                .body("meta.options.language", equalTo("en-GB"));
        post("text/plain", ENGLISH, "?clean=false&language=de").statusCode(422)
                .body("detail", containsString("German (de)"));
        post("text/plain", ENGLISH, "?clean=false&language=!!").statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aPagesDeclaredLanguageOverridesDetection() {
        String page = "<html lang=\"%s\"><head><title>Bridge</title></head><body><article><p>%s</p></article></body></html>";
        post("text/html", page.formatted("fr", ENGLISH), "").statusCode(422)
                .body("detail", containsString("French (fr)"));
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
