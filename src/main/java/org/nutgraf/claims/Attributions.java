package org.nutgraf.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to, from patterns over tokens and tags: {@code "...," X said},
 * {@code "...," said X}, {@code X said (that) ...}, {@code according to X}, {@code X told/warned/claimed ...}.
 * Only what the text states: a pronoun is not a name, so "he said" gives the verb and no speaker. Thread-safe.
 */
final class Attributions {

    /** Lemmas of verbs that report speech or belief. */
    static final Set<String> VERBS = Set.of("say", "tell", "warn", "claim", "state", "insist", "argue", "add",
            "explain", "note", "announce", "report", "allege", "admit", "confirm", "suggest", "predict", "estimate",
            "declare", "acknowledge", "write", "testify", "assert", "maintain", "contend", "caution", "promise",
            "reveal", "stress", "point");

    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP$", "POS", "CD",
            "VBN");
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "also", "later", "previously",
            "recently", "once", "repeatedly", "publicly", "reportedly", "has", "had");
    private static final Set<String> BOUNDARIES = Set.of(",", "``", "''", "\"", "“", "”", "'", "‘", "’", ":", ";",
            "--", "-", "—", "–", "(", "and", "but", "-LRB-");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that");

    private Attributions() {
    }

    /** The first attribution the sentence states, if any. */
    static Optional<Attribution> in(Sentence sentence) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).word().equalsIgnoreCase("according") && t.get(i + 1).word().equalsIgnoreCase("to")) {
                int end = nounPhraseForward(t, i + 2);
                String speaker = end > i + 2 ? text(sentence, t, i + 2, end) : null;
                return Optional.of(new Attribution(pronoun(speaker) ? null : speaker,
                        text(sentence, t, i, i + 2), t.get(i).start(), t.get(i + 1).end()));
            }
        }
        for (int v = 0; v < t.size(); v++) {
            Token verb = t.get(v);
            if (!verb.tag().startsWith("VB") || !VERBS.contains(verb.lemma())
                    || verb.lemma().equals("point") && !(v + 1 < t.size() && t.get(v + 1).lemma().equals("out"))) {
                continue;
            }
            String verbText = verb.word();
            Optional<Attribution> before = speakerBefore(sentence, t, v, verbText);
            if (before.isPresent()) {
                return before;
            }
            // Inverted order after a quote: '"...," said the minister.'
            if (v > 0 && isBoundary(t.get(v - 1)) && verb.tag().equals("VBD") || v > 0 && isBoundary(t.get(v - 1))
                    && verb.tag().equals("VBZ")) {
                int end = nounPhraseForward(t, v + 1);
                if (end > v + 1 && hasNoun(t, v + 1, end)) {
                    return Optional.of(new Attribution(text(sentence, t, v + 1, end), verbText, verb.start(), verb.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> speakerBefore(Sentence sentence, List<Token> t, int v, String verbText) {
        Token verb = t.get(v);
        if (!(verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP")
                || verb.tag().equals("VBN") || verb.tag().equals("VB"))) {
            return Optional.empty();
        }
        int k = v - 1;
        while (k >= 0 && (AUXILIARIES.contains(t.get(k).lemma()) && (t.get(k).tag().startsWith("VB")
                || t.get(k).tag().startsWith("RB") || t.get(k).tag().equals("MD")) || t.get(k).tag().equals("MD"))) {
            k--;
        }
        int end = k + 1;
        if (end == 0) {
            return Optional.empty();
        }
        Token last = t.get(k);
        if (last.tag().equals("PRP") && PRONOUNS.contains(last.lemma())) {
            if (k == 0 || isBoundary(t.get(k - 1))) {
                return Optional.of(new Attribution(null, verbText, verb.start(), verb.end()));
            }
            return Optional.empty();
        }
        if (!last.tag().startsWith("NN")) {
            return Optional.empty();
        }
        int begin = k;
        while (begin > 0) {
            Token prev = t.get(begin - 1);
            String lw = prev.lemma();
            if (NP_TAGS.contains(prev.tag()) && !prev.tag().equals("VBN") || prev.tag().equals("NNP")) {
                begin--;
            } else if ((lw.equals("of") || lw.equals("for") || lw.equals("at") || lw.equals("from"))
                    && begin - 2 >= 0 && t.get(begin - 2).tag().startsWith("NN")) {
                begin--;
            } else {
                break;
            }
        }
        // Skip a leading determiner-less adjective chain that is really the end of the previous clause.
        if (begin > 0 && !isBoundary(t.get(begin - 1)) && !t.get(begin - 1).lemma().equals("that")) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(text(sentence, t, begin, end), verbText, verb.start(), verb.end()));
    }

    private static int nounPhraseForward(List<Token> t, int from) {
        int k = from;
        int lastNoun = -1;
        while (k < t.size()) {
            Token tok = t.get(k);
            String lw = tok.lemma();
            if (NP_TAGS.contains(tok.tag()) && !tok.tag().equals("VBN")) {
                if (tok.tag().startsWith("NN")) {
                    lastNoun = k;
                }
                k++;
            } else if ((lw.equals("of") || lw.equals("for") || lw.equals("at") || lw.equals("&")
                    || lw.equals("and") && k + 1 < t.size() && t.get(k + 1).tag().startsWith("NNP"))
                    && lastNoun == k - 1) {
                k++;
            } else {
                break;
            }
        }
        return lastNoun + 1 > from ? lastNoun + 1 : from;
    }

    private static boolean hasNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token token) {
        return BOUNDARIES.contains(token.word().toLowerCase(Locale.ROOT)) || token.tag().equals("``")
                || token.tag().equals("''") || token.tag().equals(",") || token.tag().equals(":");
    }

    private static boolean pronoun(String speaker) {
        return speaker == null || PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
    }

    private static String text(Sentence sentence, List<Token> t, int from, int to) {
        return sentence.text().substring(t.get(from).start() - sentence.start(), t.get(to - 1).end() - sentence.start());
    }
}
