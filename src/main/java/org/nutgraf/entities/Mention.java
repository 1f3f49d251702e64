package org.nutgraf.entities;

/**
 * One place an article names an entity.
 *
 * @param text  the name exactly as written there
 * @param kind  the class the recogniser gave this mention ({@code PERSON}, {@code ORGANIZATION}, ...)
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character
 */
public record Mention(String text, String kind, int start, int end) {
}
