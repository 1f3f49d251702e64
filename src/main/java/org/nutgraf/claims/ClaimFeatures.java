package org.nutgraf.claims;

import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features check-worthiness is learnt from, computed from one sentence: entity types and their roles,
 * quantities, dates, comparisons, tense and modality, attribution, hedges, person, shape, pairs of those, unigrams,
 * bigrams and trigrams of units, and tag bigrams.
 * <p>
 * The features are built to transfer from the debate transcripts the model learns from to news: a unit is a
 * lemma, except that numbers fold into {@code <num>} and every name (a token the recogniser tags as an entity,
 * or any proper noun) folds into {@code <name>}, one unit per run of name tokens, so no weight can belong to a
 * person, place or organisation; and stage directions of transcripts (a bracketed run written in capitals, such
 * as a cue for applause) are left out.
 * Every feature is binary and named, so the model file reads as a list of named weights. Thread-safe.
 */
public final class ClaimFeatures {

    static final Set<String> HEDGES = Set.of("may", "might", "could", "reportedly", "allegedly", "perhaps",
            "possibly", "apparently", "likely", "unlikely", "seem", "appear", "suggest", "probably", "maybe",
            "supposedly", "purportedly", "rumour", "rumor");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself");

    /** The unit every name folds into. */
    static final String NAME = "<name>";
    /** The recogniser's classes of names: people, organisations, places, and the rest of its names. */
    static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION");

    private ClaimFeatures() {
    }

    /** The names of the features that fire for a sentence, sorted so that training reads them in a fixed order. */
    public static Set<String> of(Sentence sentence) {
        return of(sentence, Quantities.in(sentence), Attributions.statedIn(sentence).isPresent());
    }

    static Set<String> of(Sentence sentence, List<Signal> quantities, boolean attributed) {
        Set<String> f = new TreeSet<>();
        List<Token> tokens = withoutStageDirections(sentence.tokens());
        List<String> units = units(tokens);
        f.add(LinearModel.BIAS);
        String previous = "<s>";
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String unit = units.get(i);
            if (t.isWord()) {
                words++;
            }
            if (unit != null) {
                f.add("u:" + unit);
                f.add("b:" + previous + "_" + unit);
                previous = unit;
            }
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
        List<String> run = units.stream().filter(u -> u != null).toList();
        for (int i = 0; i + 2 < run.size(); i++) {
            f.add("3:" + run.get(i) + "_" + run.get(i + 1) + "_" + run.get(i + 2));
        }
        roles(sentence.entities(), tokens, f);
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

    /**
     * Each token as the model sees it: its lemma, numbers folded into {@code <num>} so 27 and 31 count alike,
     * names folded into {@code <name>}; {@code null} for the second and later tokens of one name, so "Kassym-Jomart
     * Tokayev" and "Smith" are both one {@code <name>}.
     */
    static List<String> units(List<Token> tokens) {
        List<String> units = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isName(t)) {
                boolean continues = i > 0 && isName(tokens.get(i - 1));
                units.add(continues ? null : NAME);
            } else if (t.tag().equals("CD") && Quantities.number(t.word()) != null) {
                units.add("<num>");
            } else {
                units.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return units;
    }

    /** A person, place or organisation: a token the recogniser puts in a name class, or any proper noun. */
    static boolean isName(Token t) {
        return t.isProperNoun() || NAME_CLASSES.contains(t.ner());
    }

    /**
     * The tokens without the stage directions of a transcript: a bracketed run of words all in capitals. Ordinary
     * parentheses (a figure, an aside) hold lower-case words and stay; a bracketed acronym goes, which loses
     * nothing, since it is a name.
     */
    static List<Token> withoutStageDirections(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int close = isOpening(tokens.get(i)) ? closing(tokens, i) : -1;
            if (close > i + 1 && allCapitals(tokens, i + 1, close)) {
                i = close;
                continue;
            }
            kept.add(tokens.get(i));
        }
        return kept.size() == tokens.size() ? tokens : kept;
    }

    private static boolean isOpening(Token t) {
        return t.word().equals("(") || t.word().equals("[") || t.tag().equals("-LRB-");
    }

    private static int closing(List<Token> tokens, int open) {
        for (int j = open + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.word().equals(")") || t.word().equals("]") || t.tag().equals("-RRB-")) {
                return j;
            }
            if (isOpening(t)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean allCapitals(List<Token> tokens, int from, int to) {
        boolean letters = false;
        for (int j = from; j < to; j++) {
            String w = tokens.get(j).word();
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
        }
        return letters;
    }

    /**
     * The role each name class plays, read from word order: before the sentence's first verb a name is the
     * subject, after it the object.
     */
    private static void roles(List<Entity> entities, List<Token> tokens, Set<String> f) {
        int verb = -1;
        for (Token t : tokens) {
            if (t.tag().startsWith("VB") || t.tag().equals("MD")) {
                verb = t.start();
                break;
            }
        }
        for (Entity e : entities) {
            if (NAME_CLASSES.contains(e.kind())) {
                f.add("role:" + e.kind() + (verb < 0 ? ":none" : e.start() < verb ? ":subject" : ":object"));
            }
        }
    }
}
