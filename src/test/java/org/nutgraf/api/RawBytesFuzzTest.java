package org.nutgraf.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.nutgraf.app.PlainText;
import org.nutgraf.app.ProblemException;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Fuzzes the path from a text/plain body's raw bytes to an {@link Article}: strict decoding refuses bytes that are
 * not UTF-8 with a 400 problem and decodes all others to exactly their text, whose every sentence offset slices it
 * exactly. In a plain build Jazzer
 * replays the corpus in {@code RawBytesFuzzTestInputs} (regression mode); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class RawBytesFuzzTest {

    private static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY));
    }

    /** True when the bytes are UTF-8: decoding them replaces nothing, so encoding the text gives them back. */
    private static boolean isUtf8(byte[] body) {
        return Arrays.equals(body, new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "60s")
    void bytesBecomeAnArticleOrAProblem(byte[] body) {
        if (!isUtf8(body)) {
            // which of the two it is, the bytes decide: anything that is not UTF-8 is refused, never repaired
            ProblemException e = assertThrows(ProblemException.class, () -> PlainText.decode(body, "text/plain; charset=UTF-8"));
            assertEquals(400, e.status());
            return;
        }
        String text = PlainText.decode(body, "text/plain; charset=UTF-8");
        assertEquals(new String(body, StandardCharsets.UTF_8), text);
        Article a = reader.read(text, null);
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
        }
    }
}
