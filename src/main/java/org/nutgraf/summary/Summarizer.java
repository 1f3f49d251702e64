package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.model.LinearModel;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.Provenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Scores an article's sentences with the chosen algorithm and keeps the best that fit the budget. Thread-safe. */
public final class Summarizer {

    private final Map<Algorithm, SentenceScorer> scorers = new EnumMap<>(Algorithm.class);
    private final Map<Algorithm, SentenceSelector> selectors = new EnumMap<>(Algorithm.class);
    private final LearnedNewsScorer news;
    private final LeadTrust leadTrust;
    private final List<Provenance> models;

    /** With the bundled news model and lead trust. */
    public Summarizer() {
        this(ModelFile.linear(LearnedNewsScorer.RESOURCE), ModelFile.linear(LeadTrust.RESOURCE));
    }

    private Summarizer(ModelFile<LinearModel> news, ModelFile<LinearModel> leadTrust) {
        this(news.model(), new LeadTrust(leadTrust.model()), List.of(news.provenance(), leadTrust.provenance()));
    }

    /**
     * For articles read with Lucene rather than CoreNLP (coarse tags, no entities): the news model learnt from
     * articles read that way, with no lead bonus (its one training language leaves no publisher out to learn it from).
     */
    public static Summarizer forLuceneReadArticles() {
        ModelFile<LinearModel> news = ModelFile.linear(LearnedNewsScorer.LUCENE_RESOURCE);
        return new Summarizer(news.model(), LeadTrust.NONE, List.of(news.provenance()));
    }

    /** With another news model and no lead bonus: the lab's candidates and free summaries. */
    public Summarizer(LinearModel newsModel) {
        this(newsModel, LeadTrust.NONE);
    }

    /** With another news model and lead trust: the lab's candidates while they are trained and compared. */
    public Summarizer(LinearModel newsModel, LeadTrust leadTrust) {
        this(newsModel, leadTrust, List.of());
    }

    private Summarizer(LinearModel newsModel, LeadTrust leadTrust, List<Provenance> models) {
        this.news = new LearnedNewsScorer(newsModel);
        this.leadTrust = leadTrust;
        this.models = models;
        scorers.put(Algorithm.LEAD, new LeadScorer());
        scorers.put(Algorithm.TEXTRANK, GraphScorer.textRank());
        scorers.put(Algorithm.LEXRANK, GraphScorer.lexRank());
        scorers.put(Algorithm.CENTROID, new CentroidScorer());
        scorers.put(Algorithm.NEWS, news);
        SentenceSelector plain = new SentenceSelector(false, false);
        for (Algorithm a : Algorithm.values()) {
            selectors.put(a, plain);
        }
        selectors.put(Algorithm.NEWS, new SentenceSelector(true, true));
    }

    /** The shipped model files an algorithm's summaries come from: the news scorer's; none for the others. */
    public List<Provenance> models(Algorithm algorithm) {
        return algorithm == Algorithm.NEWS ? models : List.of();
    }

    /**
     * Summarises an article.
     *
     * @param defaultSentences the length when the budget sets no limit
     */
    public Summary summarize(Article article, Algorithm algorithm, SummaryBudget budget, int defaultSentences) {
        if (algorithm == Algorithm.NEWS) {
            return news(article, SentenceFeatures.of(article), budget, defaultSentences, s -> true);
        }
        return select(article, algorithm, scorers.get(algorithm).score(article), budget, defaultSentences, s -> true);
    }

    /**
     * The {@code news} summary of an article whose sentence features are already read ({@link SentenceFeatures#of}):
     * the lab scores many candidate models on the same articles this way.
     */
    public Summary summarizeNews(Article article, List<Map<String, Double>> features, SummaryBudget budget,
                                 int defaultSentences) {
        return news(article, features, budget, defaultSentences, s -> true);
    }

    /**
     * The sentences the lead gives for a budget, among those the news scorer may choose: what {@code news} departs
     * from, and what {@link LeadTrust#features} compares the rest with.
     */
    public List<Integer> leadPick(Article article, SummaryBudget budget, int defaultSentences) {
        return leadPick(article, budget, defaultSentences, statements(article, Algorithm.NEWS));
    }

    private List<Integer> leadPick(Article article, SummaryBudget budget, int defaultSentences,
                                  Predicate<Sentence> allowed) {
        return selectors.get(Algorithm.LEAD).select(article, scorers.get(Algorithm.LEAD).score(article), budget,
                defaultSentences, allowed);
    }

