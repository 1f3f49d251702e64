package org.nutgraf.nlp;

import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where one sentence as CoreNLP read it is really two or more, glued without punctuation. Flattened news text
 * runs image captions into the paragraphs around them ({@code "... at the end of the season The club's captain says
 * ... during training on Wednesday He said: ..."}), and CoreNLP keeps each such run as one long sentence, which then
 * crowds out real sentences in a summary. The rule uses only general part-of-speech signals, no word lists, and
 * splits only where the glue is evident: before token {@code j} when
 * <ul>
 * <li>token {@code j} is a capitalised word of two or more letters (so not {@code I}, nor the {@code A} of
 * {@code "Serie A titles"} or {@code "a Category A prison"}) with a closed-class tag that opens a clause or a noun
 * phrase (determiner, personal or possessive pronoun, existential {@code there}, preposition, wh-adverb; not a
 * wh-pronoun: {@code "Doctor Who is back"}), and no quotation opened earlier in the sentence is still open;</li>
 * <li>token {@code j-1} is a word of letters or digits whose tag can end a clause: not a determiner, preposition,
 * conjunction, possessive, modal or wh-word, and not a finite or base verb, which takes what follows as its object or
 * its reported speech ({@code "said The company"});</li>
 * <li>only spaces stand between them: a quote, bracket or line break means the writer punctuated the place;</li>
 * <li>token {@code j+1} confirms it is not a title or a name in title case ({@code "the film The Godfather"},
 * {@code "Keeping Up With the Kardashians"}): it is a lower-case word, a verb or modal after a personal pronoun or
 * {@code there} ({@code "He said"}), not a finite verb after a preposition ({@code "the Drive In opened"}), and
 * after a determiner, possessive, preposition or wh-adverb the word after it is not capitalised either, unless it is
 * a common noun ({@code "This is England"} stays whole). A determiner may also be followed by a capitalised word
 * when a common noun and a verb come next, the shape of a clause ({@code "The Chelsea captain congratulates"}).</li>
 * </ul>
 * It also splits at a question mark that {@link TextGuard} turned into a space because it was glued between a
 * lower-case word and a capital ({@code "does it make?Aren't"}), when the word before can end a clause: a lost space
 * or apostrophe after a preposition or an article ({@code "on?Wednesday"}, {@code "an?English"}) stays whole.
 * Stateless.
 */
final class GlueSplits {

    /** Tags that open a clause or a noun phrase and, capitalised after a clause end, show a new sentence. */
    private static final Set<String> OPENERS = Set.of("DT", "PDT", "PRP", "PRP$", "EX", "IN", "WRB");

    /** Openers that must be followed by a verb: a personal pronoun or existential there. */
    private static final Set<String> SUBJECTS = Set.of("PRP", "EX");

    /** Tags of words that cannot end a clause: what follows them belongs to them. */
    private static final Set<String> NOT_AN_END = Set.of("DT", "PDT", "IN", "TO", "CC", "PRP$", "POS", "WDT", "WP",
            "WP$", "WRB", "MD", "EX");

    /**
     * Verbs before a capital: what follows is most often their object or reported speech, so splitting there would
     * be a guess, though some captions end on one ({@code "as this picture shows"}).
     */
    private static final Set<String> TAKES_AN_OBJECT = Set.of("VB", "VBD", "VBP", "VBZ");

    private GlueSplits() {
    }

    /**
     * The positions in {@code tokens} (one CoreNLP sentence) where a new sentence starts, in order, never 0.
     *
     * @param text     the caller's text, which the tokens' offsets point into
     * @param prepared the text as {@link TextGuard#prepare} gave it to CoreNLP
     */
    static List<Integer> starts(List<Token> tokens, String text, String prepared) {
        List<Integer> starts = new ArrayList<>();
        for (int j = 1; j < tokens.size(); j++) {
            Token before = tokens.get(j - 1);
            Token token = tokens.get(j);
            if (!isWord(before.word()) || NOT_AN_END.contains(before.tag())) {
                continue;
            }
            String gap = text.substring(before.end(), token.start());
            if (gap.equals("?") && prepared.charAt(before.end()) == ' '
                    && Character.isUpperCase(token.word().charAt(0))) {
                starts.add(j);
            } else if (isCaptionGlue(text, tokens, j, gap)) {
                starts.add(j);
            }
        }
        return starts;
    }

    private static boolean isCaptionGlue(String text, List<Token> tokens, int j, String gap) {
        Token before = tokens.get(j - 1);
        Token token = tokens.get(j);
        if (j + 1 >= tokens.size() || !onlySpaces(gap) || TAKES_AN_OBJECT.contains(before.tag())
                || !OPENERS.contains(token.tag()) || token.word().length() < 2 || !isCapitalised(token.word())
                || insideQuotation(text, tokens, j)) {
            return false;
        }
        Token next = tokens.get(j + 1);
        if (!Character.isLowerCase(next.word().charAt(0))) {
            return token.tag().equals("DT") && isClauseAfterAName(tokens, j + 1);
        }
        boolean verb = next.tag().startsWith("VB") || next.tag().equals("MD");
        if (SUBJECTS.contains(token.tag())) {
            return verb;
        }
        if (token.tag().equals("IN") && verb && !next.tag().equals("VBG")) {
            return false;
        }
        boolean titleCaseGoesOn = j + 2 < tokens.size() && isCapitalised(tokens.get(j + 2).word());
        return !titleCaseGoesOn || next.tag().equals("NN") || next.tag().equals("NNS");
    }

    /**
     * True when the tokens from {@code k} read as a capitalised name, a common noun and a verb ({@code "The Chelsea
     * captain congratulates"}), the shape of a clause and not of a title used as a name ({@code "the show The
     * Apprentice star Donald"}).
     */
    private static boolean isClauseAfterAName(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !isCapitalised(tokens.get(k).word())) {
            return false;
        }
        Token noun = tokens.get(k + 1);
        String verb = tokens.get(k + 2).tag();
        return Character.isLowerCase(noun.word().charAt(0)) && (noun.tag().equals("NN") || noun.tag().equals("NNS"))
                && (verb.startsWith("VB") || verb.equals("MD"));
    }

    /**
     * True when a quotation opened before token {@code j} in the sentence is still open there. A quote mark followed
     * by a space opens nothing: it closes a quotation from an earlier sentence. A lone apostrophe closes one, whatever
     * its tag (the tagger reads {@code "as 'Death Island' President"} as a possessive).
     */
    private static boolean insideQuotation(String text, List<Token> tokens, int j) {
        int open = 0;
        for (int k = 0; k < j; k++) {
            Token t = tokens.get(k);
            String tag = t.tag();
            if (tag.equals("``") && t.end() < text.length() && !Character.isWhitespace(text.charAt(t.end()))) {
                open++;
            } else if ((tag.equals("''") || t.word().equals("'") || t.word().equals("\u2019")) && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** Letters or digits only. */
    private static boolean isWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit);
    }

    /** An upper-case letter followed by lower-case letters only ({@code The}, not {@code THE} or {@code McX}). */
    private static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** One or more spaces and nothing else: no quote, bracket or line break. */
    private static boolean onlySpaces(String gap) {
        return !gap.isEmpty() && gap.chars().allMatch(ch -> ch == ' ' || ch == '\u00a0');
    }
}
