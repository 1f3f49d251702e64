package org.nutgraf.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.nutgraf.app.Problem;
import org.nutgraf.app.ProblemException;
import org.nutgraf.nlp.Pipelines;

import java.util.stream.Collectors;

/**
 * Turns every failure into an {@code application/problem+json} answer. Details say what the caller sent wrong in
 * its own terms; no class name, package or stack trace ever reaches the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder r = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        if (e.retryAfterSeconds() != null) {
            r.header("Retry-After", e.retryAfterSeconds());
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response starting(Pipelines.NotReadyException e) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 5)
                .entity(Problem.starting()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return problem(ProblemException.invalid(e.getConstraintViolations()));
    }

    // Quarkus maps these two Jackson failures itself; naming them here puts ours first.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            detail = "Unknown field '" + u.getPropertyName() + "' at " + path(u)
                    + "; see the SummaryRequest schema in /q/openapi for the fields accepted";
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            detail = "Field " + path(m) + " has the wrong type or value: " + ProblemException.firstLine(e.getOriginalMessage());
        } else {
            detail = "The body is not valid JSON: " + ProblemException.firstLine(e.getOriginalMessage());
        }
        return respond(Problem.of("malformed-json", "Malformed JSON", 400, detail));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 415 -> "Send the article as application/json, text/plain or text/html; other media types are not read";
            case 406 -> "Answers are application/json (errors application/problem+json); ask for one of those in Accept";
            case 405 -> "This path does not answer that method; see /q/openapi for the operations";
            case 404 -> "Nothing is served at this path; see /q/openapi for the operations";
            default -> status >= 500 ? "The service could not answer this request" : "The request could not be read";
        };
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return respond(Problem.of(slug, title, status, detail));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while serving a request", e);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "The service failed to answer this request; the failure is logged"));
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".", "'", "'"));
    }
}
