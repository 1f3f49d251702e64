package org.nutgraf.nlp;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The annotators and CoreNLP properties of one pipeline. {@code application.properties} is the one place they are
 * written ({@code nutgraf.nlp.annotators} and {@code nutgraf.nlp.properties."<key>"} for summaries,
 * {@code nutgraf.nlp.claims-annotators} and {@code nutgraf.nlp.claims-properties."<key>"} for claims);
 * {@link #bundled} reads that file, through SmallRye Config, for whatever runs before or without the framework: {@link EarlyLoad}, the tests
 * and the lab's training and evaluation tools, so a model is always measured with the pipeline the service runs.
 *
 * @param annotators CoreNLP annotator names, comma-separated
 * @param properties CoreNLP properties on top of {@link ArticleReader}'s defaults
 */
public record PipelineSettings(String annotators, Map<String, String> properties) {

    /**
     * Nutgraf's defaults on top of CoreNLP's: a line break always ends a sentence, so a headline never merges
     * with the paragraph under it; sentences past 200 tokens are not tagged word by word (they are rare in
     * articles and cost the tagger most).
     */
    static final Map<String, String> DEFAULTS = Map.of(
            "tokenize.language", Track.ENGLISH,
            "ssplit.newlineIsSentenceBreak", "always",
            "pos.maxlen", "200");

    public PipelineSettings {
        annotators = annotators.replace(" ", "");
        properties = Map.copyOf(properties);
    }

    /** The settings {@code application.properties} gives the pipeline for a need. */
    public static PipelineSettings bundled(Pipelines.Need need) {
        return from(BundledFile.CONFIG, need);
    }

    /**
     * The settings a configuration gives the pipeline for a need, or null when it names no annotators. Read through
     * SmallRye Config, as the framework reads {@code NutgrafConfig}, so a key means the same in both.
     */
    static PipelineSettings from(Config config, Pipelines.Need need) {
        String prefix = need == Pipelines.Need.CLAIMS ? "nutgraf.nlp.claims-" : "nutgraf.nlp.";
        String annotators = config.getOptionalValue(prefix + "annotators", String.class).orElse(null);
        if (annotators == null) {
            return null;
        }
        Map<String, String> properties = new TreeMap<>();
        String keys = prefix + "properties.";
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(keys)) {
                properties.put(name.substring(keys.length()).replace("\"", ""),
                        config.getValue(name, String.class));
            }
        }
        return new PipelineSettings(annotators, properties);
    }

    /** The annotator names, in order, without blanks. */
    public List<String> annotatorNames() {
        return Arrays.stream(annotators.split(",")).filter(n -> !n.isEmpty()).toList();
    }

    /** What CoreNLP is given: Nutgraf's defaults, these properties over them, and the annotators. */
    public Properties coreNlpProperties() {
        Properties props = new Properties();
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(properties);
        merged.forEach(props::setProperty);
        props.setProperty("annotators", String.join(",", annotatorNames()));
        return props;
    }

    /** A key that is equal for equal settings, whatever the order the properties were given in. */
    String key() {
        return annotators + "|" + new TreeMap<>(properties);
    }

    /**
     * The bundled {@code application.properties} alone, as a SmallRye configuration, read once: for what runs before
     * or without the framework, which would add its other sources (the environment, system properties, profiles).
     */
    static final class BundledFile {

        static final Config CONFIG = read();

        private BundledFile() {
        }

        private static Config read() {
            URL file = PipelineSettings.class.getResource("/application.properties");
            SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder();
            if (file != null) {
                try {
                    builder.withSources(new PropertiesConfigSource(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return builder.build();
        }
    }
}
