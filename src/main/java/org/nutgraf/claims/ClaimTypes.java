package org.nutgraf.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a claim by rules over its tags, lemmas and quantities. A sentence about the future is a prediction
 * even when it holds a number (it cannot be checked against today's figures); then causes, then quantities
 * and comparisons, then laws and rules, then what the writer lived. Stateless and thread-safe.
 */
final class ClaimTypes {

    private static final Set<String> PREDICTION_LEMMAS = Set.of("forecast", "predict", "project", "expect",
            "anticipate", "projection", "outlook", "forecaster");
    private static final Set<String> CAUSAL_LEMMAS = Set.of("cause", "because", "blame", "result", "lead",
            "trigger", "contribute", "responsible", "consequence", "due", "thanks", "drive", "fuel", "prompt",
            "spark", "therefore", "effect");
    private static final Set<String> CAUSAL_NEXT = Set.of("to", "in", "from", "of", "by");
    private static final Set<String> RULE_NOUNS = Set.of("law", "rule", "regulation", "legislation", "statute",
            "constitution", "treaty", "ban", "requirement", "obligation", "licence", "license", "mandate");
    private static final Set<String> RULE_WORDS = Set.of("legal", "illegal", "mandatory", "unlawful", "lawful",
            "constitutional", "unconstitutional", "eligible", "legally", "illegally", "require", "prohibit", "forbid",
            "entitle", "oblige", "outlaw");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "myself");

    private ClaimTypes() {
    }

    static ClaimType of(Sentence sentence, List<Signal> quantities) {
        List<Token> t = sentence.tokens();
        if (isPrediction(t)) {
            return ClaimType.PREDICTION;
        }
        if (isCausal(t)) {
            return ClaimType.CAUSAL;
        }
        boolean quantity = quantities.stream().anyMatch(Signal::isQuantity);
        if (quantity || hasComparison(t)) {
            return ClaimType.QUANTITY;
        }
        if (t.stream().anyMatch(k -> RULE_NOUNS.contains(k.lemma()) && (k.tag().equals("NN") || k.tag().equals("NNS"))
                || RULE_WORDS.contains(k.lemma()) && !k.tag().startsWith("NNP")
                || k.lemma().equals("must") && k.tag().equals("MD"))) {
            return ClaimType.RULE;
        }
        if (t.stream().anyMatch(k -> FIRST_SINGULAR.contains(k.word().toLowerCase(Locale.ROOT)))
                && t.stream().anyMatch(k -> k.tag().equals("VBD") || k.tag().equals("VBN"))) {
            return ClaimType.PERSONAL_EXPERIENCE;
        }
        return ClaimType.OTHER;
    }

    private static boolean isPrediction(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (k.tag().equals("MD") && (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("wo"))) {
                return true;
            }
            if (w.equals("going") && i + 2 < t.size() && t.get(i + 1).word().equals("to")
                    && t.get(i + 2).tag().equals("VB")) {
                return true;
            }
            // "project" is a forecast only as a verb: "they project growth", not "worthwhile projects"
            if (PREDICTION_LEMMAS.contains(k.lemma()) && !(k.lemma().equals("project") && k.tag().startsWith("NN"))) {
                return true;
            }
            if (w.equals("next") && i + 1 < t.size() && Set.of("year", "month", "week", "decade", "election")
                    .contains(t.get(i + 1).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCausal(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (!CAUSAL_LEMMAS.contains(k.lemma())) {
                continue;
            }
            String next = i + 1 < t.size() ? t.get(i + 1).lemma() : "";
            switch (k.lemma()) {
                case "result", "lead", "contribute", "due", "thanks", "responsible", "consequence" -> {
                    if (CAUSAL_NEXT.contains(next) || next.equals("for")) {
                        return true;
                    }
                }
                case "drive", "fuel", "prompt", "spark", "trigger", "effect" -> {
                    if (k.tag().startsWith("VB")) {
                        return true;
                    }
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasComparison(List<Token> t) {
        boolean comparative = false;
        for (Token k : t) {
            if (k.tag().equals("JJS") || k.tag().equals("RBS")) {
                return true;
            }
            if (k.tag().equals("JJR") || k.tag().equals("RBR")) {
                comparative = true;
            }
            if (comparative && k.lemma().equals("than")) {
                return true;
            }
        }
        return false;
    }
}
