package org.nutgraf.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code /api/v1/summaries}: summarise one article sent as JSON or as plain text. */
@Path("/api/v1/summaries")
@Tag(name = "Summaries", description = "Extractive summaries of news articles")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final SummaryService service;
    private final AnalysisPool pool;
    private final QueryOptions queryOptions;
    private final AnswerCache cache;

    public SummaryResource(SummaryService service, AnalysisPool pool, QueryOptions queryOptions, AnswerCache cache) {
        this.service = service;
        this.pool = pool;
        this.queryOptions = queryOptions;
        this.cache = cache;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarizeJson", summary = "Summarise an article sent as JSON",
            description = "Reads the article once with CoreNLP, scores its sentences and returns the best ones that "
                    + "fit the length options, with keywords, statistics and provenance. Without length options the "
                    + "summary has 3 sentences; the default algorithm is news.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummaryRequest.class),
            examples = @ExampleObject(name = "article", summary = "A local news story", value = Examples.JSON_REQUEST)))
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class),
                    examples = @ExampleObject(name = "summary", summary = "Two sentences of a local news story", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = "Blank text, malformed JSON, an unknown field or algorithm, an option out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown algorithm", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit (100,000 characters by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = "The body is not JSON or plain text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "503", description = "Every worker is busy and the queue is full, or the article "
            + "took longer than the time budget (15 s by default); retry after the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    @APIResponse(responseCode = "422", description = "The text holds no words",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    public CompletionStage<Response> summarizeJson(
            @Valid SummaryRequest request,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (request == null) {
            throw ProblemException.invalid("The body is empty; send {\"text\": \"...\"}");
        }
        if (request.text() != null && request.html() != null) {
            throw ProblemException.invalid("Send the article as 'text' or as 'html', not both");
        }
        return answer(new ArticleInput(request.text(), request.html(), null, null, request.title()),
                request.options(), ifNoneMatch);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "summarizeText", summary = "Summarise an article sent as plain text or as a page's HTML",
            description = "text/plain: the body is the article as pasted, UTF-8 (or US-ASCII); page clutter is removed "
                    + "(clean=false to keep it) and offsets point into the body. Other charsets are refused with 415, "
                    + "bytes that are not valid UTF-8 with 400. text/html: the body is a page (up to 5 MB); it is "
                    + "decoded by its declared charset, then its meta charset, then UTF-8, strictly; the article is "
                    + "extracted and offsets point into article.text (include=articleText). Options are query "
                    + "parameters, so `curl --data-binary @article.txt -H 'Content-Type: text/plain' "
                    + ".../api/v1/summaries?sentences=2` just works.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "pasted page", summary = "A story pasted with its page", value = Examples.ARTICLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", summary = "A news page", value = Examples.HTML))})
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class),
                    examples = @ExampleObject(name = "summary", summary = "Two sentences of a local news story", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = "Blank text, bytes that are not UTF-8, an unknown algorithm, an option out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown algorithm", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = "The text is longer than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = "A charset other than UTF-8 or US-ASCII, or a media type not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "503", description = "Every worker is busy and the queue is full, or the article "
            + "took longer than the time budget (15 s by default); retry after the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    @APIResponse(responseCode = "422", description = "The text holds no words",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    public CompletionStage<Response> summarizeText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "The headline, when known.") @QueryParam("title") String title,
            @Parameter(description = "Sentence scorer.", schema = @Schema(enumeration = {"lead", "textrank", "lexrank", "centroid", "news"}, defaultValue = "news"))
            @QueryParam("algorithm") String algorithm,
            @Parameter(description = "At most this many sentences, 1 to 1000 (3 when no length option is given).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("sentences") String sentences,
            @Parameter(description = "At most this share of the article's sentences, (0, 1].",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true, maximum = "1"))
            @QueryParam("ratio") String ratio,
            @Parameter(description = "At most this many words.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("maxWords") String maxWords,
            @Parameter(description = "At most this many characters.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("maxChars") String maxChars,
            @Parameter(description = "document (default) or score.", schema = @Schema(enumeration = {"document", "score"}))
            @QueryParam("order") String order,
            @Parameter(description = "A named length: push-alert (one sentence, at most 120 characters), social (at "
                    + "most 280 characters), newsletter (at most 60 words) or brief (3 sentences).",
                    schema = @Schema(enumeration = {"push-alert", "social", "newsletter", "brief"}))
            @QueryParam("preset") String preset,
            @Parameter(description = "Remove page clutter from plain text first (default true).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("clean") String clean,
            @Parameter(description = "Extra parts of the answer: articleText.", schema = @Schema(enumeration = {"articleText"}))
            @QueryParam("include") String include) {
        SummaryOptions options = queryOptions.parse(algorithm, sentences, ratio, maxWords, maxChars, order, preset,
                clean, include);
        ArticleInput input = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.TEXT_HTML)
                ? new ArticleInput(null, null, body, PlainText.declaredCharset(contentType), title)
                : ArticleInput.text(PlainText.decode(body, contentType), title);
        return answer(input, options, ifNoneMatch);
    }

    /** Checks, then answers 304, or from the cache, or by summarising on the NLP pool. */
    private CompletionStage<Response> answer(ArticleInput input, SummaryOptions options, String ifNoneMatch) {
        service.check(input, options);
        String key = cache.key("summary", input.identity(), input.title(), options);
        String etag = "\"" + key + "\"";
        if (AnswerCache.matches(ifNoneMatch, etag)) {
            return CompletableFuture.completedFuture(Response.notModified().header(HttpHeaders.ETAG, etag).build());
        }
        return cache.get(key, () -> pool.submit(() -> service.summarize(input, options)))
                .thenApply(summary -> Response.ok(summary).header(HttpHeaders.ETAG, etag).build());
    }
}
