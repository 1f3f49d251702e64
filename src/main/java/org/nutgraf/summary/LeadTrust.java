package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.LinearModel;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How far to trust an article's lead. Straight news is written so that its first sentences are its summary; an
 * op-ed, a feature or a live page is not, and a pyramid's lead may still open on a hook. A linear model gives each
 * sentence the lead would pick a bonus, in the news scorer's log-odds: from signals of the whole article (how it
 * opens, how its first sentence compares with the rest and with the headline, its voice, its length and shape), of
 * the budget (a lead of one sentence) and of the sentence (it names none of the article's top keywords; it shares no
 * word with the headline). Another sentence replaces a lead sentence only when the news scorer prefers it by more
 * than its bonus: the summary departs from the lead only on evidence. The model is made in the lab ({@code lab/run
 * summary-train}): a logistic regression of "the lead beat the scorer's free choice" over the article signals, scaled
 * and shifted, and the weights of the budget and sentence signals, each chosen by the worst publisher left out (the
 * shipped file records which of them earned a weight). Thread-safe.
 */
public final class LeadTrust {

    /** Where the trained model lives on the classpath, with its provenance in its header. */
    static final String RESOURCE = "summary/lead-trust.tsv";

    /**
     * The feature of a lead of one sentence: a one-sentence summary compares the first sentence with the best of the
     * rest, which the lead wins less often than it wins three.
     */
    public static final String ONE_SENTENCE = "budget:one-sentence";

    /**
     * The feature of a lead sentence that names none of the article's {@link #TOPICS} top keywords; its weight is
     * chosen in the lab with the bonus, never learnt from the articles' signals.
     */
    public static final String OFF_TOPIC = "sentence:off-topic";

    /**
     * The feature of a lead sentence that shares no content word with the article's headline (when it has one); its
     * weight too is chosen in the lab with the bonus.
     */
    public static final String HEADLINE_MISSES = "sentence:headline-misses";

    /** The article's main topics: its top keywords. */
    private static final int TOPICS = 3;
    private static final KeywordExtractor KEYWORDS = new KeywordExtractor();

    /** No bonus: the news scorer's own choice (the lab's free summaries, and readers without a learnt trust). */
    public static final LeadTrust NONE = new LeadTrust(new LinearModel(Map.of()));

    /** Article-length buckets, in sentences. */
    private static final int[] SENTENCES_FROM = {0, 10, 20, 40};
    private static final String[] SENTENCES_NAMES = {"<10", "10-19", "20-39", "40+"};

    /** First-sentence length buckets, in words. */
    private static final int[] WORDS_FROM = {0, 10, 20, 30, 45};
    private static final String[] WORDS_NAMES = {"<10", "10-19", "20-29", "30-44", "45+"};

    private final LinearModel model;

    public LeadTrust(LinearModel model) {
        this.model = model;
    }

    /** The bonus, in log-odds, of the lead's sentences in an article with these {@link #features}. */
    public double bonus(Map<String, Double> articleFeatures) {
        return model.logit(articleFeatures);
    }

    /**
     * The bonus of each sentence the lead picks: the article's, {@link #OFF_TOPIC}'s weight more for a lead sentence
     * that names none of the article's main topics (its top keywords), and {@link #HEADLINE_MISSES}'s for one that
     * shares no word with the headline, such as a hook that opens an op-ed or a caption left in the text.
     *
     * @return one bonus per sentence of {@code lead}, in its order
     */
    public double[] bonuses(Article article, List<Map<String, Double>> sentenceFeatures, List<Integer> lead) {
        double[] out = new double[lead.size()];
        if (lead.isEmpty()) {
            return out;
        }
        double bonus = bonus(features(article, sentenceFeatures, lead));
        double offTopic = model.weight(OFF_TOPIC);
        double missesHeadline = article.titleTokens().isEmpty() ? 0 : model.weight(HEADLINE_MISSES);
        Set<String> topics = offTopic == 0 ? Set.of() : topics(article);
        for (int l = 0; l < out.length; l++) {
            int i = lead.get(l);
            boolean off = offTopic != 0 && article.sentences().get(i).tokens().stream()
                    .noneMatch(t -> topics.contains(t.lemma()));
            boolean misses = sentenceFeatures.get(i).getOrDefault("headline:overlap", 0.0) == 0;
            out[l] = bonus + (off ? offTopic : 0) + (misses ? missesHeadline : 0);
        }
        return out;
    }

