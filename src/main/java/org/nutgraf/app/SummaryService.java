package org.nutgraf.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nutgraf.article.Article;
import org.nutgraf.config.NutgrafConfig;
import org.nutgraf.entities.Entities;
import org.nutgraf.model.Provenance;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.LuceneReader;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.nlp.Reader;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.ChosenSentence;
import org.nutgraf.summary.Keyword;
import org.nutgraf.summary.KeywordExtractor;
import org.nutgraf.summary.Preset;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a request, finds the story in what was sent, reads it once with CoreNLP, and builds the summary answer.
 * Thread-safe.
 */
@ApplicationScoped
public class SummaryService {

    private final Pipelines pipelines;
    private final ArticleSource source;
    private final LanguagePolicy languages;
    private final Models models;
    private final NutgrafConfig config;
    private final Validator validator;
    private final String version;
    private final KeywordExtractor keywords = new KeywordExtractor();

    private final Map<Pipelines.Need, Timer> nlpTime = new EnumMap<>(Pipelines.Need.class);
    /** The Lucene readers made so far, one per language asked for. */
    private final Map<String, Reader> otherReaders = new ConcurrentHashMap<>();

    public SummaryService(Pipelines pipelines, Models models, ArticleSource source, LanguagePolicy languages,
                          NutgrafConfig config, MeterRegistry registry, Validator validator,
                          @ConfigProperty(name = "quarkus.application.version") String version) {
        this.models = models;
        this.validator = validator;
        this.pipelines = pipelines;
        this.source = source;
        this.languages = languages;
        for (Pipelines.Need need : Pipelines.Need.values()) {
            String annotators = need == Pipelines.Need.CLAIMS ? config.nlp().claimsAnnotators() : config.nlp().annotators();
            nlpTime.put(need, Timer.builder("nutgraf.nlp.time").tag("annotators", annotators)
                    .description("CoreNLP time per article, by annotator set").register(registry));
        }
        this.config = config;
        this.version = version;
    }

    /**
     * Checks what can be checked without NLP, so a bad request is answered at once and never takes a worker.
     *
     * @throws ProblemException for anything the caller must change
     */
    public void check(ArticleInput input, SummaryOptions options) {
        checkOptions(options);
        ControlCharacters.check(input.title(), "title");
        if (!input.isHtml()) {
            source.checkText(input.text());
        }
    }

    /**
     * Checks options alone, however they came (JSON, query parameters, command-line flags), in the same words:
     * the ranges SummaryOptions declares, then the algorithm and preset by name.
     *
     * @throws ProblemException a 400 naming what is wrong
     */
    public void checkOptions(SummaryOptions options) {
        if (options == null) {
            return;
        }
        Set<ConstraintViolation<SummaryOptions>> violations = validator.validate(options);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        algorithm(options.algorithm());
        preset(options.preset());
    }

    /** An article found in what was sent, in a language Nutgraf reads, and read by the pipeline its request needs. */
    private record Read(ArticleSource.Prepared prepared, LanguagePolicy.Decision language, Article article,
                        List<String> annotators, List<Provenance> models) {
    }

    /**
     * Finds the story, decides its language and reads it once: English with CoreNLP (with NER only when key claims
     * or entities are wanted), other languages with Lucene.
     */
    private Read read(ArticleInput input, SummaryOptions o, boolean withNer) {
        ArticleSource.Prepared prepared = source.prepare(input, o.cleaning(), o.includeArticleText());
        LanguagePolicy.Decision language = languages.decide(o.language(), prepared.declaredLanguage(),
                prepared.analysed());
        Article article;
        List<String> annotators;
        if (LanguagePolicy.readByCoreNlp(language.language())) {
            Pipelines.Need need = withNer ? Pipelines.Need.CLAIMS : Pipelines.Need.SUMMARY;
            ArticleReader reader = pipelines.reader(need);
            article = nlpTime.get(need).record(() -> reader.read(prepared.analysed(), prepared.title()));
            annotators = reader.annotators();
        } else {
            Reader reader = otherReaders.computeIfAbsent(language.language(), LuceneReader::of);
            article = reader.read(prepared.analysed(), prepared.title());
            annotators = reader.annotators();
        }
        if (article.wordCount() == 0) {
            throw new ProblemException(422, "no-sentences", "No sentences", "The text has no words to analyse");
        }
        List<Provenance> readers = new ArrayList<>(prepared.models());
        if (language.consultedDetector()) {
            readers.add(models.get().languages().provenance());
        }
        return new Read(prepared, language, article, annotators, List.copyOf(readers));
    }

