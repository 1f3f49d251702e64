package org.nutgraf.summary;

/**
 * A key term or phrase of an article.
 *
 * @param text  the phrase as first written in the article
 * @param lemma its lemmatised, lower-cased form, which identifies it
 * @param score from 0 to 1; the top keyword scores 1
 * @param count how many times it occurs
 */
public record Keyword(String text, String lemma, double score, int count) {
}
