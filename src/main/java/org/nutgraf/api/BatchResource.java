package org.nutgraf.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.nutgraf.app.AnalysisPool;
import org.nutgraf.app.BatchItem;
import org.nutgraf.app.BatchResult;
import org.nutgraf.app.PlainText;
import org.nutgraf.app.Problem;
import org.nutgraf.app.ProblemException;
import org.nutgraf.app.BatchAnswers;
import org.nutgraf.config.NutgrafConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * {@code /api/v1/summaries/batch}: many articles in, one NDJSON line out per article as each finishes, using every
 * worker, or (Accept: application/json) one JSON array in input order. Each article fails alone, with its own
 * problem; the batch goes on.
 */
@Path("/api/v1/summaries/batch")
@Tag(name = "Summaries")
public class BatchResource {

    static final String NDJSON = "application/x-ndjson";

    /**
     * The OpenAPI registry's extension for the schema of each item of a sequential media type, in documents older
     * than OpenAPI 3.2 (whose {@code itemSchema} SmallRye OpenAPI 4.2 cannot write): the NDJSON bodies are strings
     * to an OpenAPI 3.1 validator, and their lines keep the schema named here.
     */
    static final String ITEM_SCHEMA = "x-oai-itemSchema";

    private static final String NDJSON_REQUEST = "NDJSON: one BatchItem object per line (its schema is this media "
            + "type's x-oai-itemSchema); blank lines are skipped; a line that is not JSON fails alone.";

    private static final String NDJSON_ANSWER = "NDJSON: one BatchResult object per line, in the order the articles "
            + "finish (its schema is this media type's x-oai-itemSchema).";

    private final BatchAnswers batches;
    private final AnalysisPool pool;
    private final ObjectMapper mapper;
    private final int threads;
    private final int maxItems;

    public BatchResource(BatchAnswers batches, AnalysisPool pool, ObjectMapper mapper, NutgrafConfig config) {
        this.batches = batches;
        this.pool = pool;
        this.mapper = mapper;
        this.threads = pool.threads();
        this.maxItems = config.limits().maxBatchItems();
    }

    @POST
    @Blocking // parsing a large batch must not hold the event loop
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarizeBatch", summary = "Summarise many articles: NDJSON lines as each finishes, or one JSON array",
            description = "The body is a JSON array of articles (application/json), or NDJSON (application/x-ndjson: one "
                    + "article object per line, blank lines skipped). Each article is a BatchItem: {\"id\", \"text\", "
                    + "\"title\", \"options\"}. The answer is chosen by Accept: by default (no Accept, */*, or "
                    + "application/x-ndjson) it streams one NDJSON line, a BatchResult, per article as it finishes (so "
                    + "not in input order: match lines by index or id), using every worker; with Accept: application/json "
                    + "it is one JSON array of the same BatchResults in input order, sent once all are done. An article "
                    + "that cannot be summarised gets its own BatchResult with its status and problem; the batch goes on. "
                    + "NDJSON content is described as a string, with the schema of each line in x-oai-itemSchema (the "
                    + "OpenAPI registry's extension for what OpenAPI 3.2 calls itemSchema).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchItem[].class),
                    examples = @ExampleObject(name = "two articles", value = Examples.BATCH_REQUEST)),
            @Content(mediaType = NDJSON,
                    schema = @Schema(type = SchemaType.STRING, description = NDJSON_REQUEST),
                    extensions = @Extension(name = ITEM_SCHEMA, value = "{\"$ref\": \"#/components/schemas/BatchItem\"}",
                            parseValue = true))})
    @APIResponse(responseCode = "200", description = "A BatchResult per article: NDJSON lines as each finishes, or a "
            + "JSON array in input order (Accept: application/json)",
            content = {
                    @Content(mediaType = NDJSON,
                            schema = @Schema(type = SchemaType.STRING, description = NDJSON_ANSWER),
                            extensions = @Extension(name = ITEM_SCHEMA,
                                    value = "{\"$ref\": \"#/components/schemas/BatchResult\"}", parseValue = true)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult[].class))})
    @APIResponse(responseCode = "400", description = "The body is neither a JSON array nor NDJSON, or holds no or too many articles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the batch limit (20 MB by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON or NDJSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<BatchResult> summarizeBatch(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return results(body, contentType);
    }

    /**
     * The same batch answered as one JSON array in input order, for callers (and clients generated from the OpenAPI
     * document) that ask for application/json and cannot read a stream of lines. Described with
     * {@link #summarizeBatch}: one operation, two answer media types.
     */
    @POST
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<List<BatchResult>> summarizeBatchAsArray(byte[] body,
                                                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return results(body, contentType).collect().asList()
                .map(all -> all.stream().sorted(Comparator.comparingInt(BatchResult::index)).toList());
    }

    /** Every article's result, as each finishes, at most as many at once as there are workers. */
    private Multi<BatchResult> results(byte[] body, String contentType) {
        boolean ndjson = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON);
        List<Line> items = items(body, ndjson);
        return Multi.createFrom().range(0, items.size())
                .onItem().transformToUni(i -> one(i, items.get(i)))
                .merge(threads);
    }

    /** One article as sent: its JSON, or why it could not be read as JSON. */
    private record Line(JsonNode node, String error) {
    }

    /** One article: parsed, checked and summarised, or its problem; never a failure of the stream. */
    private Uni<BatchResult> one(int index, Line line) {
        BatchAnswers.Item item = line.error() != null ? batches.notJson(index, line.error())
                : batches.accept(index, line.node(), null);
        if (item.refused() != null) {
            return Uni.createFrom().item(item.refused());
        }
        return Uni.createFrom().completionStage(() -> pool.submit(() -> batches.answer(item)))
                // a batch shares the pool with single requests: when it is full, wait and try again
                .onFailure(BatchResource::busy).retry().withBackOff(Duration.ofMillis(20), Duration.ofMillis(500)).atMost(200)
                .onFailure().recoverWithItem(e -> BatchAnswers.failed(index, item.id(), e));
    }

    private static boolean busy(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof ProblemException p && p.status() == 503 && "busy".equals(p.slug());
    }

    /**
     * The batch's articles: the elements of a JSON array (which must parse whole), or the non-blank lines of
     * NDJSON, each parsed alone so one bad line fails only its own article.
     * (Nesting and size limits are those of every JSON read: see StrictJson.)
     */
    private List<Line> items(byte[] body, boolean ndjson) {
        String trimmed = PlainText.decode(body, "charset=UTF-8").strip();
        List<Line> items = new ArrayList<>();
        if (!ndjson) {
            try {
                JsonNode array = mapper.readTree(trimmed);
                if (array == null || !array.isArray()) {
                    throw ProblemException.invalid("A JSON batch is an array of articles; send NDJSON as " + NDJSON);
                }
                array.forEach(n -> items.add(new Line(n, null)));
            } catch (JsonProcessingException e) {
                throw ProblemException.invalid("The body is not a JSON array of articles: "
                        + ProblemException.firstLine(e.getOriginalMessage()));
            }
        } else {
            for (String line : trimmed.split("\\r?\\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    items.add(new Line(mapper.readTree(line), null));
                } catch (JsonProcessingException e) {
                    items.add(new Line(null, ProblemException.firstLine(e.getOriginalMessage())));
                }
            }
        }
        if (items.isEmpty()) {
            throw ProblemException.invalid("The batch holds no articles");
        }
        if (items.size() > maxItems) {
            throw ProblemException.invalid("The batch holds " + items.size() + " articles; the limit is " + maxItems);
        }
        return items;
    }
}
