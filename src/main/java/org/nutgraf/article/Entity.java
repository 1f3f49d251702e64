package org.nutgraf.article;

/**
 * A named entity or a quantity that the NLP layer found in a sentence: a person, place, organisation, date, sum...
 *
 * @param text       the mention exactly as written
 * @param kind       its class as the recogniser names it ({@code PERSON}, {@code ORGANIZATION}, {@code PERCENT}...)
 * @param normalized its normalised value when the recogniser gives one ({@code "%27.0"}, {@code "2024-03"}), else empty
 * @param start      offset of its first character in the article text
 * @param end        offset just past its last character in the article text
 */
public record Entity(String text, String kind, String normalized, int start, int end) {

    public Entity {
        normalized = normalized == null ? "" : normalized;
    }
}
