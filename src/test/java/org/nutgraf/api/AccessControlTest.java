package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API keys, rate limits and CORS, switched on as an operator would. */
@QuarkusTest
@TestProfile(AccessControlTest.Locked.class)
class AccessControlTest {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    /** Two keys, two requests a minute per key, CORS for one web origin and one extension. */
    public static class Locked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "nutgraf.access.api-keys", "key-one,key-two",
                    "nutgraf.access.requests-per-minute", "2",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", "https://newsroom.example,chrome-extension://abcdefghijklmnop",
                    "quarkus.http.cors.access-control-allow-credentials", "false");
        }
    }

    private static final String PATH = "/api/v1/summaries";
    private static final String TEXT = "The council approved the plan on Monday. Residents welcomed it.";

    @Test
    void aRequestWithoutAKeyIs401Problem() {
        given().contentType("text/plain; charset=UTF-8").body(TEXT).when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aWrongKeyIs401Problem() {
        given().header("X-API-Key", "key-three").contentType("text/plain; charset=UTF-8").body(TEXT).when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aKeyPastItsRateIs429WithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", "key-two").contentType("text/plain; charset=UTF-8").body(TEXT).when().post(PATH)
                    .then().statusCode(200);
        }
        String retryAfter = given().header("X-API-Key", "key-two").contentType("text/plain; charset=UTF-8").body(TEXT)
                .when().post(PATH).then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).extract().header("Retry-After");
        // whole seconds to the end of the key's one-minute window, which began with its first request just now
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, "Retry-After " + seconds);
        // another key has its own allowance
        given().header("X-API-Key", "key-one").contentType("text/plain; charset=UTF-8").body(TEXT).when().post(PATH)
                .then().statusCode(200);
    }

    @Test
    void platformEndpointsNeedNoKey() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aListedExtensionOriginIsAllowedWithoutCredentials() {
        given().header("Origin", "chrome-extension://abcdefghijklmnop")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .when().options(PATH)
                .then().header("Access-Control-Allow-Origin", equalTo("chrome-extension://abcdefghijklmnop"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anUnlistedOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options(PATH)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
