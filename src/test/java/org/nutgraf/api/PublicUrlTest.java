package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a proxy under a path prefix, the OpenAPI document names the public address the operator configured. */
@QuarkusTest
@TestProfile(PublicUrlTest.BehindAProxy.class)
class PublicUrlTest {

    /** A newsroom's proxy serves Nutgraf under /nutgraf; the operator wrote the address with a trailing slash. */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nutgraf.public-url", "https://newsroom.example/nutgraf/");
        }
    }

    @Test
    void theDocumentsOneServerIsTheConfiguredPublicUrl() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("servers.url", contains("https://newsroom.example/nutgraf"));
        // the YAML form, which Swagger UI loads, says the same
        given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("servers:\n- url: https://newsroom.example/nutgraf\n"));
    }

    @Test
    void aTrailingSlashIsDroppedSoServerAndPathJoinWithOne() {
        assertEquals("https://newsroom.example/nutgraf", ServerUrl.withoutTrailingSlash("https://newsroom.example/nutgraf//"));
        assertEquals("/nutgraf", ServerUrl.withoutTrailingSlash("/nutgraf/"));
        assertEquals("/", ServerUrl.withoutTrailingSlash("/"));
    }
}
