package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Picks the best-scored sentences that fit a budget, never cutting one. Optionally passes over near-duplicates of
 * sentences already chosen, and keeps the summary coherent: a sentence that leans on its predecessor comes with
 * it, or is passed over when the two do not fit.
 */
final class SentenceSelector {

    /** TF-IDF cosine above which two sentences say the same thing. */
    static final double DUPLICATE_SIMILARITY = 0.5;

    /** How far back a chain of leaning sentences is followed before the sentence is passed over. */
    private static final int MAX_LEAN_CHAIN = 2;

    private final boolean removeDuplicates;
    private final boolean keepCoherent;

    SentenceSelector(boolean removeDuplicates, boolean keepCoherent) {
        this.removeDuplicates = removeDuplicates;
        this.keepCoherent = keepCoherent;
    }

    /** The indexes of the chosen sentences, best first. */
    List<Integer> select(Article article, List<SentenceScore> scores, SummaryBudget budget, int defaultSentences) {
        return select(article, scores, budget, defaultSentences, s -> true);
    }

    /** The indexes of the chosen sentences, best first, from the eligible ones only. */
    List<Integer> select(Article article, List<SentenceScore> scores, SummaryBudget budget, int defaultSentences,
                         Predicate<Sentence> eligible) {
        List<Sentence> sentences = article.sentences();
        int maxSentences = budget.maxSentences(sentences.size(), defaultSentences);
        int maxWords = budget.maxWords() == null ? Integer.MAX_VALUE : budget.maxWords();
        int maxChars = budget.maxChars() == null ? Integer.MAX_VALUE : budget.maxChars();
        SentenceVectors vectors = removeDuplicates ? new SentenceVectors(article) : null;

        List<Integer> ranked = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores.get(i).score()).thenComparingInt(i -> i))
                .toList();
        List<Integer> chosen = new ArrayList<>();
        TreeSet<Integer> chosenSet = new TreeSet<>();
        int words = 0;
        int chars = 0;
        for (int i : ranked) {
            if (chosen.size() >= maxSentences) {
                break;
            }
            if (chosenSet.contains(i) || !eligible.test(sentences.get(i))) {
                continue;
            }
            List<Integer> group = keepCoherent ? withAntecedents(sentences, i, chosenSet) : List.of(i);
            if (group.isEmpty()) {
                continue;
            }
            if (removeDuplicates && group.stream().anyMatch(g -> duplicates(vectors, g, chosenSet))) {
                continue;
            }
            int groupWords = group.stream().mapToInt(g -> sentences.get(g).wordCount()).sum();
            int groupChars = group.stream().mapToInt(g -> sentences.get(g).text().length()).sum();
            int separators = chosen.isEmpty() ? group.size() - 1 : group.size();
            if (chosen.size() + group.size() > maxSentences
                    || words + groupWords > maxWords
                    || chars + groupChars + separators > maxChars) {
                continue;
            }
            for (int g : group) {
                chosen.add(g);
                chosenSet.add(g);
            }
            words += groupWords;
            chars += groupChars + separators;
        }
        return chosen;
    }

    /**
     * The sentence with the predecessors it leans on that are not chosen yet, in document order; empty when the
     * chain is longer than {@link #MAX_LEAN_CHAIN}.
     */
    private static List<Integer> withAntecedents(List<Sentence> sentences, int i, TreeSet<Integer> chosen) {
        List<Integer> group = new ArrayList<>();
        group.add(i);
        int current = i;
        while (Coherence.dangles(sentences.get(current), chosen)) {
            if (group.size() > MAX_LEAN_CHAIN) {
                return List.of();
            }
            current--;
            group.add(0, current);
        }
        return group;
    }

    private static boolean duplicates(SentenceVectors vectors, int i, TreeSet<Integer> chosen) {
        for (int c : chosen) {
            if (vectors.cosine(i, c) > DUPLICATE_SIMILARITY) {
                return true;
            }
        }
        return false;
    }
}
