package org.nutgraf.app;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One article of a batch.
 *
 * @param id      the caller's name for it, echoed in its result
 * @param text    the article text
 * @param title   the headline, if known
 * @param options how to summarise it
 */
@Schema(name = "BatchItem", description = "One article of a batch: a SummaryRequest with an optional id.")
public record BatchItem(
        @Schema(description = "The caller's name for this article, echoed in its result.") String id,
        @Schema(description = "The article text.", required = true) String text,
        @Schema(description = "The headline, if known.") String title,
        @Schema(description = "How to summarise.") @Valid SummaryOptions options) {
}
