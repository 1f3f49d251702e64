package org.nutgraf.app;

import org.nutgraf.article.Article;
import org.nutgraf.claims.KeyClaim;
import org.nutgraf.entities.Entities;
import org.nutgraf.model.Provenance;
import org.nutgraf.summary.ChosenSentence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain's results as the answers show them: every text sliced from the text offsets point into (the caller's,
 * never the cleaned copy), numbers rounded for reading, and the meta that says what produced the answer.
 */
final class AnswerViews {

    private AnswerViews() {
    }

    /** A chosen sentence as answered. */
    static SummaryResponse.SentenceView sentence(ChosenSentence c, String text) {
        Map<String, Double> reasons = new LinkedHashMap<>();
        c.score().reasons().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.put(e.getKey(), round(e.getValue(), 4)));
        int start = c.sentence().start();
        int end = c.sentence().end();
        return new SummaryResponse.SentenceView(c.sentence().index(), text.substring(start, end), start, end,
                round(c.score().score(), 4), c.rank(), reasons, SummaryResponse.QuoteSelector.of(text, start, end));
    }

    /** Key claims as answered; inSummary from the chosen sentences' indexes. */
    static List<SummaryResponse.ClaimView> claims(List<KeyClaim> claims, String text, Set<Integer> chosen) {
        return claims.stream().map(c -> new SummaryResponse.ClaimView(
                text.substring(c.start(), c.end()), c.sentenceIndex(), c.start(), c.end(),
                round(c.checkWorthiness(), 4), c.type(), c.speaker(), c.attribution(),
                c.signals().stream().map(g -> new SummaryResponse.SignalView(g.kind(), g.text(), significant(g.value()),
                        g.unit(), g.start(), g.end())).toList(),
                chosen.contains(c.sentenceIndex()),
                SummaryResponse.QuoteSelector.of(text, c.start(), c.end()))).toList();
    }

    /** The article's named entities, their mentions sliced from the text offsets point into, as sentences are. */
    static List<SummaryResponse.EntityView> entities(Article article, String text) {
        return Entities.in(article).stream().map(e -> new SummaryResponse.EntityView(e.text(), e.type(), e.count(),
                e.firstOffset(), e.mentions().stream().map(m -> new SummaryResponse.MentionView(
                        text.substring(m.start(), m.end()), m.start(), m.end())).toList())).toList();
    }

    /**
     * What produced an answer.
     *
     * @param models the model files of the answer's parts, named after those that read the article
     */
    static SummaryResponse.Meta meta(String algorithm, SummaryOptions effective, String version,
                                     ArticleReading.ReadArticle read, ArticleInput input, List<String> notOffered,
                                     List<Provenance> models) {
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

    /** A quantity to 12 significant digits: 5.2% is 0.052, not 0.052000000000000005. */
    static Double significant(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(12)).doubleValue();
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
