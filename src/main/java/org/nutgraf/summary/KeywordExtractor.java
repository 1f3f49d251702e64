package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key terms by TextRank over a lemma co-occurrence graph (Mihalcea and Tarau, 2004): nouns and adjectives that
 * appear near many other important words rank high; runs of them form phrases ("security alliance"), scored by
 * the mean rank of their words, growing with their length and how often they recur. Stateless and thread-safe.
 */
public final class KeywordExtractor {

    private static final int WINDOW = 3;
    private static final int MAX_PHRASE_WORDS = 4;

    /** The top {@code limit} keywords of the article, best first. */
    public List<Keyword> extract(Article article, int limit) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> windows = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Integer> seq = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (isCandidate(t)) {
                    seq.add(ids.computeIfAbsent(t.lemma(), k -> ids.size()));
                }
            }
            windows.add(seq);
        }
        int n = ids.size();
        if (n == 0) {
            return List.of();
        }
        Centrality graph = new Centrality(n);
        for (List<Integer> seq : windows) {
            for (int i = 0; i < seq.size(); i++) {
                for (int j = i + 1; j < Math.min(seq.size(), i + WINDOW); j++) {
                    graph.connect(seq.get(i), seq.get(j), 1.0);
                }
            }
        }
        double[] rank = graph.pageRank();
        String[] lemmas = ids.keySet().toArray(String[]::new);
        Map<String, Double> wordRank = new HashMap<>();
        for (int i = 0; i < n; i++) {
            wordRank.put(lemmas[i], rank[i]);
        }
        return phrases(article, wordRank, limit);
    }

    private static List<Keyword> phrases(Article article, Map<String, Double> wordRank, int limit) {
        Map<String, double[]> scoreAndCount = new LinkedHashMap<>();
        Map<String, String> surface = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> run = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (isCandidate(t) && run.size() < MAX_PHRASE_WORDS) {
                    run.add(t);
                } else {
                    addPhrase(article.text(), run, wordRank, scoreAndCount, surface);
                    run = new ArrayList<>();
                    if (isCandidate(t)) {
                        run.add(t);
                    }
                }
            }
            addPhrase(article.text(), run, wordRank, scoreAndCount, surface);
        }
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(scoreAndCount.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        double top = ranked.isEmpty() ? 1 : ranked.get(0).getValue()[0];
        List<Keyword> keywords = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ranked) {
            if (keywords.size() >= limit) {
                break;
            }
            double score = Math.round(e.getValue()[0] / top * 1000) / 1000.0;
            keywords.add(new Keyword(surface.get(e.getKey()), e.getKey(), score, (int) e.getValue()[1]));
        }
        return keywords;
    }

    private static void addPhrase(String text, List<Token> run, Map<String, Double> wordRank,
                                  Map<String, double[]> scoreAndCount, Map<String, String> surface) {
        // a phrase ends in a noun: trailing adjectives are dropped
        int end = run.size();
        while (end > 0 && !run.get(end - 1).tag().startsWith("NN")) {
            end--;
        }
        if (end == 0) {
            return;
        }
        List<Token> phrase = run.subList(0, end);
        String lemma = String.join(" ", phrase.stream().map(Token::lemma).toList());
        double mean = phrase.stream().mapToDouble(t -> wordRank.getOrDefault(t.lemma(), 0.0)).average().orElse(0);
        double[] sc = scoreAndCount.computeIfAbsent(lemma, k -> new double[2]);
        sc[1]++;
        // longer phrases are more specific, repeated ones more central; both gain, with diminishing returns
        sc[0] = mean * Math.sqrt(phrase.size()) * (1 + Math.log(sc[1]));
        surface.putIfAbsent(lemma, text.substring(phrase.get(0).start(), phrase.get(phrase.size() - 1).end()));
    }

    private static boolean isCandidate(Token t) {
        return (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) && t.isContent() && t.word().length() > 1;
    }
}
