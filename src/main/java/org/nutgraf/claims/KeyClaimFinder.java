package org.nutgraf.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.Provenance;
import org.nutgraf.model.StaticEncoder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article's key claims: every sentence scored by the check-worthiness model, typed, attributed and
 * explained by its signals, best first. Nothing but the model decides what is a claim: questions, fragments and
 * commands are features it has learnt to score low, so a caller asking for every sentence ({@code minScore} 0)
 * gets the model's own ranking. Immutable and thread-safe: one instance
 * serves every request. Articles read with NER ({@code ArticleReader.CLAIMS_ANNOTATORS}) give entity signals;
 * without it claims still come, from tags and lemmas alone.
 */
public final class KeyClaimFinder {

    /** Claims listed when the caller does not say. */
    public static final int DEFAULT_MAX_CLAIMS = 5;
    /** The lowest check-worthiness listed when the caller does not say. */
    public static final double DEFAULT_MIN_SCORE = 0.4;
    /** The most claims one answer lists: enough to rank a whole debate transcript. */
    public static final int MAX_CLAIMS = 1000;

    private final CheckWorthinessModel model;
    private final StaticEncoder encoder;
    private final List<Provenance> models;

    /**
     * @param model   the check-worthiness model
     * @param encoder the static vectors the model was trained with; may be null only for a model that weighs no
     *                vector
     */
    public KeyClaimFinder(CheckWorthinessModel model, StaticEncoder encoder) {
        this(model, encoder, List.of());
    }

    private KeyClaimFinder(CheckWorthinessModel model, StaticEncoder encoder, List<Provenance> models) {
        if (model == null) {
            throw new IllegalArgumentException("model is null: use CheckWorthinessModel.bundled()");
        }
        if (model.vectorDimensions() > 0 && (encoder == null || encoder.dimensions() < model.vectorDimensions())) {
            throw new IllegalArgumentException("the model weighs " + model.vectorDimensions()
                    + "-dimensional sentence vectors: give the encoder it was trained with");
        }
        this.model = model;
        this.encoder = encoder;
        this.models = models;
    }

    /**
     * A finder with the model trained from the repository's data ({@link CheckWorthinessModel#bundled()}) and its
     * static vectors ({@link CheckWorthinessModel#VECTORS}).
     */
    public static KeyClaimFinder withBundledModel() {
        ModelFile<CheckWorthinessModel> model = CheckWorthinessModel.bundledFile();
        ModelFile<StaticEncoder> encoder = ModelFile.encoder(CheckWorthinessModel.VECTORS);
        List<Provenance> models = new ArrayList<>(List.of(model.provenance(), encoder.provenance()));
        models.addAll(Attributions.bundledModels());
        return new KeyClaimFinder(model.model(), encoder.model(), List.copyOf(models));
    }

    /** The shipped model files this finder's claims come from: the weights, the vectors and the cue lists. */
    public List<Provenance> models() {
        return models;
    }

    /** The key claims with the default limits: at most {@value #DEFAULT_MAX_CLAIMS}, scoring at least {@value #DEFAULT_MIN_SCORE}. */
    public List<KeyClaim> find(Article article) {
        return find(article, DEFAULT_MAX_CLAIMS, DEFAULT_MIN_SCORE);
    }

    /**
     * The key claims, best first (ties in document order).
     *
     * @param maxClaims at most this many, 0 or more
     * @param minScore  only claims whose check-worthiness is at least this, 0 to 1
     */
    public List<KeyClaim> find(Article article, int maxClaims, double minScore) {
        if (maxClaims < 0) {
            throw new IllegalArgumentException("maxClaims must be 0 or more, was " + maxClaims);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be between 0 and 1, was " + minScore);
        }
        List<KeyClaim> claims = new ArrayList<>();
        Set<String> nameWords = ClaimFeatures.nameWords(article.sentences());
        for (Sentence s : article.sentences()) {
            if (s.wordCount() == 0) {
                continue;
            }
            List<Signal> quantities = Quantities.in(s);
            Optional<Attribution> attribution = Attributions.in(article, s);
            double score = probability(s, quantities, nameWords);
            if (score < minScore) {
                continue;
            }
            claims.add(new KeyClaim(s.text(), s.index(), s.start(), s.end(), score,
                    ClaimTypes.of(s, quantities).label(), attribution.map(Attribution::speaker).orElse(null),
                    attribution.map(Attribution::verb).orElse(null), signals(s, quantities, attribution)));
        }
        claims.sort(Comparator.comparingDouble(KeyClaim::checkWorthiness).reversed()
                .thenComparingInt(KeyClaim::sentenceIndex));
        return List.copyOf(claims.subList(0, Math.min(maxClaims, claims.size())));
    }

    /** The model's probability for one sentence of an article whose name words are {@code nameWords}. */
    double probability(Sentence s, List<Signal> quantities, Set<String> nameWords) {
        ClaimFeatures.Reading reading = ClaimFeatures.read(s, quantities, Attributions.statedIn(s).isPresent(),
                nameWords);
        return model.vectorDimensions() == 0 ? model.probability(reading.features())
                : model.probability(reading.features(), encoder.embed(reading.vectorWords()));
    }

    private static List<Signal> signals(Sentence s, List<Signal> quantities, Optional<Attribution> attribution) {
        List<Signal> signals = new ArrayList<>(quantities);
        for (Entity e : s.entities()) {
            boolean covered = quantities.stream().anyMatch(q -> q.start() < e.end() && e.start() < q.end());
            if (!covered) {
                signals.add(new Signal(e.kind(), e.text(), null, null, e.start(), e.end()));
            }
        }
        attribution.ifPresent(a -> signals.add(new Signal("ATTRIBUTION", a.verb(), null, null, a.start(), a.end())));
        for (Token t : s.tokens()) {
            String kind = ClaimFeatures.HEDGES.contains(t.lemma()) ? "HEDGE"
                    : t.tag().equals("JJR") || t.tag().equals("RBR") ? "COMPARISON"
                    : t.tag().equals("JJS") || t.tag().equals("RBS") ? "SUPERLATIVE" : null;
            if (kind != null) {
                signals.add(new Signal(kind, t.word(), null, null, t.start(), t.end()));
            }
        }
        signals.sort(Comparator.comparingInt(Signal::start).thenComparing(Signal::kind));
        return signals;
    }
}
