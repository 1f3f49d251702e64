package org.nutgraf.extract;

/**
 * A stretch of text given by UTF-16 offsets: {@code text.substring(start, end)}.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span needs 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    /** The number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }
}
