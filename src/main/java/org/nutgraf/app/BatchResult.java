package org.nutgraf.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a batch answer: the summary of one article, or the problem that kept it from one.
 *
 * @param index   the article's position in the batch, from 0
 * @param id      the caller's id for it, when given
 * @param status  200, or the HTTP status the article alone would have got
 * @param result  the summary, when status is 200
 * @param problem what went wrong, otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchResult", description = "One NDJSON line of a batch answer.")
public record BatchResult(
        @Schema(description = "Position of the article in the batch, from 0.") int index,
        @Schema(description = "The caller's id, when given.") String id,
        @Schema(description = "200, or the status the article alone would have got.") int status,
        @Schema(description = "The summary, when status is 200.") SummaryResponse result,
        @Schema(description = "The problem, otherwise.") Problem problem) {
}
