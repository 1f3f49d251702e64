package org.nutgraf.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.nutgraf.app.Problem;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes into the OpenAPI document the answers {@link EdgeGuard} gives on every /api route before a resource is
 * reached (a missing key, an Accept it cannot meet, a caller past its rate, an instance shutting down), so each
 * operation lists every status it can answer, and a validator holding answers to the document finds them there.
 * An operation that already describes a status keeps its own words; the Retry-After header is added to every 429
 * and 503. Runs at build time, so the served and the stored document agree.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EdgeDocs implements OASFilter {

    /** The statuses EdgeGuard answers on any /api route, with what they mean there. */
    private static final Map<String, String> EDGE = Map.of(
            "401", "API keys are configured (nutgraf.access.api-keys) and X-API-Key is missing or wrong",
            "406", "Accept names nothing this operation answers",
            "429", "This caller is past nutgraf.access.requests-per-minute; retry after the Retry-After header's seconds",
            "503", "This instance is shutting down; retry on another, or after the Retry-After header's seconds");

    private static final String RETRY_AFTER = "Retry-After";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(EdgeDocs::describeTheEdge);
            }
        });
    }

    private static void describeTheEdge(Operation operation) {
        APIResponses responses = operation.getResponses();
        EDGE.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
            }
        });
        for (String status : new String[]{"429", "503"}) {
            APIResponse response = responses.getAPIResponse(status);
            if (response.getHeaders() == null || !response.getHeaders().containsKey(RETRY_AFTER)) {
                response.addHeader(RETRY_AFTER, OASFactory.createHeader().required(true)
                        .description("Whole seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE))
                        .style(Header.Style.SIMPLE));
            }
        }
        // statuses in order, as a reader looks them up
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }
}
