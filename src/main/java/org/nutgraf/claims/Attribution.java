package org.nutgraf.claims;

/**
 * Who the article says made a claim, and the verb it uses: "the minister" and "said".
 *
 * @param speaker the speaker as written ("the minister", "Jane Smith"), or null when the text names none (a pronoun)
 * @param verb    the attribution as written: "said", "told", "warned", "according to"...
 * @param start   offset of the verb's first character in the article text
 * @param end     offset just past the verb in the article text
 */
public record Attribution(String speaker, String verb, int start, int end) {
}
