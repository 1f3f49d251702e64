package org.nutgraf.summary;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells when a sentence leans on the one before it: it opens with a pronoun or a connective whose referent or
 * antecedent is in the previous sentence ("He said...", "But the plan...", "These figures..."). Such a sentence
 * dangles in a summary that leaves its predecessor out.
 */
public final class Coherence {

    private static final Set<String> LEANING_OPENERS = Set.of(
            "he", "she", "they", "it", "this", "these", "those", "that", "his", "her", "their", "its", "him",
            "them", "but", "however", "also", "and", "so", "yet", "still", "meanwhile", "moreover", "furthermore",
            "instead", "nevertheless", "nonetheless", "then", "thus", "therefore", "hence", "besides", "otherwise",
            "likewise", "similarly", "indeed", "further", "additionally", "consequently", "or", "nor", "such",
            "both", "neither", "another", "later", "afterwards", "again", "too");

    private Coherence() {
    }

    /** True when the sentence opens with a word that leans on the previous sentence. */
    public static boolean leansOnPrevious(Sentence sentence) {
        if (sentence.index() == 0) {
            return false;
        }
        Token first = firstWord(sentence.tokens());
        if (first == null) {
            return false;
        }
        // a quote mark glued to the word ("It) still opens with the word
        String word = first.word().replaceAll("^[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
        return LEANING_OPENERS.contains(word);
    }

    /** True when the sentence leans on its predecessor and {@code chosen} does not hold that predecessor. */
    public static boolean dangles(Sentence sentence, Set<Integer> chosen) {
        return leansOnPrevious(sentence) && !chosen.contains(sentence.index() - 1);
    }

    private static Token firstWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord()) {
                return t;
            }
        }
        return null;
    }
}
