package org.nutgraf.lab.claims;

import java.util.List;

/** A yes/no classifier's answers against the labels, counted on the positive class. Not thread-safe. */
final class Confusion {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;

    /** The answers at a threshold on scored rows, each {probability, 1 if positive else 0}. */
    static Confusion at(List<double[]> scored, double threshold) {
        Confusion c = new Confusion();
        for (double[] x : scored) {
            c.add(x[0] >= threshold, x[1] > 0);
        }
        return c;
    }

    /**
     * The threshold from 0.10 to 0.90 in steps of 0.02 with the best F1 on the rows, the lowest on a tie; 0.5 when
     * no threshold has a defined F1.
     */
    static double bestThreshold(List<double[]> scored) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 10; t <= 90; t += 2) {
            double f1 = at(scored, t / 100.0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** Counts one answer. */
    void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    /** Of the negatives, the share predicted positive. */
    double falsePositiveRate() {
        return falsePositives / (double) (falsePositives + trueNegatives);
    }

    double precision() {
        return truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
        return truePositives / (double) (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return 2 * p * r / (p + r);
    }
}
