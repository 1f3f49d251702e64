package org.nutgraf.nlp;

/**
 * A guess at a text's language.
 *
 * @param tag        the language as a BCP 47 tag ({@code en}, {@code de}, {@code cmn}...)
 * @param confidence the detector's confidence in it, 0 to 1
 * @param words      how many words the guess was made from
 */
public record DetectedLanguage(String tag, double confidence, int words) {
}
