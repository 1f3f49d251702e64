package org.nutgraf.claims;

/**
 * Who the article says made a claim, and the verb it uses: "the minister" and "said".
 *
 * @param speaker      the speaker as written ("the minister", "Jane Smith"); for a pronoun ("he said"), the named
 *                     person it was resolved to, as the article last named them; null when the text names none
 * @param verb         the attribution as written: "said", "told", "warned", "according to"...
 * @param start        offset of the verb's first character in the article text (in another sentence of the
 *                     quotation when the sentence is inside a quotation attributed there)
 * @param end          offset just past the verb in the article text
 * @param speakerStart offset in the article text of the words that name the speaker (the pronoun, when resolved),
 *                     or -1 when there are none
 * @param speakerEnd   offset just past them, or -1
 * @param pronoun      the pronoun as written when {@code speaker} was resolved from it ("he"), else null
 */
public record Attribution(String speaker, String verb, int start, int end, int speakerStart, int speakerEnd,
                          String pronoun) {

    /** An attribution without the speaker's place in the text. */
    public Attribution(String speaker, String verb, int start, int end) {
        this(speaker, verb, start, end, -1, -1, null);
    }

    /** True when the speaker was resolved from a pronoun to a person named earlier in the article. */
    public boolean resolved() {
        return pronoun != null;
    }
}
