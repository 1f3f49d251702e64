package org.nutgraf.app;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer, as RFC 9457 ({@code application/problem+json}) describes it.
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short, fixed summary of the kind of problem
 * @param status the HTTP status, repeated
 * @param detail what was wrong with this request, in words a caller can act on
 */
@Schema(name = "Problem", description = "An error answer (RFC 9457 problem details), served as application/problem+json.")
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", example = "https://nutgraf.org/problems/invalid-request")
        String type,
        @Schema(description = "A short summary of the kind of problem.", example = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What was wrong with this request.", example = "sentences must be greater than or equal to 1 (was 0)")
        String detail) {

    /** The media type of problem answers. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the kinds of problem are named: {@code type} is this followed by the kind's slug. */
    public static final String TYPE_BASE = "https://nutgraf.org/problems/";

    /** The answer to a request that arrives while the pipelines and models are still loading. */
    public static Problem starting() {
        return of("starting", "Starting", 503, "The NLP pipelines are still loading; retry after 5 s");
    }

    /** A problem of the kind named by {@code slug}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail);
    }
}
