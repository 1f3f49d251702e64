package org.nutgraf.extract;

/**
 * A span of the caller's text that cleaning left out, and why.
 *
 * @param start  offset of the first removed character in the original text (UTF-16 code units)
 * @param end    offset just past the last removed character
 * @param reason what the span was: {@code navigation}, {@code related-links}, {@code caption}, {@code byline},
 *               {@code promo}, {@code footer}, {@code headline}, {@code dateline}, {@code social}, {@code search},
 *               {@code comments}
 */
public record Removal(int start, int end, String reason) {

    public Removal {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("removal needs 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a removal needs a reason");
        }
    }
}
