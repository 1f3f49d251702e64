package org.nutgraf.summary;

import org.nutgraf.article.Sentence;

/**
 * A sentence the summary kept.
 *
 * @param sentence the article's sentence
 * @param score    how the scorer rated it
 * @param rank     its place in the scorer's choice, from 1 (chosen first)
 */
public record ChosenSentence(Sentence sentence, SentenceScore score, int rank) {
}
