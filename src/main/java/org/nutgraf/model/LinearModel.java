package org.nutgraf.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A trained linear model over named features: a weight per feature name, summed over the features a case has
 * (binary features count 1, valued ones their value). The service only reads such models; the lab trains and writes
 * them. Stored as text: {@code #@ key: value} lines give the provenance ({@link Provenance}: the command that remakes
 * the file, its data and their hash, trainer, settings, seed, commit), other {@code #} lines notes for people, then
 * one {@code name<TAB>weight} per line sorted by name, with a fixed number format, so that equal models are equal
 * bytes. The service reads shipped files through {@link ModelFile}. Immutable and thread-safe.
 */
public final class LinearModel {

    /** The feature every case has, whose weight is the model's intercept. */
    public static final String BIAS = "bias";

    private final Map<String, Double> weights;

    public LinearModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Reads weights written by {@link #write}; lines starting with {@code #} are comments. */
    public static LinearModel read(InputStream in) throws IOException {
        Map<String, Double> w = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new LinearModel(w);
    }

    /** Writes the header as {@code #} lines, then the weights sorted by name, four decimals. */
    public void write(Writer out, String header) throws IOException {
        write(out, Map.of(), header);
    }

    /**
     * Writes the provenance keys as {@code #@ key: value} lines ({@link Provenance}), the free-text header as
     * {@code #} lines, then the weights sorted by name, four decimals.
     */
    public void write(Writer out, Map<String, String> provenance, String header) throws IOException {
        for (var e : provenance.entrySet()) {
            out.write(Provenance.PREFIX + e.getKey() + ": " + e.getValue() + "\n");
        }
        for (String line : header.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (var e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
    }

    /** The sum of the weights of binary features that are present. */
    public double logit(Collection<String> features) {
        double z = 0;
        for (String f : features) {
            z += weight(f);
        }
        return z;
    }

    /** The bias plus each feature's weight times its value: the log-odds of a case with valued features. */
    public double logit(Map<String, Double> features) {
        double z = weight(BIAS);
        for (var f : features.entrySet()) {
            z += weight(f.getKey()) * f.getValue();
        }
        return z;
    }

    /** The logistic function of a logit: a probability, 0 to 1. */
    public static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /** The weight of one feature, 0 when the model does not know it. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** The number of features with a weight. */
    public int size() {
        return weights.size();
    }

    /** Every weight by feature name, sorted by name. */
    public SortedMap<String, Double> weights() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }
}
