package org.nutgraf.nlp;

/**
 * Makes text safe for CoreNLP without moving a single character: the result has the same length as the input,
 * so every offset CoreNLP reports is an offset into the caller's text. It breaks what makes CoreNLP slow or
 * brittle: control characters and lone surrogates become spaces, runs without whitespace get a space every
 * {@link #MAX_RUN} characters (CoreNLP's lexer slows quadratically on one endless token), and a sentence that
 * runs on without punctuation gets a line break (a sentence end) every {@link #MAX_SENTENCE_WORDS} words.
 * Stateless and thread-safe.
 */
public final class TextGuard {

    /** The longest run of non-space characters passed to the tokenizer. */
    public static final int MAX_RUN = 100;

    /** The most words in a sentence before a break is forced. */
    public static final int MAX_SENTENCE_WORDS = 150;

    private TextGuard() {
    }

    /** The text CoreNLP should read: same length as {@code text}, with the changes above. */
    public static String prepare(String text) {
        char[] c = text.toCharArray();
        int run = 0;
        int words = 0;
        int i = 0;
        while (i < c.length) {
            int cp = Character.codePointAt(c, i);
            int width = Character.charCount(cp);
            boolean lone = width == 1 && Character.isSurrogate(c[i]);
            if (lone || (Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r')) {
                c[i] = ' ';
                cp = ' ';
            }
            if (cp == '\n') {
                run = 0;
                words = 0;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (run > 0) {
                    words++;
                }
                run = 0;
                if (words >= MAX_SENTENCE_WORDS) {
                    c[i] = '\n';
                    words = 0;
                }
            } else if (run + width > MAX_RUN) {
                // blank the whole code point, both halves of a pair, so no lone surrogate is made
                for (int k = 0; k < width; k++) {
                    c[i + k] = ' ';
                }
                run = 0;
                words++;
            } else {
                run += width;
                if (cp == '.' || cp == '!' || cp == '?') {
                    words = 0;
                }
            }
            i += width;
        }
        return new String(c);
    }
}