    /** The lemmas of the article's top keywords. */
    private static Set<String> topics(Article article) {
        Set<String> topics = new HashSet<>();
        for (Keyword k : KEYWORDS.extract(article, TOPICS)) {
            topics.addAll(List.of(k.lemma().split(" ")));
        }
        return topics;
    }

    /**
     * Signals of the whole article and of the summary's length, values 0 to 1: whether the lead is one sentence; how
     * the article opens (the piece signals of {@link SentenceFeatures}, the first sentence's length, names, numbers,
     * quotes, centrality and headline overlap); how its lead compares with the rest; its length and its shape.
     *
     * @param sentenceFeatures the news scorer's features of every sentence ({@link SentenceFeatures#of})
     * @param lead             the indexes of the sentences the lead picks for the summary's budget
     */
    public static Map<String, Double> features(Article article, List<Map<String, Double>> sentenceFeatures,
                                               List<Integer> lead) {
        Map<String, Double> f = new LinkedHashMap<>();
        List<Sentence> sentences = article.sentences();
        if (sentences.isEmpty()) {
            return f;
        }
        put(f, ONE_SENTENCE, lead.size() == 1);
        for (String signal : SentenceFeatures.pieceSignals(article)) {
            f.put("piece:" + signal, 1.0);
        }
        int n = sentences.size();
        f.put("article:sentences:" + SentenceFeatures.bucket(n, SENTENCES_FROM, SENTENCES_NAMES), 1.0);
        f.put("article:sentences-per-paragraph", Math.min(1.0, (double) n / article.paragraphCount() / 5));
        long quoting = sentences.stream().filter(s -> SentenceFeatures.holdsQuote(s.text())).count();
        f.put("article:quoting", (double) quoting / n);

        Sentence first = sentences.get(0);
        Map<String, Double> firstFeatures = sentenceFeatures.get(0);
        f.put("first:words:" + SentenceFeatures.bucket(first.wordCount(), WORDS_FROM, WORDS_NAMES), 1.0);
        boolean names = first.tokens().stream().anyMatch(t -> t.isWord() && (t.isEntity() || t.isProperNoun()));
        put(f, "first:names", names);
        put(f, "first:numbers", first.tokens().stream().anyMatch(t -> "CD".equals(t.tag())));
        put(f, "first:quote", SentenceFeatures.holdsQuote(first.text()));
        put(f, "first:statement", SentenceFeatures.endsAsSentence(first));
        put(f, "first:central-top1", firstFeatures.containsKey("centrality:top1"));
        put(f, "first:central-top3", firstFeatures.containsKey("centrality:top3"));
        f.put("first:centrality", firstFeatures.getOrDefault("centrality:lexrank", 0.0));
        if (article.titleTokens().isEmpty()) {
            f.put("headline:none", 1.0);
        } else {
            double firstOverlap = firstFeatures.getOrDefault("headline:overlap", 0.0);
            f.put("headline:first-overlap", firstOverlap);
            put(f, "headline:first-misses", firstOverlap == 0);
            f.put("headline:lead-overlap", leadOverlap(article, lead));
        }
        double leadCentrality = lead.stream()
                .mapToDouble(i -> sentenceFeatures.get(i).getOrDefault("centrality:lexrank", 0.0)).max().orElse(0);
        double restCentrality = IntStream.range(0, n).filter(i -> !lead.contains(i))
                .mapToDouble(i -> sentenceFeatures.get(i).getOrDefault("centrality:lexrank", 0.0)).max().orElse(0);
        put(f, "lead:most-central", leadCentrality >= restCentrality);
        return f;
    }

    /** The share of the headline's content lemmas that the lead's sentences hold. */
    private static double leadOverlap(Article article, List<Integer> lead) {
        Set<String> title = new HashSet<>(article.titleLemmas());
        if (title.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>();
        for (int i : lead) {
            for (Token t : article.sentences().get(i).tokens()) {
                if (title.contains(t.lemma())) {
                    held.add(t.lemma());
                }
            }
        }
        return (double) held.size() / title.size();
    }

    private static void put(Map<String, Double> f, String name, boolean present) {
        if (present) {
            f.put(name, 1.0);
        }
    }
}
