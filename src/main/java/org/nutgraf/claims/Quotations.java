package org.nutgraf.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Quotation marks across the sentences of a paragraph: which tokens are inside a quotation, and which attribution a
 * quoted sentence that states none of its own takes from the sentences of its quotation. Marks are followed within a
 * paragraph, as newspapers open a quotation again in each paragraph it runs through.
 */
final class Quotations {

    /** How many sentences of a paragraph a quotation is followed across, either way. */
    static final int REACH = 4;

    private Quotations() {
    }

    /** For each token of sentence {@code i}: whether it is inside quotation marks (opened in its paragraph). */
    static boolean[] quoted(List<Sentence> sentences, int i) {
        int first = i;
        while (first > 0 && sentences.get(first - 1).paragraph() == sentences.get(i).paragraph()) {
            first--;
        }
        int depth = 0;
        for (int k = first; k < i; k++) {
            depth = depthAfter(sentences.get(k), depth);
        }
        List<Token> t = sentences.get(i).tokens();
        boolean[] inside = new boolean[t.size()];
        for (int k = 0; k < t.size(); k++) {
            depth = step(t.get(k), depth);
            inside[k] = depth > 0;
        }
        return inside;
    }

    /**
     * The quotation depth after a token: curly and typographic marks by their tag; a straight {@code "} or two
     * apostrophes {@code ''} (some papers' quotation mark, both ways), whose direction the tagger guesses (it often
     * tags a closing one {@code ``}), closes when a quotation is open and opens otherwise.
     */
    static int step(Token tok, int depth) {
        if (tok.word().equals("\"") || tok.word().equals("''")) {
            return depth > 0 ? depth - 1 : 1;
        }
        if (tok.tag().equals("``")) {
            return depth + 1;
        }
        return tok.tag().equals("''") && depth > 0 ? depth - 1 : depth;
    }

    private static int depthAfter(Sentence s, int depth) {
        for (Token tok : s.tokens()) {
            depth = step(tok, depth);
        }
        return depth;
    }

    /**
     * For a sentence inside a quotation that states no attribution of its own: the attribution of the sentence
     * of the same paragraph that closes the quotation (when it states one), else of the one that opens it.
     */
    static Optional<Attribution> followed(Article article, Sentence sentence,
                                          Function<Sentence, Optional<Attribution>> stated) {
        List<Sentence> all = article.sentences();
        int i = sentence.index();
        if (i >= all.size() || all.get(i) != sentence && !all.get(i).equals(sentence)) {
            return Optional.empty();
        }
        int depth = 0; // open quotation marks before the sentence, in its paragraph
        int first = i;
        while (first > 0 && all.get(first - 1).paragraph() == sentence.paragraph()) {
            first--;
        }
        int opener = -1;
        for (int k = first; k < i; k++) {
            for (Token tok : all.get(k).tokens()) {
                int next = step(tok, depth);
                if (depth == 0 && next > 0) {
                    opener = k;
                }
                depth = next;
            }
        }
        boolean opensHere = !sentence.tokens().isEmpty() && step(sentence.tokens().get(0), depth) > depth;
        if (depth == 0 && !opensHere) {
            return Optional.empty();
        }
        // forward: the sentence whose closing mark ends the quotation
        int d = depth;
        for (int k = i; k < all.size() && k <= i + REACH && all.get(k).paragraph() == sentence.paragraph(); k++) {
            boolean closes = false;
            for (Token tok : all.get(k).tokens()) {
                int next = step(tok, d);
                if (d > 0 && next == 0) {
                    closes = true;
                    break;
                }
                d = next;
            }
            if (closes) {
                if (k != i) {
                    Optional<Attribution> a = stated.apply(all.get(k));
                    if (a.isPresent()) {
                        return a;
                    }
                }
                break;
            }
        }
        if (opener >= 0 && opener >= i - REACH) {
            return stated.apply(all.get(opener));
        }
        return Optional.empty();
    }
}
