package org.nutgraf.article;

import java.util.List;

/**
 * An article as read by the NLP layer: its text, its title and its sentences. Immutable and so safe to share.
 *
 * @param text        the text that was analysed; every offset in the article points into it
 * @param title       the headline, or an empty string when there is none
 * @param titleTokens the tokens of the headline (offsets into {@code title})
 * @param sentences   the sentences in document order
 */
public record Article(String text, String title, List<Token> titleTokens, List<Sentence> sentences) {

    public Article {
        title = title == null ? "" : title;
        titleTokens = List.copyOf(titleTokens);
        sentences = List.copyOf(sentences);
    }

    /** The number of words in the article. */
    public int wordCount() {
        return sentences.stream().mapToInt(Sentence::wordCount).sum();
    }

    /** The number of paragraphs. */
    public int paragraphCount() {
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
    }

    /** The lemmas of the headline's content words. */
    public List<String> titleLemmas() {
        return titleTokens.stream().filter(Token::isContent).map(Token::lemma).toList();
    }
}
