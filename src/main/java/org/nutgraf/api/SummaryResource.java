package org.nutgraf.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.nutgraf.app.ArticleInput;
import org.nutgraf.app.Problem;
import org.nutgraf.app.SummaryRequest;
import org.nutgraf.app.SummaryResponse;
import org.nutgraf.app.SummaryService;

import java.util.concurrent.CompletionStage;

/** {@code /api/v1/summaries}: summarise one article sent as JSON, as plain text or as a page's HTML. */
@Path("/api/v1/summaries")
@Tag(name = "Summaries", description = "Extractive summaries of news articles, one at a time or in a batch")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    /** The control-character rule, as every operation that reads an article states it. */
    static final String CONTROLS = "Text (and a title) may hold tab, line feed, carriage return and form feed, and "
            + "no other control character (400 naming the first and its offset); a page's stray control characters "
            + "become spaces in article.text.";

    /*
     * The JSON and the text/HTML methods are one OpenAPI operation (same path and verb), whose words SmallRye takes
     * from one of them: both say the same, for all three media types.
     */
    private static final String SUMMARY = "Summarise one article sent as JSON, plain text or a page's HTML";
    private static final String DESCRIPTION = "Reads the article once, scores its sentences and returns the best "
            + "ones that fit the length options, with keywords, key claims (English only), statistics and provenance. "
            + "application/json: {\"text\" or \"html\", \"title\", \"options\"}; every option is optional (see "
            + "SummaryOptions for the defaults). text/plain: the body is the article as pasted, UTF-8 (or US-ASCII); "
            + "page clutter is removed (clean=false to keep it) and offsets point into the body; other charsets are "
            + "refused with 415, bytes that are not valid UTF-8 with 400. text/html: the body is a page (up to 5 MB); "
            + "it is decoded by its declared charset, then its meta charset, then UTF-8, strictly; the article is "
            + "extracted and offsets point into article.text (include=articleText). With text/plain and text/html, "
            + "options are query parameters, so `curl --data-binary @article.txt -H 'Content-Type: text/plain' "
            + ".../api/v1/summaries?sentences=2` just works. " + CONTROLS;

    static final String BAD_REQUEST = "Blank text, malformed JSON, an unknown field, algorithm or preset, an option "
            + "out of range, both text and html, bytes that are not valid UTF-8, a control character other than tab, "
            + "line feed, carriage return or form feed in the text or title";
    static final String TOO_LARGE = "The text (or the article extracted from a page) is longer than the configured "
            + "limit (100,000 characters by default), or the body is over its byte limit (1 MB text, 5 MB HTML or JSON)";
    static final String UNSUPPORTED = "The body is not JSON, plain text or HTML; plain text in a charset other than "
            + "UTF-8 or US-ASCII; a page in a charset Nutgraf does not know";

    private final SummaryService service;
    private final CachedAnswers answers;

    public SummaryResource(SummaryService service, CachedAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarizeJson", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummaryRequest.class),
            examples = @ExampleObject(name = "article", summary = "A local news story", value = Examples.JSON_REQUEST)))
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class),
                    examples = @ExampleObject(name = "summary", summary = "Two sentences of a local news story", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out of range", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "503", description = "Every worker is busy and the queue is full, or the article "
            + "took longer than the time budget (15 s by default); retry after the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    @APIResponse(responseCode = "422", description = "The text holds no words, the page no article, or the article is in a language Nutgraf does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    public CompletionStage<Response> summarizeJson(
            @Valid SummaryRequest request,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.answer("summary", ArticleInput.of(request), request.options(), ifNoneMatch, service::summarize);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "summarizeText", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "pasted page", summary = "A story pasted with its page", value = Examples.ARTICLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", summary = "A news page", value = Examples.HTML))})
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class),
                    examples = @ExampleObject(name = "summary", summary = "Two sentences of a local news story", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out of range", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "503", description = "Every worker is busy and the queue is full, or the article "
            + "took longer than the time budget (15 s by default); retry after the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    @APIResponse(responseCode = "422", description = "The text holds no words, the page no article, or the article is in a language Nutgraf does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    public CompletionStage<Response> summarizeText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @BeanParam OptionParams params) {
        return answers.answer("summary", ArticleInput.of(body, contentType, params.title), params.toOptions(),
                ifNoneMatch, service::summarize);
    }
}
