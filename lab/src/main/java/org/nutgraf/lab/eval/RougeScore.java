package org.nutgraf.lab.eval;

/**
 * One ROUGE measure of a summary against a reference: precision, recall and their harmonic mean, as fractions
 * (0 to 1) for one document, or as percentages when it is a mean over documents ({@link RougeMean#percent()}).
 */
public record RougeScore(double precision, double recall, double f1) {

    /** The scores for {@code hits} matches out of {@code systemCount} system and {@code referenceCount} reference units. */
    static RougeScore of(int hits, int systemCount, int referenceCount) {
        double p = systemCount > 0 ? (double) hits / systemCount : 0.0;
        double r = referenceCount > 0 ? (double) hits / referenceCount : 0.0;
        return new RougeScore(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }
}