    /** The key claims of an article, as answered; inSummary from the chosen sentence indexes. */
    private List<SummaryResponse.ClaimView> claims(Read read, SummaryOptions o, Set<Integer> chosen) {
        String text = read.prepared().text();
        return models.get().claims().find(read.article(), o.claimLimit(), o.claimFloor()).stream().map(c -> new SummaryResponse.ClaimView(
                text.substring(c.start(), c.end()), c.sentenceIndex(), c.start(), c.end(),
                round(c.checkWorthiness(), 4), c.type(), c.speaker(), c.attribution(),
                c.signals().stream().map(g -> new SummaryResponse.SignalView(g.kind(), g.text(), significant(g.value()),
                        g.unit(), g.start(), g.end())).toList(),
                chosen.contains(c.sentenceIndex()),
                SummaryResponse.QuoteSelector.of(text, c.start(), c.end()))).toList();
    }

    /** Only the key claims of one article, from one NLP pass. */
    public ClaimsResponse keyClaims(ArticleInput input, SummaryOptions options) {
        SummaryOptions o = options == null ? SummaryOptions.DEFAULTS : options;
        Read read = read(input, o, true);
        if (!LanguagePolicy.readByCoreNlp(read.language().language())) {
            throw languages.claimsNotOffered(read.language().language());
        }
        SummaryOptions effective = new SummaryOptions(null, null, null, null, null, null, null, o.cleaning(), null,
                null, o.claimLimit(), o.claimFloor(), o.language(), null);
        return new ClaimsResponse(claims(read, o, Set.of()), read.prepared().view(), meta("claims", effective, read,
                input, null, models.get().claims().models()));
    }

    /** Summarises one article (with its key claims and entities unless told not to), from one NLP pass. */
    public SummaryResponse summarize(ArticleInput input, SummaryOptions options) {
        SummaryOptions o = options == null ? SummaryOptions.DEFAULTS : options;
        Read read = read(input, o, o.claimsWanted() || o.entitiesWanted());
        boolean coreNlp = LanguagePolicy.readByCoreNlp(read.language().language());
        boolean claims = o.claimsWanted() && coreNlp;
        boolean entities = o.entitiesWanted() && coreNlp;
        ArticleSource.Prepared prepared = read.prepared();
        Article article = read.article();
        String text = prepared.text();
        Algorithm algorithm = algorithm(o.algorithm());
        Preset preset = preset(o.preset());
        SummaryBudget budget = budget(o, preset);

        int defaultSentences = config.summary().defaultSentences();
        // at least the top keyword: a preset's summary names it (see Summarizer.summarizeStory)
        List<Keyword> found = keywords.extract(article, Math.max(1, config.summary().keywords()));
        Summarizer s = coreNlp ? models.get().summarizer() : models.get().luceneSummarizer();
        Summary summary = preset == null ? s.summarize(article, algorithm, budget, defaultSentences)
                : s.summarizeStory(article, algorithm, budget, defaultSentences,
                found.isEmpty() ? null : found.get(0));
        List<ChosenSentence> ordered = o.byScore() ? summary.inRankOrder() : summary.sentences();
        List<SummaryResponse.SentenceView> views = ordered.stream().map(c -> view(c, text)).toList();
        String joined = views.stream().map(SummaryResponse.SentenceView::text).collect(Collectors.joining(" "));

        List<SummaryResponse.KeywordView> keywordViews = found.stream().limit(config.summary().keywords())
                .map(k -> new SummaryResponse.KeywordView(k.text(), k.lemma(), k.score(), k.count())).toList();

        int words = article.wordCount();
        int summaryWords = summary.wordCount();
        SummaryResponse.Stats stats = new SummaryResponse.Stats(article.sentences().size(), article.paragraphCount(),
                words, text.length(), round((double) words / config.summary().wordsPerMinute(), 1),
                summary.sentences().size(), summaryWords, words == 0 ? 0 : round((double) summaryWords / words, 3));

        boolean noLength = budget.sentences() == null && budget.ratio() == null && budget.maxWords() == null
                && budget.maxChars() == null;
        List<SummaryResponse.ClaimView> keyClaims = claims ? claims(read, o, summary.sentences().stream()
                .map(c -> c.sentence().index()).collect(Collectors.toSet())) : null;
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
        List<Provenance> used = new ArrayList<>(s.models(algorithm));
        if (claims) {
            used.addAll(models.get().claims().models());
        }
        SummaryResponse.Meta meta = meta(algorithm.id(), effective, read, input,
                notOffered.isEmpty() ? null : List.copyOf(notOffered), used);
        return new SummaryResponse(new SummaryResponse.SummaryView(joined, views), keywordViews, keyClaims,
                entities ? entities(article, text) : null, prepared.view(), stats, meta);
    }

