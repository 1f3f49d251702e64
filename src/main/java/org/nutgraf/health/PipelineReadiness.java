package org.nutgraf.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.nutgraf.nlp.ArticleReader;

/** Ready when the CoreNLP pipeline is loaded; reports its annotators and how long loading took. */
@Readiness
@ApplicationScoped
public class PipelineReadiness implements HealthCheck {

    private final ArticleReader reader;

    public PipelineReadiness(ArticleReader reader) {
        this.reader = reader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("corenlp-pipeline")
                .up()
                .withData("annotators", String.join(",", reader.annotators()))
                .withData("loadMillis", reader.loadMillis())
                .build();
    }
}
