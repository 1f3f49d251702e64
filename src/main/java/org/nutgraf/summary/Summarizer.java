package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Scores an article's sentences with the chosen algorithm and keeps the best that fit the budget. Thread-safe. */
public final class Summarizer {

    private final Map<Algorithm, SentenceScorer> scorers = new EnumMap<>(Algorithm.class);
    private final Map<Algorithm, SentenceSelector> selectors = new EnumMap<>(Algorithm.class);

    /** With the bundled news model. */
    public Summarizer() {
        this(LearnedNewsScorer.bundled());
    }

    /**
     * For articles read with Lucene rather than CoreNLP (coarse tags, no entities): the news model learnt from
     * articles read that way.
     */
    public static Summarizer forLuceneReadArticles() {
        return new Summarizer(LinearModel.resource(LearnedNewsScorer.LUCENE_RESOURCE));
    }

    /** With another news model: the lab's candidates while they are trained and compared. */
    public Summarizer(LinearModel newsModel) {
        scorers.put(Algorithm.LEAD, new LeadScorer());
        scorers.put(Algorithm.TEXTRANK, GraphScorer.textRank());
        scorers.put(Algorithm.LEXRANK, GraphScorer.lexRank());
        scorers.put(Algorithm.CENTROID, new CentroidScorer());
        scorers.put(Algorithm.NEWS, new LearnedNewsScorer(newsModel));
        SentenceSelector plain = new SentenceSelector(false, false);
        for (Algorithm a : Algorithm.values()) {
            selectors.put(a, plain);
        }
        selectors.put(Algorithm.NEWS, new SentenceSelector(true, true));
    }

    /**
     * Summarises an article.
     *
     * @param defaultSentences the length when the budget sets no limit
     */
    public Summary summarize(Article article, Algorithm algorithm, SummaryBudget budget, int defaultSentences) {
        return select(article, algorithm, scorers.get(algorithm).score(article), budget, defaultSentences, s -> true);
    }

    /**
     * What the news scorer may choose: sentences, not lines that end without a statement's punctuation (a headline,
     * a byline, a menu item or a caption left in the text), unless the article has nothing else. The model learnt
     * from clean articles, which hold few such lines, so it cannot be left to weigh them.
     */
    private static Predicate<Sentence> statements(Article article, Algorithm algorithm) {
        if (algorithm != Algorithm.NEWS || article.sentences().stream().noneMatch(SentenceFeatures::endsAsSentence)) {
            return s -> true;
        }
        return SentenceFeatures::endsAsSentence;
    }

    /**
     * A summary that states the story, for presets (a push alert, a social post): only sentences that name the
     * article's main topic, its top keyword, are chosen, so a hook, a rhetorical question or a scene-setting opening
     * is passed over for a sentence that carries the who or what. When no sentence of the budget names it, the best
     * single sentence that does; when none does at all (or there is no topic), the summary as any other, or its best
     * single sentence when nothing fits. The article is scored once.
     *
     * @param topic the article's top keyword ({@link KeywordExtractor}), or null when it has none
     */
    public Summary summarizeStory(Article article, Algorithm algorithm, SummaryBudget budget, int defaultSentences,
                                  Keyword topic) {
        Predicate<Sentence> eligible = s -> true;
        if (topic != null) {
            List<String> lemmas = List.of(topic.lemma().split(" "));
            Predicate<Sentence> names = s -> s.tokens().stream().map(t -> t.lemma()).toList().containsAll(lemmas);
            if (article.sentences().stream().anyMatch(names)) {
                eligible = names;
            }
        }
        List<SentenceScore> scores = scorers.get(algorithm).score(article);
        Summary story = select(article, algorithm, scores, budget, defaultSentences, eligible);
        return story.sentences().isEmpty()
                ? select(article, algorithm, scores, new SummaryBudget(1, null, null, null), defaultSentences, eligible)
                : story;
    }

    private Summary select(Article article, Algorithm algorithm, List<SentenceScore> scores, SummaryBudget budget,
                           int defaultSentences, Predicate<Sentence> eligible) {
        List<Integer> picked = selectors.get(algorithm).select(article, scores, budget, defaultSentences,
                statements(article, algorithm).and(eligible));
        List<ChosenSentence> chosen = new ArrayList<>(picked.size());
        for (int rank = 0; rank < picked.size(); rank++) {
            int i = picked.get(rank);
            chosen.add(new ChosenSentence(article.sentences().get(i), scores.get(i), rank + 1));
        }
        return new Summary(algorithm, chosen);
    }
}
