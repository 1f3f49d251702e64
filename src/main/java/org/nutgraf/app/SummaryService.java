package org.nutgraf.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nutgraf.article.Article;
import org.nutgraf.config.NutgrafConfig;
import org.nutgraf.model.Provenance;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.ChosenSentence;
import org.nutgraf.summary.Keyword;
import org.nutgraf.summary.KeywordExtractor;
import org.nutgraf.summary.Preset;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary answer of one accepted article, with its key claims and entities unless told not to, from one reading
 * ({@link ArticleReading}). Thread-safe.
 */
@ApplicationScoped
public class SummaryService {

    private final ArticleReading reading;
    private final Models models;
    private final NutgrafConfig config;
    private final String version;
    private final KeywordExtractor keywords = new KeywordExtractor();

    public SummaryService(ArticleReading reading, Models models, NutgrafConfig config,
                          @ConfigProperty(name = "quarkus.application.version") String version) {
        this.reading = reading;
        this.models = models;
        this.config = config;
        this.version = version;
    }

    /** Summarises one accepted article (with its key claims and entities unless told not to), from one NLP pass. */
    public SummaryResponse summarize(ArticleReading.Accepted accepted) {
        SummaryOptions o = accepted.options();
        ArticleReading.ReadArticle read = reading.read(accepted, o.claimsWanted() || o.entitiesWanted());
        boolean claims = o.claimsWanted() && read.track().hasEntities();
        boolean entities = o.entitiesWanted() && read.track().hasEntities();
        ArticleSource.Prepared prepared = read.prepared();
        Article article = read.article();
        String text = prepared.text();
        Algorithm algorithm = algorithm(o.algorithm());
        Preset preset = preset(o.preset());
        SummaryBudget budget = budget(o, preset);

        int defaultSentences = config.summary().defaultSentences();
        // at least the top keyword: a preset's summary names it (see Summarizer.summarizeStory)
        List<Keyword> found = keywords.extract(article, Math.max(1, config.summary().keywords()));
        Models.Loaded loaded = models.get();
        Summarizer s = loaded.summarizer(read.track());
        Summary summary = preset == null ? s.summarize(article, algorithm, budget, defaultSentences)
                : s.summarizeStory(article, algorithm, budget, defaultSentences,
                found.isEmpty() ? null : found.get(0));
        List<ChosenSentence> ordered = o.byScore() ? summary.inRankOrder() : summary.sentences();
        List<SummaryResponse.SentenceView> views = ordered.stream().map(c -> AnswerViews.sentence(c, text)).toList();
        String joined = views.stream().map(SummaryResponse.SentenceView::text).collect(Collectors.joining(" "));

        List<SummaryResponse.KeywordView> keywordViews = found.stream().limit(config.summary().keywords())
                .map(k -> new SummaryResponse.KeywordView(k.text(), k.lemma(), k.score(), k.count())).toList();

        int words = article.wordCount();
        int summaryWords = summary.wordCount();
        SummaryResponse.Stats stats = new SummaryResponse.Stats(article.sentences().size(), article.paragraphCount(),
                words, text.length(), AnswerViews.round((double) words / config.summary().wordsPerMinute(), 1),
                summary.sentences().size(), summaryWords,
                words == 0 ? 0 : AnswerViews.round((double) summaryWords / words, 3));

        boolean noLength = budget.sentences() == null && budget.ratio() == null && budget.maxWords() == null
                && budget.maxChars() == null;
        List<Provenance> used = new ArrayList<>(s.models(algorithm));
        List<SummaryResponse.ClaimView> keyClaims = null;
        if (claims) {
            keyClaims = AnswerViews.claims(loaded.claims().find(article, o.claimLimit(), o.claimFloor()), text,
                    summary.sentences().stream().map(c -> c.sentence().index()).collect(Collectors.toSet()));
            used.addAll(loaded.claims().models());
        }
        SummaryOptions effective = new SummaryOptions(algorithm.id(),
                noLength ? Integer.valueOf(defaultSentences) : budget.sentences(), budget.ratio(), budget.maxWords(),
                budget.maxChars(), o.byScore() ? SummaryOptions.ORDER_SCORE : SummaryOptions.ORDER_DOCUMENT,
                preset == null ? null : preset.id(), o.cleaning(), null, o.claimsWanted(),
                o.claimsWanted() ? o.claimLimit() : null, o.claimsWanted() ? o.claimFloor() : null, o.language(),
                o.entitiesWanted());
        List<String> notOffered = new ArrayList<>();
        if (o.claimsWanted() && !claims) {
            notOffered.add("keyClaims");
        }
        if (o.entitiesWanted() && !entities) {
            notOffered.add("entities");
        }
        SummaryResponse.Meta meta = AnswerViews.meta(algorithm.id(), effective, version, read, accepted.input(),
                notOffered.isEmpty() ? null : List.copyOf(notOffered), used);
        return new SummaryResponse(new SummaryResponse.SummaryView(joined, views), keywordViews, keyClaims,
                entities ? AnswerViews.entities(article, text) : null, prepared.view(), stats, meta);
    }

    /** The preset's budget with the caller's explicit limits laid over it. */
    private static SummaryBudget budget(SummaryOptions o, Preset preset) {
        SummaryBudget base = preset == null ? new SummaryBudget(null, null, null, null) : preset.budget();
        return new SummaryBudget(
                o.sentences() != null ? o.sentences() : base.sentences(),
                o.ratio() != null ? o.ratio() : base.ratio(),
                o.maxWords() != null ? o.maxWords() : base.maxWords(),
                o.maxChars() != null ? o.maxChars() : base.maxChars());
    }

    /** The scorer named, the default when none is; a 400 naming the valid ones otherwise. */
    static Algorithm algorithm(String id) {
        return Algorithm.fromId(id == null ? Algorithm.DEFAULT_ID : id).orElseThrow(() -> ProblemException.invalid(
                "Unknown algorithm '" + abbreviate(id) + "'; valid ones are: " + Algorithm.ids()));
    }

    /** The preset named, null when none is; a 400 naming the valid ones otherwise. */
    static Preset preset(String id) {
        if (id == null) {
            return null;
        }
        return Preset.fromId(id).orElseThrow(() -> ProblemException.invalid(
                "Unknown preset '" + abbreviate(id) + "'; valid ones are: " + Preset.ids()));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
