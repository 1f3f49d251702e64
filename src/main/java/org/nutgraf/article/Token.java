package org.nutgraf.article;

/**
 * One word or punctuation mark of an article, as the NLP layer read it.
 *
 * @param word  the token as written in the text
 * @param lemma its dictionary form, lower-cased
 * @param tag   its Penn Treebank part-of-speech tag ({@code NN}, {@code VBD}, ...); empty when unknown
 * @param ner   its named-entity class ({@code PERSON}, {@code PERCENT}, ...), or {@code O} for none
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character in the article text
 */
public record Token(String word, String lemma, String tag, String ner, int start, int end) {

    /** True for nouns, verbs, adjectives, adverbs and numbers that are not stop words: the words scoring looks at. */
    public boolean isContent() {
        return isContentTag(tag) && hasLetterOrDigit(word) && !StopWords.contains(lemma);
    }

    /** True when the tagger marked the token as a proper noun. */
    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    /** True when the token belongs to a named entity (a person, place, organisation, number, date...). */
    public boolean isEntity() {
        return ner != null && !ner.isEmpty() && !"O".equals(ner);
    }

    /** True when the token counts as a word for statistics and length budgets (it has a letter or a digit). */
    public boolean isWord() {
        return hasLetterOrDigit(word);
    }

    private static boolean isContentTag(String tag) {
        return tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ")
                || tag.startsWith("RB") || tag.equals("CD") || tag.equals("FW");
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
