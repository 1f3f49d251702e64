package org.nutgraf.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts building the pipelines that {@code application.properties} configures as the JVM starts, before the
 * framework has booted, so the two overlap: on two cores this brings the time to ready close to what a bare main
 * needs to build the same pipelines (src/bench/perf.sh measures both). It is only a head start: {@link Pipelines} takes a pipeline from here only when its annotators and
 * properties are exactly those configured at runtime, and builds its own otherwise (as when nutgraf.nlp.* is
 * overridden by the environment, which this reader of the bundled file does not see, so it stays out of the way).
 * Thread-safe.
 */
public final class EarlyLoad {

    private static final Map<String, CompletableFuture<ArticleReader>> STARTED = new ConcurrentHashMap<>();

    private EarlyLoad() {
    }

    /** Starts the configured pipelines on background threads, unless nutgraf.nlp.* is overridden outside the file. */
    public static void start() {
        boolean overridden = System.getenv().keySet().stream().anyMatch(k -> k.startsWith("NUTGRAF_NLP"))
                || System.getProperties().stringPropertyNames().stream().anyMatch(k -> k.startsWith("nutgraf.nlp."));
        Properties file = new Properties();
        try (InputStream in = EarlyLoad.class.getResourceAsStream("/application.properties")) {
            if (in == null || overridden) {
                return;
            }
            file.load(in);
        } catch (IOException e) {
            return;
        }
        for (String prefix : List.of("", "claims-")) {
            String annotators = file.getProperty("nutgraf.nlp." + prefix + "annotators");
            if (annotators == null) {
                continue;
            }
            Map<String, String> properties = properties(file, "nutgraf.nlp." + (prefix.isEmpty() ? "" : prefix) + "properties.");
            STARTED.computeIfAbsent(key(annotators, properties), k -> CompletableFuture.supplyAsync(
                    () -> ArticleReader.load(annotators, properties),
                    r -> {
                        Thread t = new Thread(r, "nutgraf-early-load");
                        t.setDaemon(true);
                        t.start();
                    }));
        }
    }

    /** The pipeline started early with exactly these settings, or null. */
    static CompletableFuture<ArticleReader> take(String annotators, Map<String, String> properties) {
        return STARTED.remove(key(annotators, properties));
    }

    private static Map<String, String> properties(Properties file, String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                map.put(name.substring(prefix.length()).replace("\"", ""), file.getProperty(name));
            }
        }
        return map;
    }

    private static String key(String annotators, Map<String, String> properties) {
        return annotators.replace(" ", "") + "|" + new java.util.TreeMap<>(properties);
    }
}
