package org.nutgraf.lab;

import java.util.Arrays;

/** How the benchmarks time a piece of work: warm-up runs first, then the median of timed runs. */
public final class Timing {

    private Timing() {
    }

    /** The median milliseconds of {@code runs} runs of the work after {@code warmup} untimed ones. */
    public static double p50Millis(Runnable work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(ms);
    }

    /** The median of the values (the mean of the middle two for an even count); sorts the array. */
    public static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
