package org.nutgraf.claims;

import java.util.List;

/**
 * A sentence of an article that asserts something worth checking, with what makes it so.
 *
 * @param text             the claim sentence as written
 * @param sentenceIndex    the sentence's index in the article, from 0
 * @param start            offset of its first character in the article text
 * @param end              offset just past its last character: {@code article.text().substring(start, end)} is the claim
 * @param checkWorthiness  how worth checking it is, 0 to 1 (the model's probability)
 * @param type             {@code quantity}, {@code prediction}, {@code causal}, {@code rule}, {@code personal-experience} or {@code other}
 * @param speaker          who the article says claims it, as written ("the minister"), or null when it names no one
 * @param attribution      the attribution verb as written ("said", "according to"), or null
 * @param signals          quantities, dates, entities, the attribution, hedges and comparisons found in it, in text order
 */
public record KeyClaim(String text, int sentenceIndex, int start, int end, double checkWorthiness, String type,
                       String speaker, String attribution, List<Signal> signals) {

    public KeyClaim {
        signals = List.copyOf(signals);
    }
}
