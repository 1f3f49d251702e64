package org.nutgraf.claims;

import org.nutgraf.model.LinearModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;

/**
 * A logistic regression over {@link ClaimFeatures}: the probability that a sentence is a check-worthy claim.
 * Immutable and thread-safe. Stored as a {@link LinearModel} file.
 */
public final class CheckWorthinessModel {

    /** Where the trained weights live on the classpath. */
    public static final String RESOURCE = "claims/check-worthiness.tsv";

    private final LinearModel model;

    public CheckWorthinessModel(Map<String, Double> weights) {
        this(new LinearModel(weights));
    }

    private CheckWorthinessModel(LinearModel model) {
        this.model = model;
    }

    /** The model trained by the lab's {@code claims-train}, from the classpath. */
    public static CheckWorthinessModel bundled() {
        return new CheckWorthinessModel(LinearModel.resource(RESOURCE));
    }

    /** Reads weights written by {@link #write}. */
    public static CheckWorthinessModel read(InputStream in) throws IOException {
        return new CheckWorthinessModel(LinearModel.read(in));
    }

    /** Writes the weights with a provenance header; equal models give equal bytes. */
    public void write(Writer out, String header) throws IOException {
        model.write(out, header);
    }

    /** The probability, 0 to 1, that a sentence with these features is a check-worthy claim. */
    public double probability(Collection<String> features) {
        return LinearModel.probability(model.logit(features));
    }

    /** The weight of one feature, 0 when the model does not know it. */
    public double weight(String feature) {
        return model.weight(feature);
    }

    /** Every weight by feature name, sorted by name. */
    public SortedMap<String, Double> weights() {
        return model.weights();
    }

    /** The number of features with a weight. */
    public int size() {
        return model.size();
    }
}
