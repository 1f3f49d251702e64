package org.nutgraf.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over {@link ClaimFeatures}: the probability that a sentence is a check-worthy claim.
 * Immutable and thread-safe. Stored as text, one {@code name<TAB>weight} per line, sorted by name.
 */
public final class CheckWorthinessModel {

    /** Where the trained weights live on the classpath. */
    public static final String RESOURCE = "claims/check-worthiness.tsv";

    private final Map<String, Double> weights;

    public CheckWorthinessModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model trained by {@code ClaimsTraining}, from the classpath. */
    public static CheckWorthinessModel bundled() {
        InputStream in = CheckWorthinessModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The check-worthiness model " + RESOURCE + " is not on the classpath");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads weights written by {@link #write}; lines starting with {@code #} are comments. */
    public static CheckWorthinessModel read(InputStream in) throws IOException {
        Map<String, Double> w = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new CheckWorthinessModel(w);
    }

    /** Writes the weights sorted by feature name with a fixed number format, so equal models give equal bytes. */
    public void write(Writer out, String header) throws IOException {
        for (String line : header.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (var e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
    }

    /** The probability, 0 to 1, that a sentence with these features is a check-worthy claim. */
    public double probability(Collection<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The weight of one feature, 0 when the model does not know it. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }
}
