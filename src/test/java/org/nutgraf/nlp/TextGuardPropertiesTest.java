package org.nutgraf.nlp;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;


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

    @Property(tries = 300)
    void preparedTextKeepsEveryOffset(@ForAll("messyText") String text) {
        String prepared = TextGuard.prepare(text);
        assertEquals(text.length(), prepared.length());
        for (int i = 0; i < text.length(); i++) {
            char a = text.charAt(i);
            char b = prepared.charAt(i);
            assertTrue(a == b || b == ' ' || b == '\n', "position " + i + " became " + (int) b);
            if (a == '\n') {
                assertEquals('\n', b, "a line break is never removed");
            }
        }
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
