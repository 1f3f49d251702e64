package org.nutgraf.app;

/**
 * The rule for control characters in what a caller sends. Text the caller wrote (a JSON {@code text} or
 * {@code title}, a text/plain body, a batch article, a {@code title} query parameter) may hold tab, line feed,
 * carriage return and form feed (the page break text taken from PDFs carries) and no other control character: a
 * C0 control (U+0000 to U+001F), DELETE (U+007F) or a C1 control (U+0080 to U+009F) in it is refused with a 400
 * naming the first one and its offset, because offsets in answers point into that text and a character that has no
 * place in an article means the caller sent something other than they think. HTML is a page, not the caller's
 * writing, and pages carry stray controls: those in the article extracted from it become spaces, so the text
 * offsets point into ({@code article.text}) holds none and keeps its length. Stateless and thread-safe.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True for a control character an article may not hold: every C0 and C1 control, and DELETE, except tab, LF, FF and CR. */
    public static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** The offset (UTF-16 code units, as every offset in answers) of the first refused character, or -1. */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses {@code text} with a 400 naming its first refused control character and where it is.
     *
     * @param what how the caller names the text, e.g. "text" or "title"
     * @throws ProblemException when {@code text} holds one
     */
    public static void check(String text, String what) {
        int at = text == null ? -1 : firstRefused(text);
        if (at >= 0) {
            throw new ProblemException(400, "control-character", "Control character in text",
                    "The " + what + " holds the control character U+" + String.format("%04X", (int) text.charAt(at))
                            + " at offset " + at + " (UTF-16 code units, as answers count); an article may hold tab, "
                            + "line feed, carriage return and form feed, and no other control character (U+0000 to "
                            + "U+001F, U+007F to U+009F): remove it, or replace it with a space");
        }
    }

    /** {@code text} with each refused control character replaced by a space: the same length, so offsets hold. */
    public static String blanked(String text) {
        if (text == null || firstRefused(text) < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (refused(c[i])) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
