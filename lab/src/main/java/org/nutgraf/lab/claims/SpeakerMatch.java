package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.Attribution;
import org.nutgraf.lab.claims.PolnearArticles.Doc;
import org.nutgraf.lab.claims.PolnearArticles.Gold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a speaker Nutgraf gives matches an attribution PolNeAR's annotators marked: (a) the speaker's head word (its
 * last word before any "of", "for", "at", "from", lower-cased, possessive stripped) is one of the words of the
 * annotated source text, or (b) the words the sentence names the speaker with overlap the annotated source span, and,
 * when the speaker was resolved from a pronoun, its head word is also a word of the <i>antecedent</i>: the nearest
 * annotated source before the pronoun in the same article that holds a proper noun (by the tagger). PolNeAR has no
 * coreference, so the antecedent is a proxy: the named speaker the annotators marked last.
 */
final class SpeakerMatch {

    /** The words a speaker's head word comes before. */
    static final Set<String> CUT = Set.of("of", "for", "at", "from");

    private SpeakerMatch() {
    }

    /** The match rule of the class comment. */
    static boolean matches(Doc d, Attribution a, Gold g) {
        String head = head(a.speaker());
        if (head.isEmpty()) {
            return false;
        }
        if (words(g.source()).contains(head)) {
            return true;
        }
        if (a.speakerStart() < 0 || !overlaps(a.speakerStart(), a.speakerEnd(), g.sourceStart(), g.sourceEnd())) {
            return false;
        }
        if (!a.resolved()) {
            return true;
        }
        Gold antecedent = antecedent(d, g);
        return antecedent != null && words(antecedent.source()).contains(head);
    }

    /** The nearest annotated source before {@code g}'s that holds a proper noun, or null. */
    static Gold antecedent(Doc d, Gold g) {
        Gold best = null;
        for (Gold o : d.gold()) {
            if (o.sourceEnd() <= g.sourceStart() && (best == null || o.sourceEnd() > best.sourceEnd())
                    && hasProperNoun(d, o)) {
                best = o;
            }
        }
        return best;
    }

    private static boolean hasProperNoun(Doc d, Gold g) {
        for (Sentence s : d.article().sentences()) {
            if (s.end() <= g.sourceStart() || s.start() >= g.sourceEnd()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= g.sourceStart() && t.end() <= g.sourceEnd() && t.isProperNoun()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    /** The speaker's head word: its last word before any "of", "for", "at", "from", normalised. */
    static String head(String speaker) {
        List<String> w = new ArrayList<>();
        for (String word : speaker.split("\\s+")) {
            String n = normal(word);
            if (CUT.contains(n) && !w.isEmpty()) {
                break;
            }
            if (!n.isEmpty()) {
                w.add(n);
            }
        }
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The normalised words of an annotated text. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.split("[\\s\u2026]+")) {
            String n = normal(word);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
