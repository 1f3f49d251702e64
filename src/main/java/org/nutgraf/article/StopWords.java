package org.nutgraf.article;

import java.util.Set;

/** English function words that carry no topic: scoring and keywords leave them out. */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "else", "even", "ever",
            "few", "for", "from", "further", "get", "go", "had", "has", "have", "having", "he", "her", "here",
            "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "let", "like", "may", "me", "might", "more", "most", "much", "must", "my",
            "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "really", "same",
            "say", "shall", "she", "should", "so", "some", "still", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were",
            "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
            "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
            "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "mr.", "mrs.", "ms.", "yes", "ok", "okay", "oh",
            "make", "take", "come", "use", "many", "lot", "thing", "way", "back", "around", "another");

    private StopWords() {
    }

    /** True when the lower-cased lemma is a stop word. */
    public static boolean contains(String lemma) {
        return WORDS.contains(lemma);
    }
}
