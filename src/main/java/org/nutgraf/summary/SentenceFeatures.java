package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the learned news scorer knows of each sentence, read from the one CoreNLP pass: where it stands (in the
 * article and its paragraph), how long it is, how central, how much it shares with the headline and the opening,
 * how dense in names and numbers, whether it quotes or attributes, whether it opens leaning on the sentence before,
 * and signals of how the whole piece is written (an opening question, quote or scene with no names in it; first
 * person), crossed with the opening positions, so a model can learn when the top of a piece is not its news.
 * Feature names are {@code group:name}; the group is what {@code reasons} reports. Values are 0 to 1. Used by the
 * service to score and by the lab to train, so both read the same features.
 */
public final class SentenceFeatures {

    /** Sentences of the opening, whose words tell what the piece is about. */
    private static final int OPENING = 3;

    /** Position buckets: the lower bound of each, and its name. */
    private static final int[] POSITION_FROM = {0, 1, 2, 3, 5, 10};
    private static final String[] POSITION_NAMES = {"0", "1", "2", "3-4", "5-9", "10+"};

    /** Length buckets, in words. */
    private static final int[] LENGTH_FROM = {0, 5, 10, 20, 30, 40};
    private static final String[] LENGTH_NAMES = {"<5", "5-9", "10-19", "20-29", "30-39", "40+"};

    private SentenceFeatures() {
    }

    /** The features of every sentence of an article, in order. */
    public static List<Map<String, Double>> of(Article article) {
        List<Sentence> sentences = article.sentences();
        int n = sentences.size();
        List<Map<String, Double>> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        double[] centrality = GraphScorer.centrality(new SentenceVectors(article), true);
        int[] centralityRank = ranks(centrality);
        Set<String> title = new HashSet<>(article.titleLemmas());
        Set<String> opening = new HashSet<>();
        for (Sentence s : sentences.subList(0, Math.min(OPENING, n))) {
            opening.addAll(s.contentLemmas());
        }
        List<String> pieceSignals = pieceSignals(article);
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            Map<String, Double> f = new LinkedHashMap<>();
            String position = bucket(i, POSITION_FROM, POSITION_NAMES);
            f.put("position:" + position, 1.0);
            f.put("position:inverse", 1.0 / (1 + i));
            f.put("position:relative", n == 1 ? 0 : (double) i / (n - 1));
            boolean firstInParagraph = i == 0 || sentences.get(i - 1).paragraph() != s.paragraph();
            put(f, "paragraph:opens", firstInParagraph);
            put(f, "paragraph:first", s.paragraph() == 0);
            int words = s.wordCount();
            f.put("length:" + bucket(words, LENGTH_FROM, LENGTH_NAMES), 1.0);
            f.put("centrality:lexrank", centrality[i]);
            put(f, "centrality:top1", centralityRank[i] == 0);
            put(f, "centrality:top3", centralityRank[i] < 3);
            if (title.isEmpty()) {
                f.put("headline:none", 1.0);
            } else {
                f.put("headline:overlap", overlap(s.contentLemmas(), title));
            }
            if (i >= OPENING) {
                f.put("opening:overlap", overlap(s.contentLemmas(), opening));
            }
            int named = 0;
            int numbers = 0;
            for (Token t : s.tokens()) {
                if (t.isWord() && (t.isEntity() || t.isProperNoun())) {
                    named++;
                }
                if ("CD".equals(t.tag())) {
                    numbers++;
                }
            }
            f.put("names:density", words == 0 ? 0 : Math.min(1.0, (double) named / words));
            put(f, "names:none", named == 0);
            put(f, "numbers:some", numbers > 0);
            put(f, "quote:holds", holdsQuote(s.text()));
            put(f, "quote:opens", opensWithQuote(s.text()));
            put(f, "form:fragment", !endsAsSentence(s));
            put(f, "form:question", s.text().stripTrailing().endsWith("?"));
            put(f, "leans:previous", Coherence.leansOnPrevious(s));
            for (String signal : pieceSignals) {
                // how the piece is written matters where it decides whether the top is the news
                f.put("piece:" + signal + "&position:" + (i < 2 ? position : "later"), 1.0);
            }
            out.add(f);
        }
        return out;
    }

    /** The group of a feature name: what a reason is reported under. */
    public static String group(String feature) {
        int colon = feature.indexOf(':');
        return colon < 0 ? feature : feature.substring(0, colon);
    }

    /** Signals of how the whole piece is written, from its opening and its voice. */
    static List<String> pieceSignals(Article article) {
        List<String> signals = new ArrayList<>();
        Sentence first = article.sentences().get(0);
        if (first.text().stripTrailing().endsWith("?")) {
            signals.add("opens-with-question");
        }
        if (opensWithQuote(first.text())) {
            signals.add("opens-with-quote");
        }
        if (first.tokens().stream().noneMatch(t -> t.isEntity() || t.isProperNoun() || "CD".equals(t.tag()))) {
            signals.add("opens-without-names");
        }
        long firstPerson = article.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.tag().startsWith("PRP") && (t.lemma().equals("i") || t.lemma().equals("we")
                        || t.lemma().equals("my") || t.lemma().equals("our"))).count();
        if (firstPerson * 100 >= Math.max(1, article.wordCount())) {
            signals.add("first-person");
        }
        return signals;
    }

    private static void put(Map<String, Double> f, String name, boolean present) {
        if (present) {
            f.put(name, 1.0);
        }
    }

    static String bucket(int value, int[] lowerBounds, String[] names) {
        int b = 0;
        while (b + 1 < lowerBounds.length && value >= lowerBounds[b + 1]) {
            b++;
        }
        return names[b];
    }

    private static double overlap(List<String> lemmas, Set<String> of) {
        if (of.isEmpty()) {
            return 0;
        }
        Set<String> own = new HashSet<>(lemmas);
        return (double) own.stream().filter(of::contains).count() / Math.max(1, Math.min(own.size(), of.size()));
    }

    /** Each value's rank, 0 for the largest (ties by position). */
    private static int[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int[] rank = new int[values.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** True when the sentence ends in a full stop, exclamation mark or ellipsis, possibly inside closing quotes. */
    static boolean endsAsSentence(Sentence s) {
        String t = s.text();
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201D\u2019)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!\u2026".indexOf(t.charAt(i)) >= 0;
    }

    static boolean holdsQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
    }

    private static boolean opensWithQuote(String text) {
        String t = text.stripLeading();
        return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\u201C' || t.charAt(0) == '\'' || t.charAt(0) == '\u2018');
    }
}
