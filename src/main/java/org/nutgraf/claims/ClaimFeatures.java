package org.nutgraf.claims;

import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.LinearModel;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features check-worthiness is learnt from, computed from one sentence: entity types, quantities, dates,
 * comparisons, tense and modality, attribution, hedges, person, shape, pairs of those, lemma unigrams, bigrams
 * and trigrams, and tag bigrams.
 * Every feature is binary and named, so the model file reads as a list of named weights. Thread-safe.
 */
public final class ClaimFeatures {

    static final Set<String> HEDGES = Set.of("may", "might", "could", "reportedly", "allegedly", "perhaps",
            "possibly", "apparently", "likely", "unlikely", "seem", "appear", "suggest", "probably", "maybe",
            "supposedly", "purportedly", "rumour", "rumor");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself");

    private ClaimFeatures() {
    }

    /** The names of the features that fire for a sentence, sorted so that training reads them in a fixed order. */
    public static Set<String> of(Sentence sentence) {
        return of(sentence, Quantities.in(sentence), Attributions.in(sentence).isPresent());
    }

    static Set<String> of(Sentence sentence, List<Signal> quantities, boolean attributed) {
        Set<String> f = new TreeSet<>();
        List<Token> tokens = sentence.tokens();
        f.add(LinearModel.BIAS);
        String previous = "<s>";
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String unit = unit(t);
            if (t.isWord()) {
                words++;
            }
            f.add("u:" + unit);
            f.add("b:" + previous + "_" + unit);
            previous = unit;
            f.add("t:" + t.tag());
            String lw = t.word().toLowerCase(Locale.ROOT);
            switch (t.tag()) {
                case "JJR", "RBR" -> f.add("comparative");
                case "JJS", "RBS" -> f.add("superlative");
                case "VBD" -> f.add("past");
                case "MD" -> f.add("modal");
                default -> {
                }
            }
            if ((lw.equals("will") || lw.equals("'ll") || lw.equals("shall")) && t.tag().equals("MD")
                    || lw.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).word().equals("to")
                    && i + 2 < tokens.size() && tokens.get(i + 2).tag().equals("VB")) {
                f.add("future");
            }
            if (HEDGES.contains(t.lemma())) {
                f.add("hedge");
            }
            if (FIRST_SINGULAR.contains(lw)) {
                f.add("person:1s");
            } else if (FIRST_PLURAL.contains(lw)) {
                f.add("person:1p");
            } else if (SECOND.contains(lw)) {
                f.add("person:2");
            }
            if (lw.equals("than") && (f.contains("comparative"))) {
                f.add("comparison:than");
            }
            if (t.isEntity() && !t.ner().equals("O")) {
                f.add("ner:" + t.ner());
            }
        }
        f.add("b:" + previous + "_</s>");
        for (Entity e : sentence.entities()) {
            f.add("entity:" + e.kind());
        }
        for (Signal q : quantities) {
            f.add("quantity:" + q.kind());
            if (q.isQuantity()) {
                f.add("quantity");
            }
        }
        if (attributed) {
            f.add("attributed");
        }
        String text = sentence.text().strip();
        if (text.endsWith("?")) {
            f.add("question");
        }
        if (text.endsWith("!")) {
            f.add("exclamation");
        }
        if (!tokens.isEmpty() && tokens.get(0).tag().equals("VB")) {
            f.add("imperative");
        }
        f.add("len:" + (words < 5 ? "0-4" : words < 10 ? "5-9" : words < 20 ? "10-19" : words < 40 ? "20-39" : "40+"));
        for (int i = 0; i + 2 < tokens.size(); i++) {
                f.add("3:" + unit(tokens.get(i)) + "_" + unit(tokens.get(i + 1)) + "_" + unit(tokens.get(i + 2)));
        }
        String previousTag = "<s>";
        for (Token t : tokens) {
            f.add("tt:" + previousTag + "_" + t.tag());
            previousTag = t.tag();
        }
        // Pairs of the sentence-level signals let a linear model see "a number in the past tense" or
        // "a percentage, attributed" as more than the sum of their parts.
        List<String> signals = f.stream().filter(n -> !n.startsWith("u:") && !n.startsWith("b:")
                && !n.startsWith("t") && !n.startsWith("3:") && !n.equals(LinearModel.BIAS)).toList();
        for (int i = 0; i < signals.size(); i++) {
            for (int j = i + 1; j < signals.size(); j++) {
                f.add("x:" + signals.get(i) + "&" + signals.get(j));
            }
        }
        return f;
    }

    /** A token as the model sees it: its lemma, with numbers folded into one symbol so 27 and 31 count alike. */
    static String unit(Token t) {
        if (t.tag().equals("CD") && Quantities.number(t.word()) != null) {
            return "<num>";
        }
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
