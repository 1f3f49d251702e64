package org.nutgraf.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dockerfile, compose file and Kubernetes manifests agree with the application: its port, its health paths
 * and the layout of the packaged jar (an IT, so it runs after packaging).
 */
class DeploymentManifestsIT {

    private static final Path DOCKER = Path.of("docker");
    private static final List<String> HEALTH = List.of("/q/health/live", "/q/health/ready", "/q/health/started");

    private static int appPort() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return Integer.parseInt(p.getProperty("quarkus.http.port", "8080"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object n = node;
        for (String key : path) {
            n = key.matches("\\d+") ? ((List<Object>) n).get(Integer.parseInt(key)) : ((Map<String, Object>) n).get(key);
        }
        return (T) n;
    }

    @Test
    void dockerfileCopiesThePackagedLayoutAndRunsItsJar() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile.jvm"));
        Path app = Path.of("target/quarkus-app");
        for (String dir : List.of("lib", "app", "quarkus")) {
            assertTrue(dockerfile.contains("target/quarkus-app/" + dir + "/ /deployments/" + dir + "/"), dir);
            assertTrue(Files.isDirectory(app.resolve(dir)), "built layout has " + dir);
        }
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        assertTrue(Files.isRegularFile(app.resolve("quarkus-run.jar")));
        assertTrue(dockerfile.contains("EXPOSE " + appPort()));
        assertTrue(dockerfile.contains("USER 185"), "non-root");
        Matcher health = Pattern.compile("HEALTHCHECK[^\\n]*\\n[^\\n]*localhost:(\\d+)(/q/health/\\w+)").matcher(dockerfile);
        assertTrue(health.find(), "HEALTHCHECK on readiness");
        assertEquals(appPort(), Integer.parseInt(health.group(1)));
        assertEquals("/q/health/ready", health.group(2));
        assertTrue(dockerfile.contains("JAVA_OPTS_APPEND=\"-Xmx"), "heap set through JAVA_OPTS_APPEND");
        assertTrue(dockerfile.contains("RUN /deployments/appcds.sh /deployments /deployments/app-cds.jsa"), "archive trained in the image");
        assertTrue(dockerfile.contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"), "and used at start");
    }

    @Test
    void classDataSharingTrainingWritesAnArchiveTheJvmMaps() throws Exception {
        Path archive = Path.of("target/appcds-it.jsa");
        Process train = new ProcessBuilder("sh", "docker/appcds.sh", "target/quarkus-app", archive.toString(), "-Xmx2g")
                .redirectErrorStream(true).start();
        String out = new String(train.getInputStream().readAllBytes());
        assertEquals(0, train.waitFor(), out);
        assertTrue(Files.size(archive) > 1_000_000, out);
        // -Xshare:on makes the JVM refuse to start unless it can map the archive and its class path matches
        Process check = new ProcessBuilder("java", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-cp", "target/quarkus-app/quarkus-run.jar", "-version")
                .redirectErrorStream(true).start();
        String version = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), version);
    }

    @Test
    void thePackagedAppCarriesOnlyTheModelFilesItsPipelinesLoad() throws IOException {
        Path lib = Path.of("target/quarkus-app/lib");
        try (var jars = Files.walk(lib)) {
            assertTrue(jars.noneMatch(p -> p.getFileName().toString().contains("models")), "the whole models jar is packaged");
        }
        Path app;
        try (var jars = Files.list(Path.of("target/quarkus-app/app"))) {
            app = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (var zip = new java.util.zip.ZipFile(app.toFile())) {
            List<String> models = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("edu/stanford/nlp/models/") && !n.endsWith("/")).sorted().toList();
            assertEquals(List.of("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                    "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger"), models);
        }
        // that they are enough is shown by PlatformEndpointsIT: readiness is UP on this jar with both pipelines loaded
    }

    @Test
    void dockerIgnoreLetsOnlyTheBuildOutputAndTheArchiveTrainerThrough() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!target/quarkus-app/", "!docker/appcds.sh"), lines);
    }

    /** The JVM options the Dockerfile sets, one per item. */
    private static List<String> imageJvmOptions() throws IOException {
        Matcher m = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(Files.readString(DOCKER.resolve("Dockerfile.jvm")));
        assertTrue(m.find(), "the Dockerfile sets JAVA_OPTS_APPEND");
        return List.of(m.group(1).trim().split(" +"));
    }

    @Test
    void composeAndKubernetesStartTheJvmAsTheImageDoes() throws IOException {
        // JAVA_OPTS_APPEND replaces the image's options: the manifests must repeat them all (the archive included)
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        String composeOpts = at(compose, "services", "nutgraf", "environment", "JAVA_OPTS_APPEND");
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(Files.readString(DOCKER.resolve("kubernetes.yaml"))).forEach(d -> docs.add(at(d)));
        Map<String, Object> deployment = docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        assertEquals("JAVA_OPTS_APPEND", at(deployment, "spec", "template", "spec", "containers", "0", "env", "0", "name"));
        String kubernetesOpts = at(deployment, "spec", "template", "spec", "containers", "0", "env", "0", "value");
        assertTrue(imageJvmOptions().contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"));
        assertEquals(imageJvmOptions(), List.of(composeOpts.trim().split(" +")));
        assertEquals(imageJvmOptions(), List.of(kubernetesOpts.trim().split(" +")));
    }

    @Test
    void composeChecksReadinessOnTheApplicationsPort() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Object> service = at(compose, "services", "nutgraf");
        List<String> test = at(service, "healthcheck", "test");
        assertEquals("http://localhost:" + appPort() + "/q/health/ready", test.get(test.size() - 1));
        List<String> ports = at(service, "ports");
        assertTrue(ports.get(0).endsWith(":" + appPort()));
        assertEquals("docker/Dockerfile.jvm", at(service, "build", "dockerfile"));
    }

    @Test
    void kubernetesProbesPortsAndScalingMatchTheApplication() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(Files.readString(DOCKER.resolve("kubernetes.yaml"))).forEach(d -> docs.add(at(d)));
        Map<String, Object> deployment = docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> service = docs.stream().filter(d -> "Service".equals(d.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> hpa = docs.stream().filter(d -> "HorizontalPodAutoscaler".equals(d.get("kind"))).findFirst().orElseThrow();

        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", "0");
        assertEquals(appPort(), (Integer) at(container, "ports", "0", "containerPort"));
        assertEquals("/q/health/started", at(container, "startupProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertTrue(HEALTH.contains(at(container, probe, "httpGet", "path")));
            assertEquals("http", at(container, probe, "httpGet", "port"));
        }
        // the memory limit leaves room above the heap for metaspace, threads and the JIT
        String opts = at(container, "env", "0", "value");
        Matcher xmx = Pattern.compile("-Xmx(\\d+)g").matcher(opts);
        assertTrue(xmx.find());
        String limit = at(container, "resources", "limits", "memory");
        assertTrue(Integer.parseInt(limit.replace("Gi", "")) > Integer.parseInt(xmx.group(1)), limit + " vs " + opts);

        Map<String, String> labels = at(deployment, "spec", "template", "metadata", "labels");
        assertEquals((Object) labels, at(service, "spec", "selector"));
        assertEquals("http", at(service, "spec", "ports", "0", "targetPort"));
        assertEquals((Object) at(deployment, "metadata", "name"), at(hpa, "spec", "scaleTargetRef", "name"));
        assertEquals("cpu", at(hpa, "spec", "metrics", "0", "resource", "name"));
    }
}
