package org.nutgraf.claims;

import org.nutgraf.model.LinearModel;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.StaticEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;

/**
 * A logistic regression over {@link ClaimFeatures} and a sentence's static vector ({@link StaticEncoder}): how
 * check-worthy a sentence is, as a probability (the bundled model is calibrated on news: the chance that a news
 * sentence states a fact). The vector's weights are named {@code v:0}, {@code v:1}, ... beside the features'.
 * Immutable and thread-safe. Stored as a {@link LinearModel} file.
 */
public final class CheckWorthinessModel {

    /** Where the trained weights live on the classpath. */
    public static final String RESOURCE = "claims/check-worthiness.tsv";
    /** Where the static vectors the model was trained with live on the classpath. */
    public static final String VECTORS = "claims/static-vectors.bin";
    /** The name of the weight of a vector's dimension {@code i} is this and {@code i}. */
    public static final String VECTOR = "v:";

    private final LinearModel model;
    private final double[] vectorWeights;

    public CheckWorthinessModel(Map<String, Double> weights) {
        this(new LinearModel(weights));
    }

    private CheckWorthinessModel(LinearModel model) {
        this.model = model;
        int dimensions = 0;
        for (String name : model.weights().keySet()) {
            if (name.startsWith(VECTOR)) {
                dimensions = Math.max(dimensions, Integer.parseInt(name.substring(VECTOR.length())) + 1);
            }
        }
        this.vectorWeights = new double[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vectorWeights[i] = model.weight(VECTOR + i);
        }
    }

    /** The model trained by the lab's {@code claims-train}, from the classpath. */
    public static CheckWorthinessModel bundled() {
        return bundledFile().model();
    }

    /** The model trained by the lab's {@code claims-train}, from the classpath, with its file's provenance. */
    public static ModelFile<CheckWorthinessModel> bundledFile() {
        return ModelFile.text(RESOURCE, CheckWorthinessModel::read);
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

    /** The probability, 0 to 1, that a sentence with these features and this vector is a check-worthy claim. */
    public double probability(Collection<String> features, double[] vector) {
        return LinearModel.probability(logit(features, vector));
    }

    /** The log-odds of {@link #probability}: the sum of the weights of the features. */
    public double logit(Collection<String> features) {
        return model.logit(features);
    }

    /** The log-odds with a vector: the features' weights plus the vector's dot product with its weights. */
    public double logit(Collection<String> features, double[] vector) {
        double z = model.logit(features);
        for (int i = 0; i < Math.min(vector.length, vectorWeights.length); i++) {
            z += vectorWeights[i] * vector[i];
        }
        return z;
    }

    /** How many dimensions of a sentence vector the model weighs; 0 for a model of features alone. */
    public int vectorDimensions() {
        return vectorWeights.length;
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
