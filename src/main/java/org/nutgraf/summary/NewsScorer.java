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
 * (entities, or proper nouns when NER did not run). Very short sentences (datelines, fragments) and lines that
 * do not end as a statement does (headlines, menu items, captions, questions) are discounted.
 */
final class NewsScorer implements SentenceScorer {

    static final double POSITION = 0.45;
    static final double CENTRALITY = 0.25;
    static final double TITLE = 0.15;
    static final double ENTITIES = 0.15;

    /** Sentences shorter than this many words are rarely worth a summary slot. */
    private static final int SHORT_SENTENCE_WORDS = 6;

    /** The weight kept by a line without a sentence's closing punctuation: a heading or a fragment. */
    private static final double FRAGMENT = 0.5;

    @Override
    public List<SentenceScore> score(Article article) {
        List<Sentence> sentences = article.sentences();
        int n = sentences.size();
        double[] centrality = GraphScorer.centrality(new SentenceVectors(article), true);
        double[] entities = Centrality.scaleToMax(entityDensity(sentences));
        Set<String> title = new HashSet<>(article.titleLemmas());
        double titleWeight = title.isEmpty() ? 0 : TITLE;
        double total = POSITION + CENTRALITY + titleWeight + ENTITIES;

        double[] raw = new double[n];
        List<Map<String, Double>> reasons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            double position = 1.0 / Math.sqrt(1.0 + i);
            double titleOverlap = title.isEmpty() ? 0 : titleOverlap(s, title);
            double length = Math.min(1.0, (double) s.wordCount() / SHORT_SENTENCE_WORDS);
            double form = endsAsSentence(s) ? 1.0 : FRAGMENT;
            raw[i] = length * form * (POSITION * position + CENTRALITY * centrality[i]
                    + titleWeight * titleOverlap + ENTITIES * entities[i]) / total;
            Map<String, Double> r = new LinkedHashMap<>();
            r.put("position", position);
            r.put("centrality", centrality[i]);
            if (!title.isEmpty()) {
                r.put("titleOverlap", titleOverlap);
            }
            r.put("entityDensity", entities[i]);
            r.put("length", length);
            r.put("form", form);
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
