package org.nutgraf.summary;

import java.util.Comparator;
import java.util.List;

/**
 * An extractive summary: whole sentences of the article, in document order.
 *
 * @param algorithm the scorer that chose them
 * @param sentences the chosen sentences in document order
 */
public record Summary(Algorithm algorithm, List<ChosenSentence> sentences) {

    public Summary {
        sentences = sentences.stream().sorted(Comparator.comparingInt(c -> c.sentence().index())).toList();
    }

    /** The chosen sentences, best first. */
    public List<ChosenSentence> inRankOrder() {
        return sentences.stream().sorted(Comparator.comparingInt(ChosenSentence::rank)).toList();
    }

    /** The number of words in the summary. */
    public int wordCount() {
        return sentences.stream().mapToInt(c -> c.sentence().wordCount()).sum();
    }
}
