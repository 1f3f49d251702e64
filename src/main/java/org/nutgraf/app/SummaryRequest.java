package org.nutgraf.app;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article to summarise, sent as JSON.
 *
 * @param text    the article text
 * @param html    the page's HTML, instead of text
 * @param title   the headline, if the caller has it
 * @param options how to summarise
 */
@Schema(name = "SummaryRequest", description = "An article to summarise. Unknown fields are rejected (400), so a "
        + "misspelt option never passes silently.")
public record SummaryRequest(
        @Schema(description = "The article text (UTF-8), as pasted: page clutter is removed unless options.clean is "
                + "false. Line breaks end sentences: headlines and list items stay apart from the paragraphs around "
                + "them. Give text or html.", maxLength = 100000)
        String text,
        @Schema(description = "The page's HTML, instead of text: the article is extracted from it and offsets point "
                + "into article.text (include=articleText returns it).")
        String html,
        @Schema(description = "The headline, when known; it helps the news scorer.")
        String title,
        @Schema(description = "How to summarise.")
        @Valid SummaryOptions options) {
}
