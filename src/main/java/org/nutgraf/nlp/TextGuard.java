package org.nutgraf.nlp;

/**
 * Makes text safe for CoreNLP without moving a single character: the result has the same length as the input,
 * so every offset CoreNLP reports is an offset into the caller's text. It breaks what makes CoreNLP slow or
 * brittle: control characters and lone surrogates become spaces, runs without whitespace get a space every
 * {@link #MAX_RUN} characters (CoreNLP's lexer slows quadratically on one endless token), and a sentence that
 * runs on without punctuation gets a line break (a sentence end) every {@link #MAX_SENTENCE_WORDS} words.
 *
 * <p>It also undoes one kind of glue: paragraphs joined without a space after their stop
 * ({@code "at the earliest.The Union ministry"}, {@code "5,000 hectares.YEIDA does"}), which CoreNLP reads as one token
 * and so as one sentence. A stop is glued (see {@link #isGluedStop}) when it stands between the end of a word and an
 * upper-case letter that starts a word of two or more letters, and the word before is all lower-case letters or digits
 * (two or more) or a capitalised word of {@link #MIN_CAPITALISED_WORD} or more letters (short capitalised words are
 * abbreviations too often: {@code Mr.}, {@code Prof.}, {@code Gen.}). A word that follows {@code .}, {@code /},
 * {@code @} or {@code :}, or a word after the stop that goes on with {@code .}, {@code /} or {@code @} and a letter or
 * digit, is part of an address or a dotted name ({@code www.BBC.co.uk}, {@code info@example.Com}, {@code U.S.The}) and
 * never counts. A glued full stop or exclamation mark becomes a line break, which the pipeline reads as a sentence end
 * ({@code ssplit.newlineIsSentenceBreak=always}); the reader puts the mark back into the sentence before. A glued
 * question mark only becomes a space, and only after an all-lower-case word: in text that went through a lossy encoding
 * a {@code ?} often stands for a lost space or apostrophe ({@code "on?Wednesday"}), so the reader splits there only
 * when the parts of speech say a clause ends ({@link GlueSplits}).
 * Stateless and thread-safe.
 */
public final class TextGuard {

    /** The longest run of non-space characters passed to the tokenizer. */
    public static final int MAX_RUN = 100;

    /** The most words in a sentence before a break is forced. */
    public static final int MAX_SENTENCE_WORDS = 150;

    /** The fewest letters of a capitalised word before a glued stop ({@code "in Delhi.The"}). */
    static final int MIN_CAPITALISED_WORD = 5;

    private TextGuard() {
    }

    /** The text CoreNLP should read: same length as {@code text}, with the changes above, glue undone. */
    public static String prepare(String text) {
        return prepare(text, true);
    }

    /**
     * The text a reader should read: same length as {@code text}, with the changes above; with {@code unglue} false,
     * glued stops stay as they are (the Lucene readers, whose sentence splitter and learnt scorer take the text as
     * written).
     */
    public static String prepare(String text, boolean unglue) {
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
            } else if (unglue && (cp == '.' || cp == '!') && isGluedStop(text, i)) {
                c[i] = '\n';
                run = 0;
                words = 0;
            } else if (unglue && cp == '?' && isGluedStop(text, i) && lowerCaseWordBefore(text, i)) {
                c[i] = ' ';
                if (run > 0) {
                    words++;
                }
                run = 0;
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

    /**
     * True when the character at {@code i} is a {@code .}, {@code !} or {@code ?} glued between two sentences, as the
     * class comment says: after a word of two or more lower-case letters or digits, or a capitalised word of
     * {@link #MIN_CAPITALISED_WORD} or more letters, that does not follow {@code .}, {@code /}, {@code @} or
     * {@code :}; and before an upper-case letter followed by another letter, in a word that does not go on as an
     * address.
     */
    static boolean isGluedStop(CharSequence text, int i) {
        char stop = text.charAt(i);
        if (stop != '.' && stop != '!' && stop != '?') {
            return false;
        }
        // after: an upper-case letter that starts a word of two or more letters
        if (i + 2 >= text.length() || !Character.isUpperCase(text.charAt(i + 1))
                || !Character.isLetter(text.charAt(i + 2))) {
            return false;
        }
        // after: not a name that goes on as an address ("www.BBC.co.uk", "site.Com/news")
        int to = i + 1;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        if (to + 1 < text.length() && "./@".indexOf(text.charAt(to)) >= 0
                && Character.isLetterOrDigit(text.charAt(to + 1))) {
            return false;
        }
        // before: a whole word, not the end of an address or a dotted name
        int from = wordStart(text, i);
        if (from == i || (from > 0 && "./@:".indexOf(text.charAt(from - 1)) >= 0)) {
            return false;
        }
        int length = i - from;
        if (length >= 2 && lowerCaseOrDigits(text, from, i)) {
            return true;
        }
        return length >= MIN_CAPITALISED_WORD && Character.isUpperCase(text.charAt(from))
                && lowerCaseOrDigits(text, from + 1, i);
    }

    /** True when the word before the stop at {@code i} is all lower-case letters or digits, two or more. */
    static boolean lowerCaseWordBefore(CharSequence text, int i) {
        int from = wordStart(text, i);
        return i - from >= 2 && lowerCaseOrDigits(text, from, i);
    }

    /** Where the run of letters and digits that ends at {@code i} starts. */
    private static int wordStart(CharSequence text, int i) {
        int from = i;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    private static boolean lowerCaseOrDigits(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (!Character.isLowerCase(ch) && !Character.isDigit(ch)) {
                return false;
            }
        }
        return true;
    }
}
