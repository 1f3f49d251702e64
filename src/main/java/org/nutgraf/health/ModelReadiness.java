package org.nutgraf.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.nutgraf.app.Models;
import org.nutgraf.model.Provenance;

/**
 * Ready when every shipped model is loaded; lists each model file with its short hash and how it was made (the
 * command that remakes it, or the source of a model published by others).
 */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    private final Models models;

    public ModelReadiness(Models models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("models").status(models.ready());
        for (Provenance p : models.files()) {
            String how = p.keys().getOrDefault("command", p.keys().getOrDefault("source", "unrecorded"));
            b.withData(p.file(), p.shortHash() + " " + how);
        }
        return b.build();
    }
}
