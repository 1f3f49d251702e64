package org.nutgraf.summary;

/**
 * How long a summary may be. Every limit given is honoured at once; null means no limit of that kind. When no
 * limit is given at all, the summary has {@code defaultSentences} sentences.
 *
 * @param sentences at most this many sentences
 * @param ratio     at most this share of the article's sentences (at least one sentence)
 * @param maxWords  at most this many words in all
 * @param maxChars  at most this many characters in all, counting the sentences' own text
 */
public record SummaryBudget(Integer sentences, Double ratio, Integer maxWords, Integer maxChars) {

    /** The limits in words, for documentation: {@code at most 1 sentence and 120 characters}. */
    public String describe() {
        java.util.List<String> limits = new java.util.ArrayList<>();
        if (sentences != null) {
            limits.add(sentences + (sentences == 1 ? " sentence" : " sentences"));
        }
        if (ratio != null) {
            limits.add(Math.round(ratio * 100) + "% of the sentences");
        }
        if (maxWords != null) {
            limits.add(maxWords + " words");
        }
        if (maxChars != null) {
            limits.add(maxChars + " characters");
        }
        return limits.isEmpty() ? "no limit" : "at most " + String.join(" and ", limits);
    }

    /** The most sentences allowed for an article of {@code articleSentences} sentences. */
    public int maxSentences(int articleSentences, int defaultSentences) {
        int max = articleSentences;
        if (sentences != null) {
            max = Math.min(max, sentences);
        }
        if (ratio != null) {
            max = Math.min(max, Math.max(1, (int) Math.round(ratio * articleSentences)));
        }
        if (sentences == null && ratio == null && maxWords == null && maxChars == null) {
            max = Math.min(max, defaultSentences);
        }
        return max;
    }
}
