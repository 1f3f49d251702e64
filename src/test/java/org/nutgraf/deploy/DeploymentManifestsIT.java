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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dockerfile, compose file and Kubernetes manifests agree with the application: its port, its health paths
 * and the layout of the packaged jar (an IT, so it runs after packaging). The JVM options are written once, in
 * docker/jvm.options, and every start reads that file; the start-and-wait-until-ready loop is written once, in
 * docker/ready.sh, and every script uses it.
 */
class DeploymentManifestsIT {

    private static final Path DOCKER = Path.of("docker");
    private static final Path JVM_OPTIONS = DOCKER.resolve("jvm.options");
    /** Where the Dockerfile puts the options file and the archive, and how its JAVA_OPTS_APPEND names them. */
    private static final String IMAGE_OPTIONS = "/deployments/jvm.options";
    private static final String IMAGE_ARCHIVE = "/deployments/app-cds.jsa";
    private static final List<String> HEALTH = List.of("/q/health/live", "/q/health/ready", "/q/health/started");
    /**
     * The smallest memory limit docker/jvm.options names, and what every limit must leave: a heap of 1.4 GiB (264 MB
     * are live after loading and 300 articles, but in a 1 GiB heap lab/bench/rss.sh's run pauses the service two to
     * three times as long, in 512 MB four to eight times, and in 384 MB the pipelines may not even load), and 400 MiB
     * above it for metaspace, the JIT's code, threads and buffers (about 200 MB used). lab/bench/rss.sh measures them
     * (docs/operations.md#memory).
     */
    private static final String FLOOR = "2g";
    private static final long HEAP_NEEDED = 1400L << 20;
    private static final long ROOM_ABOVE_HEAP = 400L << 20;

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

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command to its end; returns its exit status and output (stdout and stderr). */
    private static Map.Entry<Integer, String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return Map.entry(p.waitFor(), out);
    }

    /** The options of docker/jvm.options, as the launcher reads them: comments dropped, one option a line. */
    private static List<String> fileJvmOptions() throws IOException {
        List<String> options = Files.readAllLines(JVM_OPTIONS).stream()
                .map(l -> l.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
        for (String option : options) {
            assertTrue(option.startsWith("-") && !option.matches(".*[\\s'\"].*"), "one plain option a line: " + option);
        }
        return options;
    }

    /** The image's JAVA_OPTS_APPEND, split at spaces as the base image's run-java.sh splits it. */
    private static List<String> imageJvmOptions() throws IOException {
        Matcher m = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(Files.readString(DOCKER.resolve("Dockerfile.jvm")));
        assertTrue(m.find(), "the Dockerfile sets JAVA_OPTS_APPEND");
        return List.of(m.group(1).trim().split("\\s+"));
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
        // the trainer, its start-and-wait library and the options it trains with, side by side as in docker/
        assertTrue(dockerfile.contains("COPY --chown=185 docker/jvm.options docker/ready.sh docker/appcds.sh /deployments/\n"));
        // trained with the options file alone, as the service then runs
        assertTrue(dockerfile.contains("RUN /deployments/appcds.sh /deployments " + IMAGE_ARCHIVE + "\n"), "archive trained in the image");
    }

    @Test
    void theImageStartsTheJvmWithTheOptionsFileAndTheArchive() throws IOException {
        // run-java.sh runs `java <its defaults> $JAVA_OPTS_APPEND -cp ... -jar ...`, unquoted: each item reaches java as
        // one argument, the argument file among them, after the defaults, so the file's options win over theirs
        assertEquals(List.of("@" + IMAGE_OPTIONS, "-XX:SharedArchiveFile=" + IMAGE_ARCHIVE), imageJvmOptions());
        for (String option : imageJvmOptions()) {
            assertFalse(option.matches(".*['\"*?\\[$].*"), "run-java.sh neither unquotes nor expands: " + option);
        }
    }

    @Test
    void aJvmReadsTheOptionsFile() throws Exception {
        // the launcher expands the file; the JVM prints the flags and the properties it was given (an unknown flag,
        // or a file it cannot read, stops it)
        Map.Entry<Integer, String> jvm = run(java(), "@" + JVM_OPTIONS, "-XX:+PrintCommandLineFlags",
                "-XshowSettings:properties", "-version");
        String out = jvm.getValue();
        assertEquals(0, jvm.getKey(), out);
        for (String option : fileJvmOptions()) {
            Matcher xmx = Pattern.compile("-Xmx(\\d+)g").matcher(option);
            Matcher property = Pattern.compile("-D([^=]+)=(.*)").matcher(option);
            if (xmx.matches()) {
                assertTrue(out.contains("-XX:MaxHeapSize=" + (Long.parseLong(xmx.group(1)) << 30)), option + ": " + out);
            } else if (property.matches()) {
                assertTrue(out.contains(property.group(1) + " = " + property.group(2)), option + ": " + out);
            } else if (option.matches("-XX:[+-]\\w+")) {
                assertTrue(out.contains(option), option + ": " + out);
            } else {
                assertTrue(option.startsWith("-XX:") && out.contains(option.replaceFirst("=.*", "=")), option + ": " + out);
            }
        }
    }

    @Test
    void classDataSharingTrainingWritesAnArchiveTheJvmMaps() throws Exception {
        Path archive = Path.of("target/appcds-it.jsa");
        Map.Entry<Integer, String> train = run("sh", "docker/appcds.sh", "target/quarkus-app", archive.toString());
        assertEquals(0, train.getKey(), train.getValue());
        assertTrue(Files.size(archive) > 1_000_000, train.getValue());
        // -Xshare:on makes the JVM refuse to start unless it can map the archive with the file's options and its
        // class path matches
        Map.Entry<Integer, String> check = run(java(), "-Xshare:on", "@" + JVM_OPTIONS, "-XX:SharedArchiveFile=" + archive,
                "-cp", "target/quarkus-app/quarkus-run.jar", "-version");
        assertEquals(0, check.getKey(), check.getValue());
    }

    @Test
    void thePackagedAppCarriesOnlyTheModelFilesItsPipelinesLoad() throws IOException {
        Path lib = Path.of("target/quarkus-app/lib");
        try (var jars = Files.walk(lib)) {
            assertTrue(jars.map(p -> p.getFileName().toString()).noneMatch(n -> n.contains("stanford-corenlp")
                    && n.contains("models")), "the whole CoreNLP models jar is packaged");
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
    void dockerIgnoreLetsOnlyTheBuildOutputAndTheFilesTheImageCopiesThrough() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!target/quarkus-app/", "target/quarkus-app/*.jsa",
                "!docker/jvm.options", "!docker/ready.sh", "!docker/appcds.sh"), lines);
    }

    private static Map<String, Object> kubernetesDoc(String kind) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(Files.readString(DOCKER.resolve("kubernetes.yaml"))).forEach(d -> docs.add(at(d)));
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow();
    }

    @Test
    void composeAndKubernetesStartTheJvmAsTheImageDoes() throws IOException {
        // JAVA_OPTS replaces run-java.sh's options and the file; JAVA_OPTS_APPEND replaces the image's: a manifest
        // may set it only to the image's value with more options after it (a later option wins over the file's)
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, String> composeEnv = at(compose, "services", "nutgraf", "environment");
        Map<String, String> kubernetesEnv = new java.util.HashMap<>();
        List<Map<String, String>> env = at(kubernetesDoc("Deployment"), "spec", "template", "spec", "containers", "0", "env");
        for (Map<String, String> e : env == null ? List.<Map<String, String>>of() : env) {
            kubernetesEnv.put(e.get("name"), e.get("value"));
        }
        for (Map<String, String> manifestEnv : List.of(composeEnv == null ? Map.<String, String>of() : composeEnv, kubernetesEnv)) {
            assertFalse(manifestEnv.containsKey("JAVA_OPTS"), "JAVA_OPTS drops the options file");
            String append = manifestEnv.get("JAVA_OPTS_APPEND");
            if (append != null) {
                List<String> options = List.of(append.trim().split("\\s+"));
                assertEquals(imageJvmOptions(), options.subList(0, Math.min(options.size(), imageJvmOptions().size())),
                        "JAVA_OPTS_APPEND must begin with the image's value");
            }
        }
    }

    /** The scripts that start or wait for the service, with the Dockerfile and the manifests. */
    private static List<Path> startingPlaces() throws IOException {
        List<Path> places = new ArrayList<>(List.of(Path.of(".ci/run"), Path.of("src/test/e2e/run.sh"),
                DOCKER.resolve("Dockerfile.jvm"), DOCKER.resolve("compose.yaml"), DOCKER.resolve("kubernetes.yaml")));
        for (Path dir : List.of(DOCKER, Path.of("src/test/sh"), Path.of("lab/bench"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".sh")).sorted().forEach(places::add);
            }
        }
        return places;
    }

    @Test
    void noOtherPlaceWritesTheJvmOptionsOrStartsTheJarItself() throws IOException {
        Pattern javaJar = Pattern.compile("\\bjava\\b.*\\s-jar\\s");
        for (Path place : startingPlaces()) {
            String text = Files.readString(place);
            for (String option : fileJvmOptions()) {
                assertFalse(Pattern.compile("(^|[\\s\"'=])" + Pattern.quote(option) + "($|[\\s\"'])", Pattern.MULTILINE)
                        .matcher(text).find(), place + " repeats " + option + " of " + JVM_OPTIONS);
            }
            if (place.equals(DOCKER.resolve("ready.sh"))) {
                continue;
            }
            // one start (nutgraf_start: java @jvm.options ... -jar) and one ready-wait, both in docker/ready.sh
            for (String line : text.lines().filter(l -> !l.trim().startsWith("#")).toList()) {
                assertFalse(javaJar.matcher(line).find(), place + " starts the jar itself: " + line);
                if (place.toString().endsWith(".sh")) {
                    assertFalse(line.contains("/q/health/ready"), place + " waits for readiness itself: " + line);
                }
            }
            if (text.contains("lab/run ")) {
                assertTrue(text.contains("LAB_JAVA_OPTS=\"@docker/jvm.options"), place + " runs the lab without the options file");
            }
        }
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

    /** The heap maximum the JVM chooses with the options file when its memory limit is {@code limitBytes}. */
    private static long heapUnder(long limitBytes) throws Exception {
        // -XX:MaxRAM stands in for a container's memory limit: the JVM sizes its heap from either the same way
        Map.Entry<Integer, String> jvm = run(java(), "@" + JVM_OPTIONS, "-XX:MaxRAM=" + limitBytes,
                "-XX:+PrintFlagsFinal", "-version");
        assertEquals(0, jvm.getKey(), jvm.getValue());
        Matcher heap = Pattern.compile("\\bMaxHeapSize\\s+=\\s+(\\d+)").matcher(jvm.getValue());
        assertTrue(heap.find(), jvm.getValue());
        return Long.parseLong(heap.group(1));
    }

    private static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi|m|g)").matcher(quantity);
        assertTrue(m.matches(), "a memory limit in Mi, Gi, m or g: " + quantity);
        return Long.parseLong(m.group(1)) << (m.group(2).startsWith("G") || m.group(2).equals("g") ? 30 : 20);
    }

    @Test
    void theHeapFollowsTheMemoryLimitWithTheMeasuredNeedBelowAndRoomAbove() throws Exception {
        // no fixed heap in the file: the JVM sizes it from the limit it is given (the container's, or the machine's)
        for (String option : fileJvmOptions()) {
            assertFalse(option.matches("-Xmx.*|-XX:MaxHeapSize=.*|-XX:MaxRAM=.*"), "a fixed size in the file: " + option);
        }
        assertTrue(heapUnder(4L << 30) > heapUnder(2L << 30), "the heap follows the memory limit");
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Object> container = at(kubernetesDoc("Deployment"), "spec", "template", "spec", "containers", "0");
        List<String> limits = List.of(at(compose, "services", "nutgraf", "mem_limit"),
                at(container, "resources", "limits", "memory"), FLOOR);
        for (String limit : limits) {
            long heap = heapUnder(bytes(limit));
            assertTrue(heap >= HEAP_NEEDED, limit + " gives a heap of " + (heap >> 20) + " MB");
            assertTrue(bytes(limit) - heap >= ROOM_ABOVE_HEAP, limit + " leaves " + ((bytes(limit) - heap) >> 20) + " MB above the heap");
        }
    }

    @Test
    void kubernetesProbesPortsAndScalingMatchTheApplication() throws IOException {
        Map<String, Object> deployment = kubernetesDoc("Deployment");
        Map<String, Object> service = kubernetesDoc("Service");
        Map<String, Object> hpa = kubernetesDoc("HorizontalPodAutoscaler");

        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", "0");
        assertEquals(appPort(), (Integer) at(container, "ports", "0", "containerPort"));
        assertEquals("/q/health/started", at(container, "startupProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertTrue(HEALTH.contains(at(container, probe, "httpGet", "path")));
            assertEquals("http", at(container, probe, "httpGet", "port"));
        }
        Map<String, String> labels = at(deployment, "spec", "template", "metadata", "labels");
        assertEquals((Object) labels, at(service, "spec", "selector"));
        assertEquals("http", at(service, "spec", "ports", "0", "targetPort"));
        assertEquals((Object) at(deployment, "metadata", "name"), at(hpa, "spec", "scaleTargetRef", "name"));
        assertEquals("cpu", at(hpa, "spec", "metrics", "0", "resource", "name"));
    }
}
