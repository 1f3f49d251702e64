package org.nutgraf.extract;

import java.util.List;

/**
 * Pasted page text after cleaning: the story's headline, byline and date where found, and every span left out.
 * Offsets in {@code titleSpan} and {@code removed} point into {@code original}.
 *
 * @param original  the text exactly as the caller sent it
 * @param title     the headline, or {@code null} when none was recognised
 * @param titleSpan where the headline stands in {@code original}, or {@code null}
 * @param byline    the author line without its "By", or {@code null}
 * @param published the date line as written, or {@code null}
 * @param removed   the spans left out, in order, not overlapping
 */
public record CleanedText(String original, String title, Span titleSpan, String byline, String published,
                          List<Removal> removed) {

    public CleanedText {
        if (original == null) {
            throw new IllegalArgumentException("original text is required");
        }
        removed = List.copyOf(removed);
    }

    /**
     * The original with every removed character replaced by a space, line breaks kept, so an offset into this
     * text is the same offset into the original: summaries computed on it can be highlighted in what was sent.
     */
    public String masked() {
        char[] chars = original.toCharArray();
        for (Removal r : removed) {
            for (int i = r.start(); i < r.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** The story alone: the original with the removed spans dropped and blank runs squeezed (offsets not kept). */
    public String body() {
        StringBuilder out = new StringBuilder(original.length());
        int at = 0;
        for (Removal r : removed) {
            out.append(original, at, r.start());
            at = r.end();
        }
        out.append(original, at, original.length());
        return out.toString().replaceAll("[ \\t]*\\R[ \\t]*(\\R[ \\t]*)+", "\n\n").strip();
    }
}
