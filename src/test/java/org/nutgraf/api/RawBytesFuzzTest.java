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


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzes the path from a text/plain body's raw bytes to an {@link Article}: strict decoding either refuses the
 * bytes with a problem or yields text whose every sentence offset slices it exactly. In a plain build Jazzer
 * replays the corpus in {@code RawBytesFuzzTestInputs} (regression mode); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class RawBytesFuzzTest {

    private static ArticleReader reader;

    @BeforeAll
    static void load() {
        reader = ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY));
    }

    @FuzzTest(maxDuration = "60s")
    void bytesBecomeAnArticleOrAProblem(byte[] body) {
        String text;
        try {
            text = PlainText.decode(body, "text/plain; charset=UTF-8");
        } catch (ProblemException e) {
            assertEquals(400, e.status());
            return;
        }
        Article a = reader.read(text, null);
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
        }
    }
}