    /**
     * The news scorer's choice weighed against the lead's. Each sentence of the lead's pick for the same budget gets
     * the bonus {@link LeadTrust} gives it; a sentence outside it is chosen only when it scores higher still. The
     * reasons say so: {@code lead} is the bonus a lead sentence received, {@code departure} how far a chosen sentence
     * outside the lead scored above the best lead sentence it displaced (negative when that one was left out for
     * another cause: it repeated a chosen sentence, or leaned on one that did not fit).
     */
    private Summary news(Article article, List<Map<String, Double>> features, SummaryBudget budget,
                         int defaultSentences, Predicate<Sentence> eligible) {
        Predicate<Sentence> allowed = statements(article, Algorithm.NEWS).and(eligible);
        List<Integer> lead = leadPick(article, budget, defaultSentences, allowed);
        LearnedNewsScorer.Scored scored = news.score(features);
        double[] bonuses = leadTrust.bonuses(article, features, lead);
        double[] logits = scored.logits().clone();
        Map<Integer, Double> bonus = new TreeMap<>();
        for (int l = 0; l < lead.size(); l++) {
            bonus.put(lead.get(l), bonuses[l]);
            logits[lead.get(l)] += bonuses[l];
        }
        List<SentenceScore> scores = new ArrayList<>(logits.length);
        for (int i = 0; i < logits.length; i++) {
            scores.add(new SentenceScore(LinearModel.probability(logits[i]), scored.reasons().get(i)));
        }
        List<Integer> picked = selectors.get(Algorithm.NEWS).select(article, scores, budget, defaultSentences, allowed);
        double displaced = lead.stream().filter(i -> !picked.contains(i)).mapToDouble(i -> logits[i]).max()
                .orElse(Double.NaN);
        List<ChosenSentence> chosen = new ArrayList<>(picked.size());
        for (int rank = 0; rank < picked.size(); rank++) {
            int i = picked.get(rank);
            Map<String, Double> reasons = new TreeMap<>(scored.reasons().get(i));
            if (lead.contains(i)) {
                reasons.put("lead", bonus.get(i));
            } else if (!Double.isNaN(displaced)) {
                reasons.put("departure", logits[i] - displaced);
            }
            chosen.add(new ChosenSentence(article.sentences().get(i),
                    new SentenceScore(scores.get(i).score(), reasons), rank + 1));
        }
        return new Summary(Algorithm.NEWS, chosen);
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
     * article's main topic, its top keyword, and someone or somewhere by name are chosen, so a hook, a rhetorical
     * question or a scene-setting opening is passed over for a sentence that carries the who or what. Where no such
     * sentence fits the budget, sentences that name the topic; where none of those fits either, the best single
     * sentence of the strictest kind the article has, over the budget. When no sentence names the topic (or there is
     * none), the summary as any other, or its best single sentence when nothing fits. The article's features are
     * read once.
     *
     * @param topic the article's top keyword ({@link KeywordExtractor}), or null when it has none
     */
    public Summary summarizeStory(Article article, Algorithm algorithm, SummaryBudget budget, int defaultSentences,
                                  Keyword topic) {
        // strictest first: the topic and someone or somewhere by name (who did what where), then the topic alone
        List<Predicate<Sentence>> tiers = new ArrayList<>();
        if (topic != null) {
            List<String> lemmas = List.of(topic.lemma().split(" "));
            Predicate<Sentence> names = s -> s.tokens().stream().map(t -> t.lemma()).toList().containsAll(lemmas);
            tiers.add(names.and(s -> s.tokens().stream().anyMatch(t -> t.isWord() && (t.isEntity()
                    || t.isProperNoun()))));
            tiers.add(names);
        }
        tiers.removeIf(tier -> article.sentences().stream().noneMatch(tier));
        if (tiers.isEmpty()) {
            tiers.add(s -> true);
        }
        List<Map<String, Double>> features = algorithm == Algorithm.NEWS ? SentenceFeatures.of(article) : null;
        List<SentenceScore> scores = algorithm == Algorithm.NEWS ? null : scorers.get(algorithm).score(article);
        for (Predicate<Sentence> tier : tiers) {
            Summary story = algorithm == Algorithm.NEWS ? news(article, features, budget, defaultSentences, tier)
                    : select(article, algorithm, scores, budget, defaultSentences, tier);
            if (!story.sentences().isEmpty()) {
                return story;
            }
        }
        // nothing fits the budget: the best single sentence of the strictest kind
        SummaryBudget one = new SummaryBudget(1, null, null, null);
        return algorithm == Algorithm.NEWS ? news(article, features, one, defaultSentences, tiers.get(0))
                : select(article, algorithm, scores, one, defaultSentences, tiers.get(0));
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
