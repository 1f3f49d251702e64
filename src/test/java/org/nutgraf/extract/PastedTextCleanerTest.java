package org.nutgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastedTextCleanerTest {

    private final PastedTextCleaner cleaner = new PastedTextCleaner();

    static String resource(String name) throws IOException {
        try (InputStream in = PastedTextCleanerTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String reasonFor(CleanedText cleaned, String fragment) {
        int at = cleaned.original().indexOf(fragment);
        for (Removal r : cleaned.removed()) {
            if (r.start() <= at && at < r.end()) {
                return r.reason();
            }
        }
        return null;
    }

    @Test
    void findsTheHeadlineAboveTheStory() throws IOException {
        String page = resource("pasted-ferry.txt");
        CleanedText cleaned = cleaner.clean(page);
        assertEquals("Harbour ferry returns to service after a winter of repairs", cleaned.title());
        assertEquals(cleaned.title(), page.substring(cleaned.titleSpan().start(), cleaned.titleSpan().end()));
        assertEquals("headline", reasonFor(cleaned, "Harbour ferry returns"));
    }

    @Test
    void dropsSiteNavigationAndSearchBeforeTheHeadline() throws IOException {
        CleanedText cleaned = cleaner.clean(resource("pasted-ferry.txt"));
        assertEquals("navigation", reasonFor(cleaned, "Business"));
        assertEquals("search", reasonFor(cleaned, "Search"));
        assertEquals("social", reasonFor(cleaned, "Follow us on social media"));
    }

    @Test
    void recognisesTheBylineAndDateline() throws IOException {
        CleanedText cleaned = cleaner.clean(resource("pasted-ferry.txt"));
        assertEquals("Marta Quillfeather", cleaned.byline());
        assertEquals("March 3, 2031", cleaned.published());
        assertEquals("byline", reasonFor(cleaned, "By Marta"));
        assertEquals("dateline", reasonFor(cleaned, "March 3, 2031"));
    }

    @Test
    void removesPhotoCaptionsInsideTheStory() throws IOException {
        CleanedText cleaned = cleaner.clean(resource("pasted-ferry.txt"));
        assertEquals("caption", reasonFor(cleaned, "Photo: The ferry leaves"));
    }

    @Test
    void removesShareButtonsPromosRelatedTeasersCommentsAndFooterAfterTheStory() throws IOException {
        CleanedText cleaned = cleaner.clean(resource("pasted-ferry.txt"));
        assertEquals("social", reasonFor(cleaned, "Share this:"));
        assertEquals("promo", reasonFor(cleaned, "Sign up for our morning newsletter"));
        assertEquals("related-links", reasonFor(cleaned, "Related stories"));
        assertEquals("related-links", reasonFor(cleaned, "Island school wins"));
        assertEquals("comments", reasonFor(cleaned, "Leave a comment"));
        assertEquals("footer", reasonFor(cleaned, "© 2031 Harbour Post"));
    }

    @Test
    void keepsEveryParagraphOfTheStoryAndNothingElse() throws IOException {
        String body = cleaner.clean(resource("pasted-ferry.txt")).body();
        List<String> paragraphs = List.of(body.split("\n\n"));
        assertEquals(5, paragraphs.size(), body);
        assertTrue(paragraphs.get(0).startsWith("The blue-hulled ferry"));
        assertTrue(paragraphs.get(2).startsWith("The town council paid"));
        assertTrue(paragraphs.get(4).endsWith("without a single remark."));
    }

    @Test
    void removedSpansAreExactOffsetsIntoTheOriginal() throws IOException {
        String page = resource("pasted-ferry.txt");
        CleanedText cleaned = cleaner.clean(page);
        int previousEnd = 0;
        for (Removal r : cleaned.removed()) {
            assertTrue(r.start() >= previousEnd, "removals are ordered and do not overlap: " + r);
            String span = page.substring(r.start(), r.end());
            assertEquals(span.strip(), span, "a removal starts and ends on text, not on blanks: " + r);
            previousEnd = r.end();
        }
        assertTrue(page.substring(reasonStart(cleaned, "caption"), reasonEnd(cleaned, "caption"))
                .equals("Photo: The ferry leaves the old quay on Monday morning. (Jonas Reed / Harbour Post)"));
    }

    @Test
    void maskedTextKeepsLengthLineBreaksAndEveryKeptCharacter() throws IOException {
        String page = resource("pasted-ferry.txt");
        CleanedText cleaned = cleaner.clean(page);
        String masked = cleaned.masked();
        assertEquals(page.length(), masked.length());
        for (int i = 0; i < page.length(); i++) {
            char c = page.charAt(i);
            if (c == '\n' || !isRemoved(cleaned, i)) {
                assertEquals(c, masked.charAt(i), "offset " + i);
            } else {
                assertEquals(' ', masked.charAt(i), "offset " + i);
            }
        }
        int story = page.indexOf("The blue-hulled ferry");
        assertEquals(story, masked.indexOf("The blue-hulled ferry"));
        assertFalse(masked.contains("Harbour Post. All rights reserved"));
    }

    @Test
    void windowsLineEndsKeepOffsetsTrue() throws IOException {
        String page = resource("pasted-ferry.txt").replace("\n", "\r\n");
        CleanedText cleaned = cleaner.clean(page);
        assertEquals(page.length(), cleaned.masked().length());
        assertEquals("Harbour ferry returns to service after a winter of repairs", cleaned.title());
        for (Removal r : cleaned.removed()) {
            String span = page.substring(r.start(), r.end());
            assertEquals(span.strip(), span, r.toString());
        }
        assertEquals(cleaned.masked().chars().filter(c -> c == '\r').count(),
                page.chars().filter(c -> c == '\r').count());
    }

    @Test
    void textWithoutProseComesBackUntouched() {
        CleanedText cleaned = cleaner.clean("Home\nNews\nSport");
        assertTrue(cleaned.removed().isEmpty());
        assertNull(cleaned.title());
        assertEquals("Home\nNews\nSport", cleaned.masked());
    }

    @Test
    void cleanTextOfOneStoryLosesNothing() {
        String story = "The river rose by a metre overnight after three days of rain in the hills above the town.\n\n"
                + "Volunteers filled sandbags at the fire station until two in the morning, and the school stayed shut.";
        CleanedText cleaned = cleaner.clean(story);
        assertTrue(cleaned.removed().isEmpty(), cleaned.removed().toString());
        assertEquals(story, cleaned.masked());
    }

    @Test
    void sharedKazakhstanOpEdLosesItsClutterAndKeepsItsTitle() throws IOException {
        Path sample = Path.of(System.getProperty("shared.dir", "../shared"), "samples/kazakhstan-oped-pasted.txt");
        assumeTrue(Files.isRegularFile(sample), "shared samples absent: " + sample);
        String page = Files.readString(sample, StandardCharsets.UTF_8);
        CleanedText cleaned = cleaner.clean(page);
        String masked = cleaned.masked();
        for (String clutter : List.of("Connect with us", "Hi, what are you looking for?", "You May Also Like",
                "TOP news", "Delta will become the first US airline", "Central Tribune", "entral Tribune")) {
            assertFalse(masked.contains(clutter), clutter);
        }
        assertEquals("Putin’s Kazakh gambit tightens his grip on ex-Soviet space", cleaned.title());
        assertEquals("byline", reasonFor(cleaned, "Oksana Antonenko is a director"));
        assertTrue(masked.contains("Holiday seasons are often haunted"));
    }

    private static boolean isRemoved(CleanedText cleaned, int offset) {
        return cleaned.removed().stream().anyMatch(r -> r.start() <= offset && offset < r.end());
    }

    private static int reasonStart(CleanedText cleaned, String reason) {
        return cleaned.removed().stream().filter(r -> r.reason().equals(reason)).findFirst().orElseThrow().start();
    }

    private static int reasonEnd(CleanedText cleaned, String reason) {
        return cleaned.removed().stream().filter(r -> r.reason().equals(reason)).findFirst().orElseThrow().end();
    }
}
