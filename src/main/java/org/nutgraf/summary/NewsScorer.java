package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nutgraf's default scorer for news: a weighted sum of the sentence's position (news puts the most important
 * first), its centrality in the article (LexRank), its overlap with the headline, and its density of named things
 * (entities, or proper nouns when NER did not run). Very short sentences (datelines, fragments), lines that do
 * not end as a statement does (headlines, menu items, captions, questions), very long sentences and direct quotes
 * are discounted: summaries written by journalists are short statements of fact in their own words.
 */
final class NewsScorer implements SentenceScorer {

    /**
     * The scorer's parameters.
     *
     * @param position      weight of the position prior, {@code (1 + i)^-positionDecay} for sentence i
     * @param centrality    weight of LexRank centrality
     * @param title         weight of headline overlap (dropped when there is no headline)
     * @param entities      weight of named-thing density
     * @param positionDecay how fast the position prior falls
     * @param shortWords    sentences shorter than this many words are discounted in proportion
     * @param fragment      the share kept by a line without a statement's closing punctuation
     * @param longWords     sentences longer than this many words are discounted in proportion
     * @param quoted        the share kept by a sentence that holds a direct quote
     */
    record Weights(double position, double centrality, double title, double entities, double positionDecay,
                   int shortWords, double fragment, int longWords, double quoted) {
    }

    static final Weights DEFAULT = new Weights(0.45, 0.25, 0.15, 0.15, 0.5, 10, 0.5, 40, 0.8);

    private final Weights w;

    NewsScorer() {
        this(DEFAULT);
    }

    NewsScorer(Weights weights) {
        this.w = weights;
    }

    @Override
    public List<SentenceScore> score(Article article) {
        List<Sentence> sentences = article.sentences();
        int n = sentences.size();
        double[] centrality = GraphScorer.centrality(new SentenceVectors(article), true);
        double[] entities = Centrality.scaleToMax(entityDensity(sentences));
        Set<String> title = new HashSet<>(article.titleLemmas());
        double titleWeight = title.isEmpty() ? 0 : w.title();
        double total = w.position() + w.centrality() + titleWeight + w.entities();

        double[] raw = new double[n];
        List<Map<String, Double>> reasons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            double position = Math.pow(1.0 + i, -w.positionDecay());
            double titleOverlap = title.isEmpty() ? 0 : titleOverlap(s, title);
            int words = s.wordCount();
            double length = Math.min(1.0, (double) words / w.shortWords()) * Math.min(1.0, (double) w.longWords() / Math.max(1, words));
            double quote = hasQuote(s) ? w.quoted() : 1.0;
            double form = endsAsSentence(s) ? 1.0 : w.fragment();
            raw[i] = length * form * quote * (w.position() * position + w.centrality() * centrality[i]
                    + titleWeight * titleOverlap + w.entities() * entities[i]) / total;
            Map<String, Double> r = new LinkedHashMap<>();
            r.put("position", position);
            r.put("centrality", centrality[i]);
            if (!title.isEmpty()) {
                r.put("titleOverlap", titleOverlap);
            }
            r.put("entityDensity", entities[i]);
            r.put("length", length);
            r.put("form", form);
            r.put("quote", quote);
            reasons.add(r);
        }
        double[] scaled = Centrality.scaleToMax(raw);
        List<SentenceScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            scores.add(new SentenceScore(scaled[i], reasons.get(i)));
        }
        return scores;
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

    private static boolean hasQuote(Sentence s) {
        String t = s.text();
        return t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0;
    }

    private static double titleOverlap(Sentence s, Set<String> title) {
        Set<String> lemmas = new HashSet<>(s.contentLemmas());
        long shared = title.stream().filter(lemmas::contains).count();
        return (double) shared / title.size();
    }

    private static double[] entityDensity(List<Sentence> sentences) {
        double[] density = new double[sentences.size()];
        for (int i = 0; i < density.length; i++) {
            int words = 0;
            int named = 0;
            for (Token t : sentences.get(i).tokens()) {
                if (t.isWord()) {
                    words++;
                    if (t.isEntity() || t.isProperNoun()) {
                        named++;
                    }
                }
            }
            density[i] = words == 0 ? 0 : (double) named / words;
        }
        return density;
    }
}
