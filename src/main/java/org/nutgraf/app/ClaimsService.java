package org.nutgraf.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/** The key claims of one article, from one reading with entities. Thread-safe. */
@ApplicationScoped
public class ClaimsService {

    private final ArticleReading reading;
    private final Models models;
    private final LanguagePolicy languages;
    private final String version;

    public ClaimsService(ArticleReading reading, Models models, LanguagePolicy languages,
                         @ConfigProperty(name = "quarkus.application.version") String version) {
        this.reading = reading;
        this.models = models;
        this.languages = languages;
        this.version = version;
    }

    /** The key claims of an accepted article, and its entities when {@code entities=true} was sent. */
    public ClaimsResponse keyClaims(ArticleReading.Accepted accepted) {
        SummaryOptions o = accepted.options();
        ArticleReading.ReadArticle read = reading.read(accepted, true);
        if (!read.track().hasEntities()) {
            throw languages.claimsNotOffered(read.language().language());
        }
        boolean entities = Boolean.TRUE.equals(o.entities());
        SummaryOptions effective = new SummaryOptions(null, null, null, null, null, null, null, o.cleaning(), null,
                null, o.claimLimit(), o.claimFloor(), o.language(), entities ? Boolean.TRUE : null);
        var finder = models.get().claims();
        String text = read.prepared().text();
        return new ClaimsResponse(AnswerViews.claims(finder.find(read.article(), o.claimLimit(), o.claimFloor()),
                text, Set.of()), entities ? AnswerViews.entities(read.article(), text) : null, read.prepared().view(),
                AnswerViews.meta("claims", effective, version, read, accepted.input(), null, finder.models()));
    }
}
