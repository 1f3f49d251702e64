package org.nutgraf.lab.eval;

/** The mean of per-document ROUGE scores, summed in the order added (keep it fixed for exact figures). Not thread-safe. */
public final class RougeMean {

    private final double[][] totals = new double[4][3];
    private int documents;

    /** Adds one document's scores. */
    public void add(RougeScores scores) {
        RougeScore[] all = scores.all();
        for (int m = 0; m < all.length; m++) {
            totals[m][0] += all[m].precision();
            totals[m][1] += all[m].recall();
            totals[m][2] += all[m].f1();
        }
        documents++;
    }

    /** How many documents were added. */
    public int documents() {
        return documents;
    }

    /** The mean scores times 100, computed as rouge.py does ({@code 100 * total / n}); all zero when empty. */
    public RougeScores percent() {
        if (documents == 0) {
            return RougeScores.ZERO;
        }
        RougeScore[] out = new RougeScore[4];
        for (int m = 0; m < 4; m++) {
            out[m] = new RougeScore(100 * totals[m][0] / documents, 100 * totals[m][1] / documents,
                    100 * totals[m][2] / documents);
        }
        return new RougeScores(out[0], out[1], out[2], out[3]);
    }
}
