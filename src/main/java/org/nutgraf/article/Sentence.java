package org.nutgraf.article;

import java.util.List;

/**
 * One sentence of an article, with its place in the text and its tokens.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph position of the paragraph that holds it, from 0
 * @param start     offset of its first character in the article text
 * @param end       offset just past its last character; {@code text.substring(start, end)} is the sentence
 * @param text      the sentence exactly as written
 * @param tokens    its tokens in order
 * @param entities  the named entities and quantities in it, in order; empty when the pipeline ran no NER
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens,
                       List<Entity> entities) {

    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    /** A sentence read without named-entity recognition. */
    public Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
        this(index, paragraph, start, end, text, tokens, List.of());
    }

    /** The number of words (tokens with a letter or a digit). */
    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }

    /** The lemmas of the content words, in order, repeats kept. */
    public List<String> contentLemmas() {
        return tokens.stream().filter(Token::isContent).map(Token::lemma).toList();
    }
}
