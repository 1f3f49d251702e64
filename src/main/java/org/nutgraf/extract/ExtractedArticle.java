package org.nutgraf.extract;

import java.util.List;

/**
 * The article found in a web page: its metadata where the page states it, and its body paragraphs in order.
 *
 * @param title      the headline, or {@code null}
 * @param byline     the author(s) as the page names them, or {@code null}
 * @param published  the publication date as the page states it (often ISO 8601), or {@code null}
 * @param paragraphs the body paragraphs in reading order, each on one line
 * @param charset    the charset the page bytes were decoded with, or {@code null} when given decoded text
 * @param source     how the body was found: {@code dom} (block scoring) or {@code json-ld} (the page's own
 *                   {@code articleBody})
 * @param language   the language the page declares ({@code <html lang>}, {@code og:locale}, as written), or
 *                   {@code null}
 */
public record ExtractedArticle(String title, String byline, String published, List<String> paragraphs,
                               String charset, String source, String language) {

    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body text: paragraphs joined by a blank line, so no sentence runs across a paragraph break. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
