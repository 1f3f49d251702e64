package org.nutgraf.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.nutgraf.article.Article;
import org.nutgraf.config.NutgrafConfig;
import org.nutgraf.model.Provenance;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.nlp.Reader;
import org.nutgraf.nlp.Readers;
import org.nutgraf.nlp.Track;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reading step every answer starts from. What the caller sent is checked once ({@link #accept}: cheap, on
 * the caller's thread, so a bad request never takes an NLP worker), then read once ({@link #read}, on a worker):
 * the story found (the article extracted from HTML, or the clutter of pasted text blanked), its language decided,
 * and the article read by the reader for that language, with named entities only when the answer needs them.
 * Summaries, key claims, batches and the command line all go through it. Thread-safe.
 */
@ApplicationScoped
public class ArticleReading {

    /** A request that passed the checks; only {@link #accept} makes one, so nothing is checked twice. */
    public static final class Accepted {

        private final ArticleInput input;
        private final SummaryOptions options;

        private Accepted(ArticleInput input, SummaryOptions options) {
            this.input = input;
            this.options = options == null ? SummaryOptions.DEFAULTS : options;
        }

        /** What the caller sent. */
        public ArticleInput input() {
            return input;
        }

        /** The caller's options; the defaults when none were sent. */
        public SummaryOptions options() {
            return options;
        }
    }

    /**
     * An article found in what was sent, in a language Nutgraf reads, and read once.
     *
     * @param prepared   the story as found, with what was removed
     * @param language   the language it was read as, and where that came from
     * @param article    the sentences, tokens and entities read
     * @param annotators what read it
     * @param models     the model files that found the story and its language
     */
    public record ReadArticle(ArticleSource.Prepared prepared, LanguagePolicy.Decision language, Article article,
                              List<String> annotators, List<Provenance> models) {

        /** How it was read: its track says whether it has entities, and which news scorer summarises it. */
        public Track track() {
            return Track.of(language.language());
        }
    }

    private final Readers readers;
    private final Models models;
    private final ArticleSource source;
    private final LanguagePolicy languages;
    private final Validator validator;
    private final Map<Pipelines.Need, Timer> nlpTime = new EnumMap<>(Pipelines.Need.class);

    public ArticleReading(Readers readers, Models models, ArticleSource source, LanguagePolicy languages,
                          NutgrafConfig config, MeterRegistry registry, Validator validator) {
        this.readers = readers;
        this.models = models;
        this.source = source;
        this.languages = languages;
        this.validator = validator;
        for (Pipelines.Need need : Pipelines.Need.values()) {
            String annotators = need == Pipelines.Need.CLAIMS ? config.nlp().claimsAnnotators() : config.nlp().annotators();
            nlpTime.put(need, Timer.builder("nutgraf.nlp.time").tag("annotators", annotators)
                    .description("CoreNLP time per article, by annotator set").register(registry));
        }
    }

    /**
     * Checks what can be checked without NLP: the options, the title, and plain text (present, not too long, no
     * control character it may not hold). HTML is checked when it is read, after the article is extracted.
     *
     * @throws ProblemException for anything the caller must change
     */
    public Accepted accept(ArticleInput input, SummaryOptions options) {
        checkOptions(options);
        ControlCharacters.check(input.title(), "title");
        if (!input.isHtml()) {
            source.checkText(input.text());
        }
        return new Accepted(input, options);
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
        SummaryService.algorithm(options.algorithm());
        SummaryService.preset(options.preset());
    }

    /**
     * Finds the story, decides its language and reads it once: English with CoreNLP (with NER only when asked),
     * other languages with Lucene.
     *
     * @param withEntities whether the answer needs named entities (key claims, entities)
     * @throws ProblemException when no article is found, or it is in a language not read, or it has no words
     */
    public ReadArticle read(Accepted accepted, boolean withEntities) {
        SummaryOptions o = accepted.options();
        ArticleSource.Prepared prepared = source.prepare(accepted.input(), o.cleaning(), o.includeArticleText());
        LanguagePolicy.Decision language = languages.decide(o.language(), prepared.declaredLanguage(),
                prepared.analysed());
        Pipelines.Need need = withEntities ? Pipelines.Need.CLAIMS : Pipelines.Need.SUMMARY;
        Reader reader = readers.reader(language.language(), need);
        Article article = Track.of(language.language()) == Track.CORENLP
                ? nlpTime.get(need).record(() -> reader.read(prepared.analysed(), prepared.title()))
                : reader.read(prepared.analysed(), prepared.title());
        if (article.wordCount() == 0) {
            throw new ProblemException(422, "no-sentences", "No sentences", "The text has no words to analyse");
        }
        List<Provenance> read = new ArrayList<>(prepared.models());
        if (language.consultedDetector()) {
            read.add(models.get().languages().provenance());
        }
        return new ReadArticle(prepared, language, article, reader.annotators(), List.copyOf(read));
    }
}
