package org.nutgraf.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.nutgraf.nlp.Pipelines;

import java.util.Locale;

/** Ready when every CoreNLP pipeline is loaded; reports each one's annotators and load time. */
@Readiness
@ApplicationScoped
public class PipelineReadiness implements HealthCheck {

    private final Pipelines pipelines;

    public PipelineReadiness(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("corenlp-pipelines").status(pipelines.ready());
        pipelines.loaded().forEach((need, reader) -> {
            String name = need.name().toLowerCase(Locale.ROOT);
            b.withData(name + ".annotators", String.join(",", reader.annotators()));
            b.withData(name + ".loadMillis", reader.loadMillis());
        });
        return b.build();
    }
}
