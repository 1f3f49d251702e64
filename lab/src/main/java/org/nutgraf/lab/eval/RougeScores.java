package org.nutgraf.lab.eval;

/**
 * The four ROUGE measures of one summary (or their mean over many).
 *
 * @param rouge1    unigram overlap
 * @param rouge2    bigram overlap
 * @param rougeL    longest common subsequence over the whole token sequence
 * @param rougeLsum summary-level union LCS over sentences (lines): what ROUGE-1.5.5 reports as ROUGE-L
 */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeLsum) {

    /** The scores of an empty summary, or any summary against an empty reference. */
    public static final RougeScores ZERO = new RougeScores(RougeScore.of(0, 0, 0), RougeScore.of(0, 0, 0),
            RougeScore.of(0, 0, 0), RougeScore.of(0, 0, 0));

    /** The measures in rouge.py's order, R-L, R-Lsum. */
    public RougeScore[] all() {
        return new RougeScore[] {rouge1, rouge2, rougeL, rougeLsum};
    }

    /** Per measure, whichever of the two has the higher F1; this one on a tie, as rouge.py's {@code max} does. */
    public RougeScores bestOf(RougeScores other) {
        return new RougeScores(better(rouge1, other.rouge1), better(rouge2, other.rouge2),
                better(rougeL, other.rougeL), better(rougeLsum, other.rougeLsum));
    }

    private static RougeScore better(RougeScore mine, RougeScore theirs) {
        return theirs.f1() > mine.f1() ? theirs : mine;
    }
}