    /** The answer's meta; models: the files the answer's parts came from, after those that read the article. */
    private SummaryResponse.Meta meta(String algorithm, SummaryOptions effective, Read read, ArticleInput input,
                                      List<String> notOffered, List<Provenance> models) {
        List<SummaryResponse.ModelView> used = new ArrayList<>();
        for (Provenance p : read.models()) {
            used.add(new SummaryResponse.ModelView(p.file(), p.shortHash()));
        }
        for (Provenance p : models) {
            used.add(new SummaryResponse.ModelView(p.file(), p.shortHash()));
        }
        return new SummaryResponse.Meta(algorithm, effective, version, read.annotators(), read.language().language(),
                read.language().confidence(), read.language().source(), notOffered, input.sha256(), List.copyOf(used));
    }

    /** The article's named entities, their mentions sliced from the text offsets point into, as sentences are. */
    private static List<SummaryResponse.EntityView> entities(Article article, String text) {
        return Entities.in(article).stream().map(e -> new SummaryResponse.EntityView(e.text(), e.type(), e.count(),
                e.firstOffset(), e.mentions().stream().map(m -> new SummaryResponse.MentionView(
                        text.substring(m.start(), m.end()), m.start(), m.end())).toList())).toList();
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

    private static Algorithm algorithm(String id) {
        return Algorithm.fromId(id == null ? Algorithm.DEFAULT_ID : id).orElseThrow(() -> ProblemException.invalid(
                "Unknown algorithm '" + abbreviate(id) + "'; valid ones are: " + Algorithm.ids()));
    }

    private static Preset preset(String id) {
        if (id == null) {
            return null;
        }
        return Preset.fromId(id).orElseThrow(() -> ProblemException.invalid(
                "Unknown preset '" + abbreviate(id) + "'; valid ones are: " + Preset.ids()));
    }

    /** A chosen sentence as answered: its text sliced from the text offsets point into, never from the cleaned copy. */
    private static SummaryResponse.SentenceView view(ChosenSentence c, String text) {
        Map<String, Double> reasons = new LinkedHashMap<>();
        c.score().reasons().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.put(e.getKey(), round(e.getValue(), 4)));
        int start = c.sentence().start();
        int end = c.sentence().end();
        return new SummaryResponse.SentenceView(c.sentence().index(), text.substring(start, end), start, end,
                round(c.score().score(), 4), c.rank(), reasons, SummaryResponse.QuoteSelector.of(text, start, end));
    }

    /** A quantity to 12 significant digits: 5.2% is 0.052, not 0.052000000000000005. */
    private static Double significant(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
