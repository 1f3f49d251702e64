package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlatformEndpointsTest {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        Ready.await();
    }

    @Test
    void openApiDocumentsTheSummariesEndpointWithExamples() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Nutgraf API"))
                .body("info.license.name", equalTo("GPL-3.0-or-later"))
                .body("paths.'/api/v1/summaries'.post.requestBody.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/summaries'.post.requestBody.content.'text/plain'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/summaries'.post.responses.'413'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void openApiNamesTheRelativeServerSoTryItOutCallsTheHostItWasLoadedFrom() {
        // not http://localhost:8080: Swagger UI resolves "/" against the document's own address, on any port
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("servers.url", org.hamcrest.Matchers.contains("/"));
    }

    @Test
    void metricsShowNutgrafsOwnMetersAfterARequest() {
        given().contentType("text/plain; charset=UTF-8").body("The council approved the plan. Residents cheered.")
                .when().post("/api/v1/summaries").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("nutgraf_nlp_time_seconds_count"))
                .body(containsString("nutgraf_pool_queued"))
                .body(containsString("nutgraf_pool_rejections_total"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readinessIsUpWithThePipelineLoaded() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'corenlp-pipelines' }.data.'summary.annotators'", containsString("pos"))
                .body("checks.find { it.name == 'corenlp-pipelines' }.data.'claims.annotators'", containsString("ner"));
    }

    @Test
    void readinessListsEveryModelFileShippedWithItsHash() throws IOException {
        Map<String, String> listed = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks.find { it.name == 'models' }.data");
        Path resources = Path.of("src/main/resources");
        List<String> shipped;
        try (Stream<Path> files = Files.walk(resources)) {
            shipped = files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".bin"))
                    .map(p -> resources.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertFalse(shipped.isEmpty(), "no model files found under " + resources.toAbsolutePath());
        for (String file : shipped) {
            assertTrue(listed.containsKey(file), file + " is not listed in " + listed.keySet());
            assertTrue(listed.get(file).matches("[0-9a-f]{12} .+"), file + ": " + listed.get(file));
        }
        assertTrue(listed.containsKey("langdetect-183.bin"), "the language detector's model: " + listed.keySet());
    }
}
