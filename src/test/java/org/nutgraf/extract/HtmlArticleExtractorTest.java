package org.nutgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static byte[] page() throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/extract/article.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void takesHeadlineBylineAndDateFromThePageMetadata() throws IOException {
        ExtractedArticle article = extractor.extract(page(), null);
        assertEquals("Orchard growers try owls against voles", article.title());
        assertEquals("Tomas Hallgrim", article.byline());
        assertEquals("2031-05-14T08:30:00Z", article.published());
    }

    @Test
    void keepsTheBodyParagraphsInOrderSeparatedByBlankLines() throws IOException {
        ExtractedArticle article = extractor.extract(page(), null);
        assertEquals(4, article.paragraphs().size(), article.text());
        assertTrue(article.paragraphs().get(0).startsWith("Apple growers in the upper valley"));
        assertTrue(article.paragraphs().get(3).startsWith("Some growers are sceptical."));
        assertEquals(String.join("\n\n", article.paragraphs()), article.text());
        assertEquals("dom", article.source());
    }

    @Test
    void leavesOutScriptsCookieBannerNavigationCaptionsRelatedLinksCommentsAndFooter() throws IOException {
        String text = extractor.extract(page(), null).text();
        for (String clutter : List.of("readers never see", "We use cookies", "Farming", "Share on Facebook",
                "nesting box on a pole", "Hail damages", "grandfather", "Tractor parade", "All rights reserved",
                "Orchard growers try owls")) {
            assertFalse(text.contains(clutter), clutter);
        }
    }

    @Test
    void decodesByTheCharsetTheServerDeclared() {
        String html = "<html><body><article><p>" + "Größere Äpfel, süßere Birnen und ein Café am Markt. ".repeat(4)
                + "</p></article></body></html>";
        byte[] latin = html.getBytes(Charset.forName("windows-1252"));
        ExtractedArticle article = extractor.extract(latin, "windows-1252");
        assertTrue(article.text().startsWith("Größere Äpfel"), article.text());
        assertEquals("windows-1252", article.charset());
    }

    @Test
    void decodesByThePagesOwnMetaCharsetWhenNoneIsDeclared() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body><p>" + "Le marché du samedi a ouvert à l'heure, malgré la pluie froide. ".repeat(4)
                + "</p></body></html>";
        ExtractedArticle article = extractor.extract(html.getBytes(Charset.forName("ISO-8859-15")), null);
        assertTrue(article.text().startsWith("Le marché du samedi"), article.text());
    }

    @Test
    void fallsBackToUtf8WhenNothingIsDeclared() {
        String html = "<p>" + "Zoë's café served crème brûlée to the whole choir after the concert. ".repeat(3) + "</p>";
        ExtractedArticle article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(article.text().startsWith("Zoë's café"), article.text());
        assertEquals("UTF-8", article.charset());
    }

    @Test
    void aPageThatSaysUtf8AndHoldsWindows1252IsReadInTheCharsetItIsValidIn() {
        String html = "<html><head><meta charset=\"UTF-8\"></head><body><p>"
                + "Größere Äpfel und süßere Birnen vom Markt, sagt die Händlerin – „wie jedes Jahr“. ".repeat(4)
                + "</p></body></html>";
        byte[] cp1252 = html.getBytes(Charset.forName("windows-1252"));
        ExtractedArticle article = extractor.extract(cp1252, null);
        assertTrue(article.text().startsWith("Größere Äpfel und süßere Birnen"), article.text());
        assertTrue(article.text().contains("„wie jedes Jahr“"), article.text());
        assertEquals("windows-1252", article.charset());
    }

    @Test
    void aFewBadBytesInARightDeclarationBecomeReplacementCharactersAsInABrowser() {
        byte[] utf8 = ("<p>" + "Zoë's café served crème brûlée to the whole choir after the concert. ".repeat(6) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        utf8[20] = (byte) 0xC3; // a lead byte with no continuation
        utf8[21] = (byte) 0x28;
        ExtractedArticle article = extractor.extract(utf8, "utf-8");
        assertEquals("UTF-8", article.charset());
        assertTrue(article.text().contains("\uFFFD"), article.text());
        assertTrue(article.text().contains("crème brûlée"), article.text());
    }

    @Test
    void refusesBytesThatAreNotTextInAnyCharset() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i += 7) {
            noise[i] = 0;
        }
        assertThrows(UndecodablePageException.class, () -> extractor.extract(noise, null));
    }

    @Test
    void aByteOrderMarkOutranksTheDeclaredCharset() {
        byte[] html = ("\uFEFF<p>" + "Smørrebrød på torvet hver lørdag, også når det regner. ".repeat(3) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        ExtractedArticle article = extractor.extract(html, "windows-1252");
        assertEquals("UTF-8", article.charset());
        assertTrue(article.text().startsWith("Smørrebrød"), article.text());
    }

    @Test
    void passesOverACharsetLabelNoOneKnowsAsBrowsersDo() {
        byte[] html = ("<p>" + "Zoë's café served crème brûlée to the whole choir after the concert. ".repeat(3) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        ExtractedArticle article = extractor.extract(html, "klingon-8");
        assertEquals("UTF-8", article.charset());
        assertTrue(article.text().startsWith("Zoë's café"), article.text());
    }

    @Test
    void stripsTheSiteNameFromADocumentTitle() {
        ExtractedArticle article = extractor.extract("<html><head><title>Night trains return to the coast line | "
                + "The Rail Gazette</title></head><body><p>Short.</p></body></html>");
        assertEquals("Night trains return to the coast line", article.title());
    }

    @Test
    void fallsBackToTheJsonLdArticleBodyWhenThePageHidesItsText() {
        String body = "The library reopened after the flood with a new children's room and longer hours. "
                .repeat(8);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Library reopens\",\"articleBody\":\"" + body + "\\n" + body + "\"}</script></head>"
                + "<body><div id=\"app\"></div></body></html>";
        ExtractedArticle article = extractor.extract(html);
        assertEquals("json-ld", article.source());
        assertEquals(2, article.paragraphs().size());
        assertEquals("Library reopens", article.title());
    }

    @Test
    void aSharedBenchmarkPageGivesItsOwnSentencesAndTitle() throws IOException {
        Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "data/scrapinghub");
        assumeTrue(Files.isDirectory(dir.resolve("html")), "shared benchmark absent: " + dir);
        String id = "7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9";
        assumeTrue(Files.isRegularFile(dir.resolve("html/" + id + ".html")));
        ExtractedArticle article = extractor.extract(Files.readAllBytes(dir.resolve("html/" + id + ".html")), null);
        String truth = Files.readString(dir.resolve("truth/" + id + ".txt"), StandardCharsets.UTF_8);
        String firstSentence = truth.strip().split("(?<=\\.)\\s")[0];
        assertTrue(article.text().startsWith(firstSentence), article.text());
        assertNotNull(article.title());
    }

    /** Five paragraphs of a made-up story, each long enough to be prose and under a third of the whole. */
    private static final String[] STORY = {
        "The harbour board of Westmere voted on Monday to dredge the old channel, closed to larger boats since the "
                + "storms of last winter filled it with sand and shingle.",
        "The work will take four months and cost about two million pounds, the board said, and the fishing fleet "
                + "will use the eastern quay while the dredgers are at work.",
        "Skippers welcomed the decision but said the board had waited too long, and that several boats had been "
                + "sold to owners in other ports during the closure.",
        "The board's chair said the channel would be surveyed every spring from now on, so that it never silts up "
                + "so badly again.",
        "A public meeting on the plans will be held at the harbour office next Thursday evening, and everyone who "
                + "works on the quays is invited."};

    @Test
    void aStoryWhosePageBuilderCallsEveryBlockAWidgetIsKept() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"builder-widget-wrap\">");
        for (String p : STORY) {
            html.append("<div class=\"builder-widget builder-widget-text\"><div class=\"builder-widget-container\"><p>")
                    .append(p).append("</p></div></div>");
        }
        html.append("</div><div class=\"sidebar\"><p>Subscribe to the weekly harbour newsletter for all the news "
                + "from the quays.</p></div></body></html>");
        String text = extractor.extract(html.toString()).text();
        for (String p : STORY) {
            assertTrue(text.contains(p), "lost: " + p);
        }
        assertFalse(text.contains("newsletter"), text);
    }

    @Test
    void aStoryParkedInAHiddenBlockUntilAScriptShowsItIsKept() {
        StringBuilder html = new StringBuilder("<html><body><div id=\"root\"><p>Loading…</p></div>"
                + "<div hidden id=\"stream-0\"><article>");
        for (String p : STORY) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article></div><div hidden><p>A hidden cookie notice that explains how cookies are used on "
                + "this site and by whom.</p></div></body></html>");
        String text = extractor.extract(html.toString()).text();
        for (String p : STORY) {
            assertTrue(text.contains(p), "lost: " + p);
        }
        assertFalse(text.contains("cookie notice"), text);
    }
}
