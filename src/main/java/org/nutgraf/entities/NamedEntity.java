package org.nutgraf.entities;

import java.util.List;

/**
 * One distinct person, organisation or place an article names, with every place it names it. Immutable.
 *
 * @param type     its class: the one most of its mentions were given ({@code PERSON}, {@code ORGANIZATION},
 *                 {@code LOCATION}, ...)
 * @param text     its fullest name: the longest of its mentions
 * @param mentions where it is named, in text order; never empty
 */
public record NamedEntity(String type, String text, List<Mention> mentions) {

    public NamedEntity {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity is named at least once");
        }
    }

    /** How many times the article names it. */
    public int count() {
        return mentions.size();
    }

    /** Offset of the first character of its first mention. */
    public int firstOffset() {
        return mentions.get(0).start();
    }
}
