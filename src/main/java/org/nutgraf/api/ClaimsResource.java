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
import org.nutgraf.app.ClaimsResponse;
import org.nutgraf.app.Problem;
import org.nutgraf.app.SummaryRequest;
import org.nutgraf.app.ClaimsService;

import java.util.concurrent.CompletionStage;

/** {@code /api/v1/claims}: the key claims of one article, without a summary, from the same one NLP pass. */
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Check-worthy claims: typed, scored, with their speakers and signals")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    /* One OpenAPI operation for the JSON and the text/HTML methods, as in SummaryResource: both say the same. */
    private static final String SUMMARY = "Find the key claims of one article sent as JSON, plain text or a page's HTML";
    private static final String DESCRIPTION = "The same input as summaries: application/json {\"text\" or \"html\", "
            + "\"title\", \"options\"}; text/plain, cleaned of page clutter, offsets into the body; text/html, the "
            + "article extracted, offsets into article.text; with text/plain and text/html, options are query "
            + "parameters. maxClaims and minScore shape the list. Claims are ranked by check-worthiness, typed "
            + "(quantity, prediction, causal, rule, personal-experience, other), with the speaker where the article "
            + "names one, from the same one NLP pass as a summary; with entities=true, the people, organisations and "
            + "places the article names too, from that pass. " + SummaryResource.CONTROLS;

    private final ClaimsService service;
    private final CachedAnswers answers;

    public ClaimsResource(ClaimsService service, CachedAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "claimsJson", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummaryRequest.class),
            examples = @ExampleObject(name = "article", summary = "A local news story", value = Examples.JSON_REQUEST)))
    @APIResponse(responseCode = "200", description = "The key claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimsResponse.class),
                    examples = @ExampleObject(name = "claims", summary = "The claim most worth checking, with its speaker", value = Examples.CLAIMS_RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = SummaryResource.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out of range", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = SummaryResource.TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = SummaryResource.UNSUPPORTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "422", description = "The text holds no words, the page no article, or the article is in a language Nutgraf does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "503", description = "Busy, starting, or past the time budget; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> claimsJson(
            @Valid SummaryRequest request,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.answer("claims", ArticleInput.of(request), request == null ? null : request.options(),
                ifNoneMatch, service::keyClaims);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "claimsText", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "pasted page", value = Examples.ARTICLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = Examples.HTML))})
    @APIResponse(responseCode = "200", description = "The key claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimsResponse.class),
                    examples = @ExampleObject(name = "claims", summary = "The claim most worth checking, with its speaker", value = Examples.CLAIMS_RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is this answer's")
    @APIResponse(responseCode = "400", description = SummaryResource.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out of range", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "413", description = SummaryResource.TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = Examples.PROBLEM_413)))
    @APIResponse(responseCode = "415", description = SummaryResource.UNSUPPORTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "xml", value = Examples.PROBLEM_415)))
    @APIResponse(responseCode = "422", description = "The text holds no words, the page no article, or the article is in a language Nutgraf does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no words", value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "503", description = "Busy, starting, or past the time budget; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.PROBLEM_503)))
    public CompletionStage<Response> claimsText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "An ETag from an earlier answer: 304 when the answer would be the same.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @BeanParam OptionParams params) {
        return answers.answer("claims", ArticleInput.of(body, contentType, params.title), params.toOptions(),
                ifNoneMatch, service::keyClaims);
    }
}
