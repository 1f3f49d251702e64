package org.nutgraf.lab.summary;

import org.nutgraf.article.Sentence;
import org.nutgraf.lab.eval.Rouge;
import org.nutgraf.lab.eval.RougeScores;
import org.nutgraf.lab.summary.SummarySets.Item;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.ChosenSentence;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Summaries of a list of articles, with their ROUGE and how many of their sentences dangle. */
final class SummaryRuns {

    /**
     * What one summary scored.
     *
     * @param scores    ROUGE against the best-matching reference
     * @param sentences sentences chosen
     * @param dangling  chosen sentences that open with a pronoun or connective whose previous sentence is left out
     * @param longest   words in the longest chosen sentence
     */
    record Outcome(RougeScores scores, int sentences, int dangling, int longest) {
    }

    /**
     * Words that make a sentence lean on the one before when they open it. The evaluator's own list, on purpose
     * not the selector's ({@code summary.Coherence}): personal and demonstrative pronouns by their part of speech,
     * and connectives by a short list, so the measure does not grade the selector by its own rule.
     */
    private static final Set<String> CONNECTIVES = Set.of("but", "however", "also", "and", "so", "yet", "still",
            "meanwhile", "moreover", "instead", "nevertheless", "then", "thus", "therefore", "this", "these", "those",
            "that", "such", "or", "nor", "furthermore", "besides");

    private SummaryRuns() {
    }

    /** The {@code k}-sentence summary of each article by one algorithm, scored. */
    static List<Outcome> run(List<Item> items, Summarizer summarizer, Algorithm algorithm, int k, Rouge rouge) {
        return items.parallelStream().map(item -> {
            Summary summary = summarizer.summarize(item.article(), algorithm, new SummaryBudget(k, null, null, null), k);
            List<ChosenSentence> chosen = summary.sentences();
            String text = chosen.stream().map(c -> c.sentence().text().replaceAll("\\s+", " "))
                    .collect(Collectors.joining("\n"));
            TreeSet<Integer> indexes = chosen.stream().map(c -> c.sentence().index())
                    .collect(Collectors.toCollection(TreeSet::new));
            int dangling = (int) chosen.stream().filter(c -> dangles(c.sentence(), indexes)).count();
            RougeScores scores;
            synchronized (rouge) {
                scores = rouge.scoreBest(text, item.references());
            }
            int longest = chosen.stream().mapToInt(c -> c.sentence().wordCount()).max().orElse(0);
            return new Outcome(scores, chosen.size(), dangling, longest);
        }).toList();
    }

    /** The evaluator's dangling rule: see {@link #CONNECTIVES}. */
    static boolean dangles(Sentence s, Set<Integer> chosen) {
        if (s.index() == 0 || chosen.contains(s.index() - 1)) {
            return false;
        }
        return s.tokens().stream().filter(t -> t.isWord()).findFirst()
                .map(t -> t.tag().equals("PRP") || t.tag().equals("PRP$")
                        || CONNECTIVES.contains(t.word().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /** Mean ROUGE-1 F1 x100 of a list of outcomes. */
    static double meanRouge1(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(o -> o.scores().rouge1().f1()).average().orElse(0) * 100;
    }
}
