package org.nutgraf.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.nutgraf.config.NutgrafConfig;

import java.util.List;

/**
 * Names {@code nutgraf.public-url}, when it is set, as the OpenAPI document's one server, which Swagger UI's "Try it
 * out" and generated clients call: behind a proxy or under a path prefix, where the relative server {@code /} of
 * {@link ApiDefinition} would miss. It runs when the document is asked for, at run time, so one image serves any
 * deployment, and the document is built and serialised only for its readers.
 */
@Singleton
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ServerUrl implements OASFilter {

    private final NutgrafConfig config;

    public ServerUrl(NutgrafConfig config) {
        this.config = config;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        config.publicUrl().ifPresent(url -> openAPI.setServers(List.of(OASFactory.createServer()
                .url(withoutTrailingSlash(url.toString()))
                .description("Nutgraf's public address (nutgraf.public-url)"))));
    }

    /** The document's paths begin with a slash: https://newsroom.example/nutgraf/ and /api/... would double it. */
    static String withoutTrailingSlash(String url) {
        String trimmed = url.replaceFirst("/+$", "");
        return trimmed.isEmpty() ? "/" : trimmed;
    }
}
