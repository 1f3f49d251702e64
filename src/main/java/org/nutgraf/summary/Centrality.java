package org.nutgraf.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PageRank over a weighted, undirected graph held as adjacency maps: the centrality behind TextRank, LexRank and
 * keyword ranking. Sparse, so a graph of thousands of nodes with few edges stays cheap.
 */
final class Centrality {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private final List<Map<Integer, Double>> edges;

    Centrality(int nodes) {
        edges = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            edges.add(new TreeMap<>());
        }
    }

    /** Adds {@code weight} to the undirected edge between a and b; self-loops and non-positive weights are ignored. */
    void connect(int a, int b, double weight) {
        if (a != b && weight > 0) {
            edges.get(a).merge(b, weight, Double::sum);
            edges.get(b).merge(a, weight, Double::sum);
        }
    }

    /** One rank per node, summing to 1; nodes without edges share the teleport mass. */
    double[] pageRank() {
        int n = edges.size();
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            outSum[i] = edges.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
        }
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if (Thread.currentThread().isInterrupted()) {
                // the request's time budget ran out: stop rather than finish work nobody will read
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    dangling += rank[i];
                }
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                double in = 0;
                for (Map.Entry<Integer, Double> e : edges.get(j).entrySet()) {
                    int i = e.getKey();
                    in += rank[i] * e.getValue() / outSum[i];
                }
                next[j] = (1 - DAMPING) / n + DAMPING * (in + dangling / n);
                delta += Math.abs(next[j] - rank[j]);
            }
            System.arraycopy(next, 0, rank, 0, n);
            if (delta < TOLERANCE) {
                break;
            }
        }
        return rank;
    }

    /** Scales values so the largest is 1 (all zeros stay zeros). */
    static double[] scaleToMax(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] out = new double[values.length];
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i] / max;
            }
        }
        return out;
    }
}
