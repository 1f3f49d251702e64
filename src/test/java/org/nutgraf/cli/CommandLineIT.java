package org.nutgraf.cli;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.api.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar's command line gives the API's summaries, without a server. */
@QuarkusIntegrationTest
class CommandLineIT {

    @org.junit.jupiter.api.BeforeEach
    void serviceIsReady() {
        org.nutgraf.api.Ready.await();
    }

    record Run(int status, String out, String err) {
    }

    static Run summarize(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/quarkus-app/quarkus-run.jar", "summarize"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    private static String apiSummary(String text, String query) {
        return given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/summaries" + query).then().statusCode(200).extract().jsonPath().getString("summary.text");
    }

    @Test
    void aFilePrintsTheSameSummaryAsTheApi(@TempDir Path dir) throws Exception {
        String text = Fixtures.article("harbour-museum-pasted.txt");
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text);
        Run run = summarize(null, "--sentences", "2", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(apiSummary(text, "?sentences=2"), JsonPath.from(run.out()).getString("summary.text"));
    }

    @Test
    void theSharedSamplePrintsTheSameSummaryAsTheApi() throws Exception {
        String text = Fixtures.sharedText("samples/kazakhstan-oped-pasted.txt");
        Run run = summarize(null, Fixtures.shared().resolve("samples/kazakhstan-oped-pasted.txt").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(apiSummary(text, ""), JsonPath.from(run.out()).getString("summary.text"));
    }

    @Test
    void theEntitiesFlagGivesTheApisEntitiesWithoutClaims(@TempDir Path dir) throws Exception {
        String text = Fixtures.article("port-strike-pasted.txt");
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text);
        Run run = summarize(null, "--no-claims", "--entities", file.toString());
        assertEquals(0, run.status(), run.err());
        JsonPath printed = JsonPath.from(run.out());
        assertNull(printed.get("keyClaims"));
        List<Object> api = given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/summaries?claims=false&entities=true").then().statusCode(200).extract()
                .jsonPath().getList("entities");
        assertFalse(api.isEmpty());
        assertEquals(api, printed.getList("entities"));
    }

    @Test
    void aFolderPrintsALinePerArticleWithAProgressBar(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The council approved the plan on Monday. Residents cheered the vote.");
        Files.writeString(dir.resolve("b.txt"), "A stolen bell was returned to the museum. It goes on display in March.");
        Files.writeString(dir.resolve("c.txt"), "   ");
        Run run = summarize(null, dir.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size());
        assertEquals("a.txt", JsonPath.from(lines.get(0)).getString("file"));
        assertEquals(400, JsonPath.from(lines.get(2)).getInt("problem.status"));
        assertEquals(1, run.status(), "a failed article is reported in the status");
        assertTrue(run.err().contains("3/3"), run.err());
    }

    @Test
    void ndjsonOnStdinGivesNdjsonOnStdout(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, "{\"id\": \"x\", \"text\": \"The council approved the plan on Monday. Residents cheered.\"}\n"
                + "{\"id\": \"y\", \"text\": \"A stolen bell was returned. It goes on display in March.\"}\n");
        Run run = summarize(in, "-");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("y", JsonPath.from(lines.get(1)).getString("id"));
    }

    @Test
    void eachStdinLineIsTheResultLineTheBatchEndpointAnswers(@TempDir Path dir) throws Exception {
        String ndjson = "{\"id\": \"x\", \"text\": \"The council approved the plan on Monday. Residents cheered.\"}\n"
                + "{\"id\": \"y\", \"text\": \"   \"}\n"
                + "not json\n"
                + "{\"id\": \"z\", \"text\": \"A stolen bell was returned.\", \"options\": {\"sentences\": 0}}\n";
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, ndjson);
        Run run = summarize(in, "-");
        assertEquals(1, run.status(), "three of the four articles fail: " + run.err());
        List<Object> printed = run.out().lines().map(l -> JsonPath.from(l).get("$")).toList();
        List<Object> served = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/summaries/batch").then().statusCode(200).extract().asString().lines()
                .map(l -> JsonPath.from(l).get("$"))
                .sorted(java.util.Comparator.comparingInt(o -> (Integer) ((Map<?, ?>) o).get("index"))).toList();
        assertEquals(served, printed);
        assertEquals(List.of(200, 400, 400, 400), printed.stream().map(o -> ((Map<?, ?>) o).get("status")).toList());
    }

    @Test
    void helpPrintsTheUsageOnStdoutAndExitsZero() throws Exception {
        Run run = summarize(null, "--help");
        assertEquals(0, run.status(), run.err());
        assertEquals("Usage: java -jar quarkus-run.jar summarize [OPTIONS] FILE|FOLDER|-", run.out().lines().findFirst().orElseThrow());
        for (String flag : List.of("--algorithm=NAME", "--sentences=N", "--max-words=N", "--[no-]clean", "--[no-]claims",
                "--max-claims=N", "--min-score=S", "--include=PART", "--preset=NAME", "--title=TEXT")) {
            assertTrue(run.out().contains(flag), flag + " in\n" + run.out());
        }
        assertTrue(run.out().contains("push-alert, social, newsletter, brief"), run.out());
    }

    @Test
    void anUnknownOptionExitsTwoWithPicocliSMessageAndTheSynopsis(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "The council approved the plan on Monday.");
        Run run = summarize(null, "--bogus", file.toString());
        assertEquals(2, run.status());
        assertEquals(List.of("Unknown option: '--bogus'",
                "Usage: java -jar quarkus-run.jar summarize [OPTIONS] FILE|FOLDER|-",
                "Try --help for the options."), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void anOptionOutOfRangeIsRefusedInTheApisWords(@TempDir Path dir) throws Exception {
        String text = "The council approved the plan on Monday. Residents cheered the vote.";
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        String api = given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/summaries?sentences=0").then().statusCode(400).extract().jsonPath().getString("detail");
        Run run = summarize(null, "--sentences", "0", file.toString());
        assertEquals(2, run.status());
        assertEquals(api, run.err().lines().findFirst().orElseThrow());
        assertEquals("", run.out());
    }
}
