package org.nutgraf.claims;

import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features check-worthiness is learnt from, computed from one sentence: entity types and their roles,
 * quantities, dates, comparisons, tense and modality, attribution, hedges, person, shape, pairs of those, unigrams,
 * bigrams and trigrams of units, and tag bigrams.
 * <p>
 * The features are built to transfer from the debate transcripts the model learns from to news: a unit is a
 * lemma, except that numbers fold into {@code <num>} and every name folds into {@code <name>}, one unit per run
 * of name tokens, so no weight can belong to a person, place, organisation, nationality or religion (see
 * {@link #isName}); a name inside a hyphenated word folds alone ("anti-Trump" is {@code anti-<name>}); and stage
 * directions of transcripts (a cue for applause or laughter, in any case) are left out.
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

    /** The most words a stage direction in ordinary case holds ("laughter and applause" is three). */
    private static final int CUE_WORDS = 4;
    /**
     * The tags that make a bracketed run an aside rather than a stage direction: a determiner, a pronoun, a
     * number, a modal or a finite verb ("(and he can warm up)", "(up from 27 percent)").
     */
    private static final Set<String> ASIDE_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "CD", "MD", "VBD", "VBZ", "VBP",
            "WDT", "WP", "EX", "TO");

    private ClaimFeatures() {
    }

    /** The names of the features that fire for a sentence, sorted so that training reads them in a fixed order. */
    public static Set<String> of(Sentence sentence) {
        return of(sentence, nameWords(List.of(sentence)));
    }

    /**
     * The features of a sentence read with others (its article, its debate), whose use of capitals tells which of
     * its words are names: see {@link #nameWords}.
     */
    public static Set<String> of(Sentence sentence, Set<String> nameWords) {
        return of(sentence, Quantities.in(sentence), Attributions.statedIn(sentence).isPresent(), nameWords);
    }

    static Set<String> of(Sentence sentence, List<Signal> quantities, boolean attributed, Set<String> nameWords) {
        return new TreeSet<>(read(sentence, quantities, attributed, nameWords).features());
    }

    /**
     * A sentence as the model reads it: its features, in no particular order (scoring needs no sorting), and the
     * words its vector is made of ({@link #vectorWords}), both from one pass over its tokens.
     */
    record Reading(Set<String> features, List<String> vectorWords) {
    }

    /** The sentence's {@link Reading}: its tokens less stage directions, folded into units once, for both. */
    static Reading read(Sentence sentence, List<Signal> quantities, boolean attributed, Set<String> nameWords) {
        List<Token> tokens = withoutStageDirections(sentence.tokens());
        List<String> units = units(tokens, nameWords);
        return new Reading(features(sentence, tokens, units, quantities, attributed), vectorWords(tokens, units));
    }

    private static Set<String> features(Sentence sentence, List<Token> tokens, List<String> units,
                                        List<Signal> quantities, boolean attributed) {
        Set<String> f = new HashSet<>(512);
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
                && !n.startsWith("t") && !n.startsWith("3:") && !n.equals(LinearModel.BIAS)).sorted().toList();
        for (int i = 0; i < signals.size(); i++) {
            for (int j = i + 1; j < signals.size(); j++) {
                f.add("x:" + signals.get(i) + "&" + signals.get(j));
            }
        }
        return f;
    }

    /**
     * The words a sentence's vector is made of: its tokens as written, less stage directions and names (a name
     * would carry its own direction into the vector, so a weight could belong to it after all).
     */
    public static List<String> vectorWords(Sentence sentence, Set<String> nameWords) {
        List<Token> tokens = withoutStageDirections(sentence.tokens());
        return vectorWords(tokens, units(tokens, nameWords));
    }

    private static List<String> vectorWords(List<Token> tokens, List<String> units) {
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String unit = units.get(i);
            if (unit != null && !unit.equals(NAME)) {
                words.add(tokens.get(i).word());
            }
        }
        return words;
    }

    /**
     * The words a text uses as names: lower-cased, each a word that, where it stands inside a sentence (not first),
     * is a name ({@link #isName}) more often than not. A sentence's first word is capitalised whatever it is, and the
     * tagger often takes a name there for a common word ("Trump says ..."), as it does a name a transcript writes in
     * lower case; the rest of the text tells, and such a word folds wherever it stands, in any case and any
     * inflection.
     */
    public static Set<String> nameWords(List<Sentence> sentences) {
        Map<String, int[]> uses = new HashMap<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord()) {
                    int[] n = uses.computeIfAbsent(t.word().toLowerCase(Locale.ROOT), w -> new int[2]);
                    n[0]++;
                    n[1] += isName(tokens, i) ? 1 : 0;
                }
            }
        }
        Set<String> names = new HashSet<>();
        uses.forEach((w, n) -> {
            if (2 * n[1] > n[0]) {
                names.add(w);
            }
        });
        return names;
    }

    /**
     * Each token as the model sees it: its lemma, numbers folded into {@code <num>} so 27 and 31 count alike,
     * names folded into {@code <name>}; {@code null} for the second and later tokens of one name, so "Kassym-Jomart
     * Tokayev" and "Smith" are both one {@code <name>}.
     */
    static List<String> units(List<Token> tokens, Set<String> nameWords) {
        List<String> units = new ArrayList<>(tokens.size());
        boolean previousName = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean name = isName(tokens, i) || nameWords.contains(t.word().toLowerCase(Locale.ROOT))
                    || nameWords.contains(t.lemma().toLowerCase(Locale.ROOT));
            if (name) {
                units.add(previousName ? null : NAME);
            } else if (t.tag().equals("CD") && Quantities.number(t.word()) != null) {
                units.add("<num>");
            } else {
                units.add(hyphenated(t, i > 0).toLowerCase(Locale.ROOT));
            }
            previousName = name;
        }
        return units;
    }

    /**
     * A name: a token the recogniser puts in a name class, any proper noun, or a word capitalised inside a sentence
     * (English capitalises there only names and the adjectives made from them: nationalities, religions, parties),
     * unless it is "I" or opens a quotation, a clause after a colon, or an aside.
     */
    static boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isProperNoun() || NAME_CLASSES.contains(t.ner())) {
            return true;
        }
        if (i == 0 || !capitalised(t.word()) || t.tag().equals("PRP")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return !(before.tag().equals("``") || before.tag().equals("''") || before.tag().equals(":")
                || before.tag().equals("-LRB-") || isOpening(before) || before.word().equals("."));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * The lemma, with each capitalised part of a hyphenated word folded ("anti-<name>", "<name>-led"); its first
     * part only inside a sentence, where a capital means a name.
     */
    private static String hyphenated(Token t, boolean inside) {
        String word = t.word();
        if (word.indexOf('-') <= 0) {
            return t.lemma();
        }
        String[] parts = word.split("-", -1);
        boolean any = false;
        for (int k = 0; k < parts.length; k++) {
            if (capitalised(parts[k]) && (k > 0 || inside)) {
                parts[k] = NAME;
                any = true;
            }
        }
        return any ? String.join("-", parts) : t.lemma();
    }

    /**
     * The tokens without the stage directions of a transcript: a bracketed run of words all in capitals
     * ("(APPLAUSE)", "(BELL RINGS)"), or of at most {@value #CUE_WORDS} nouns, adjectives, adverbs, participles,
     * interjections and conjunctions in any case ("[laughter and applause]", "(laughter, scattered applause)",
     * "(inaudible)"). Asides with a preposition, a
     * determiner, a verb or a number stay ("(by half)", "(27%)"); a bracketed acronym goes, which loses nothing,
     * since it is a name.
     */
    static List<Token> withoutStageDirections(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int close = isOpening(tokens.get(i)) ? closing(tokens, i) : -1;
            if (close > i + 1 && (allCapitals(tokens, i + 1, close) || cue(tokens, i + 1, close))) {
                i = close;
                continue;
            }
            kept.add(tokens.get(i));
        }
        return kept.size() == tokens.size() ? tokens : kept;
    }

    private static boolean cue(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (ASIDE_TAGS.contains(t.tag())) {
                return to - from == 1 && !t.tag().equals("CD");
            }
            words += t.isWord() ? 1 : 0;
        }
        return words <= CUE_WORDS;
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
