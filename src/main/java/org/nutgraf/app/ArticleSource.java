package org.nutgraf.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.nutgraf.config.NutgrafConfig;
import org.nutgraf.extract.CleanedText;
import org.nutgraf.extract.ExtractedArticle;
import org.nutgraf.extract.HtmlArticleExtractor;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.model.Provenance;
import org.nutgraf.extract.UndecodablePageException;

import java.util.List;

/**
 * Finds the story in what the caller sent: extracts the article from HTML, or cleans pasted text of page clutter
 * by blanking it (same length, so offsets into the caller's text stay true). Thread-safe.
 */
@ApplicationScoped
public class ArticleSource {

    /**
     * The article ready for NLP.
     *
     * @param text     the text offsets point into: the caller's text, or the article extracted from HTML
     * @param analysed what CoreNLP reads: {@code text} with clutter blanked out (same length)
     * @param title    the headline: the caller's, or the one found
     * @param view     what was found and removed, for the answer
     * @param declaredLanguage the language the page declares (HTML only), or {@code null}
     * @param models   the model files that found the story: the line model when pasted text was cleaned
     */
    public record Prepared(String text, String analysed, String title, SummaryResponse.ArticleView view,
                           String declaredLanguage, List<Provenance> models) {
    }

    private final Models models;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final int maxChars;

    public ArticleSource(Models models, NutgrafConfig config) {
        this.models = models;
        this.maxChars = config.limits().maxChars();
    }

    /** Checks plain text before any work: present, not blank, not too long, no control character it may not hold. */
    public void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("The article text is empty; send it as the 'text' field (or 'html'), "
                    + "or as a text/plain or text/html body");
        }
        checkLength(text, "text");
        ControlCharacters.check(text, "text");
    }

    /**
     * Prepares what the caller sent, which {@link ArticleReading#accept} has checked; throws
     * {@link ProblemException} for what only the reading finds (no article in a page, a page's article too long).
     */
    Prepared prepare(ArticleInput input, boolean clean, boolean includeText) {
        if (input.isHtml()) {
            return fromHtml(input, includeText);
        }
        String text = input.text();
        if (!clean) {
            return new Prepared(text, text, input.title(), new SummaryResponse.ArticleView(
                    input.title(), null, null, "text", List.of(), includeText ? text : null), null, List.of());
        }
        PastedTextCleaner cleaner = models.get().cleaner();
        CleanedText cleaned = cleaner.clean(text);
        String title = input.title() != null && !input.title().isBlank() ? input.title() : cleaned.title();
        List<SummaryResponse.RemovalView> removed = cleaned.removed().stream()
                .map(r -> new SummaryResponse.RemovalView(r.start(), r.end(), r.reason())).toList();
        return new Prepared(text, cleaned.masked(), title, new SummaryResponse.ArticleView(
                title, cleaned.byline(), cleaned.published(), "text", removed, includeText ? text : null), null,
                cleaner.models());
    }

    private Prepared fromHtml(ArticleInput input, boolean includeText) {
        ExtractedArticle article;
        try {
            article = input.htmlBytes() != null
                    ? extractor.extract(input.htmlBytes(), input.charset())
                    : extractor.extract(input.html());
        } catch (UndecodablePageException e) {
            throw new ProblemException(400, "invalid-encoding", "Invalid page encoding", "The page is not text: it "
                    + "does not decode as its Content-Type or its own meta charset says, as UTF-8, or in any charset "
                    + "detected");
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("The HTML could not be read");
        }
        // a page's stray controls are not the caller's doing: they become spaces in the text offsets point into
        String text = ControlCharacters.blanked(article.text());
        if (text == null || text.isBlank()) {
            throw new ProblemException(422, "no-article", "No article found",
                    "The page holds no article text that could be found");
        }
        checkLength(text, "article extracted from the page");
        String title = input.title() != null && !input.title().isBlank() ? input.title()
                : ControlCharacters.blanked(article.title());
        return new Prepared(text, text, title, new SummaryResponse.ArticleView(title,
                ControlCharacters.blanked(article.byline()), article.published(), "html", List.of(),
                includeText ? text : null), article.language(), List.of());
    }

    private void checkLength(String text, String what) {
        if (text.length() > maxChars) {
            throw new ProblemException(413, "text-too-long", "Text too long",
                    "The " + what + " has " + text.length() + " characters; the limit is " + maxChars);
        }
    }
}
