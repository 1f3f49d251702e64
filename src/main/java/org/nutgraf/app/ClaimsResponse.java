package org.nutgraf.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The key claims of one article, without a summary. */
@Schema(name = "ClaimsResponse", description = "The key claims of one article, with the article as found and provenance.")
public record ClaimsResponse(
        @Schema(description = "The check-worthy claims, most check-worthy first.") List<SummaryResponse.ClaimView> keyClaims,
        @Schema(description = "The people, organisations and places the article names, when entities=true is sent "
                + "(the claims' own reading finds them, at no extra cost).")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SummaryResponse.EntityView> entities,
        @Schema(description = "The article as found: headline, byline, date, and the page clutter removed.")
        SummaryResponse.ArticleView article,
        @Schema(description = "What produced this answer.") SummaryResponse.Meta meta) {
}
