package org.nutgraf.claims;

/**
 * One thing in a claim's sentence that makes it worth checking or that hedges it: a quantity, a date, a named
 * entity, the attribution verb, a hedge, a comparison or a superlative.
 *
 * @param kind  {@code PERCENT}, {@code MONEY}, {@code NUMBER}, {@code DATE}, {@code PERSON}, {@code ORGANIZATION},
 *              {@code LOCATION}, {@code MISC}, {@code ATTRIBUTION}, {@code HEDGE}, {@code COMPARISON} or {@code SUPERLATIVE}
 * @param text  the words as written
 * @param value the normalised number for quantities (27% is 0.27, £40 million is 40000000), else null
 * @param unit  the currency for money ({@code GBP}, {@code USD}, {@code EUR}...), else null
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character in the article text
 */
public record Signal(String kind, String text, Double value, String unit, int start, int end) {

    /** True for the kinds that carry a number: percentages, sums of money and plain numbers. */
    public boolean isQuantity() {
        return kind.equals("PERCENT") || kind.equals("MONEY") || kind.equals("NUMBER");
    }
}
