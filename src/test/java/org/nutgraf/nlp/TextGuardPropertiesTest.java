package org.nutgraf.nlp;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of text normalisation, sentence capping and offset mapping, over generated text. */
class TextGuardPropertiesTest {

    private static ArticleReader reader;

    @BeforeContainer
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY));
    }

    /** Text made of the pieces that trouble tokenizers: words, punctuation, emoji, marks, controls, surrogates. */
    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("The", "council", "said", "£40m", "3.2%", "U.S.", "don't", "e-mail", "café", "naïve"),
                Arbitraries.of(" ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u200b", "\u2028"),
                Arbitraries.of(".", ",", "!", "?", "…", "—", "“", "”", "\"", "'", "(", ")", "...", "?!"),
                Arbitraries.of("😀", "👍🏽", "🇬🇧", "e\u0301", "\u0301\u0301", "مرحبا", "\u202e", "日本語", "\u0000", "\u001b"),
                Arbitraries.of("\ud800", "\udc00"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(5));
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    /** The text with what TextGuard must always blank, controls and lone surrogates, as spaces; nothing else. */
    private static String blanked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean lone = width == 1 && Character.isSurrogate(text.charAt(i));
            boolean control = Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r';
            out.append(lone || control ? " " : text.substring(i, i + width));
            i += width;
        }
        return out.toString();
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Property(tries = 300)
    void preparedTextKeepsEveryOffsetAndChangesACharacterOnlyIntoItsOneBreak(@ForAll("messyText") String text) {
        String prepared = TextGuard.prepare(text);
        String blanked = blanked(text);
        assertEquals(text.length(), prepared.length());
        for (int i = 0; i < text.length(); i++) {
            char b = prepared.charAt(i);
            if (text.charAt(i) == '\n') {
                assertEquals('\n', b, "a line break is never removed");
            } else if (b != blanked.charAt(i)) {
                // where TextGuard breaks, the character decides how: a separator becomes a line break (a sentence
                // end), anything else a space (a run break); when it breaks is pinned by the two properties below
                assertEquals(separator(blanked.charAt(i)) ? '\n' : ' ', b, "position " + i);
            }
        }
    }

    /**
     * Pieces of messy text of at most five characters (so at most three words each) joined by spaces, fewer than
     * a sentence's words in all: TextGuard has nothing to break here, so it must blank controls and lone surrogates
     * and change nothing else.
     */
    @Provide
    Arbitrary<String> shortMessyText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("The", "£40m", "3.2%", "U.S.", "café", "…", "“", "😀", "👍🏽", "🇬🇧", "e\u0301", "مرحبا",
                        "\u202e", "\u200b", "\u0000", "\u001b", "\u007f", "\ud800", "\udc00", "\u00a0", "\t", "\r\n"),
                Arbitraries.strings().all().ofMaxLength(5));
        return piece.list().ofMaxSize(TextGuard.MAX_SENTENCE_WORDS / 3 - 1).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void withNothingToBreakOnlyControlsAndLoneSurrogatesAreBlanked(@ForAll("shortMessyText") String text) {
        assertEquals(blanked(text), TextGuard.prepare(text));
    }

    @Property(tries = 200)
    void aRunWithoutSpacesIsBrokenByASpaceAfterEveryMaxRunCharacters(
            @ForAll @IntRange(min = 1, max = 1_000) int length, @ForAll @CharRange(from = 'a', to = 'z') char letter) {
        String prepared = TextGuard.prepare(String.valueOf(letter).repeat(length));
        for (int i = 0; i < length; i++) {
            // MAX_RUN characters pass, the next is blanked, and the count starts again after it
            char expected = i % (TextGuard.MAX_RUN + 1) == TextGuard.MAX_RUN ? ' ' : letter;
            assertEquals(expected, prepared.charAt(i), "position " + i);
        }
    }

    @Property(tries = 100)
    void aSentenceWithoutAnEndGetsALineBreakAfterEveryMaxSentenceWords(
            @ForAll @Size(min = 1, max = 600) List<@StringLength(min = 1, max = 8) @CharRange(from = 'a', to = 'z') String> words) {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int w = 1; w <= words.size(); w++) {
            text.append(words.get(w - 1)).append(' ');
            // the space after every MAX_SENTENCE_WORDS-th word becomes the line break that ends the sentence
            expected.append(words.get(w - 1)).append(w % TextGuard.MAX_SENTENCE_WORDS == 0 ? '\n' : ' ');
        }
        assertEquals(expected.toString(), TextGuard.prepare(text.toString()));
    }

    @Property(tries = 300)
    void preparedTextHasNoControlsLoneSurrogatesOrEndlessRuns(@ForAll("messyText") String text) {
        String prepared = TextGuard.prepare(text);
        int run = 0;
        for (int i = 0; i < prepared.length(); ) {
            int cp = prepared.codePointAt(i);
            int width = Character.charCount(cp);
            assertFalse(width == 1 && Character.isSurrogate(prepared.charAt(i)), "lone surrogate at " + i);
            assertFalse(Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r', "control at " + i);
            run = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? 0 : run + width;
            assertTrue(run <= TextGuard.MAX_RUN, "run of " + run + " at " + i);
            i += width;
        }
    }

    @Property(tries = 150)
    void sentenceAndTokenOffsetsSliceTheCallersText(@ForAll("messyText") String text) {
        Article a = reader.read(text, null);
        int previousEnd = 0;
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertTrue(s.start() >= previousEnd, "sentences in order");
            previousEnd = s.end();
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.word());
            }
            long words = s.tokens().stream().filter(Token::isWord).count();
            assertTrue(words <= TextGuard.MAX_SENTENCE_WORDS + TextGuard.MAX_RUN, "sentence of " + words + " words");
        }
    }
}
