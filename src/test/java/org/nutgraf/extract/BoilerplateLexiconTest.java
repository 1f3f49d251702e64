package org.nutgraf.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The lexicon names page furniture in general, not one page's: no phrase of it may occur in exactly one of the
 * development pages (the ScrapingHub pages, the WCXB article pages and the pasted samples in the shared folder), as
 * a phrase copied from a single page would. A phrase occurs in a page when a line of it (a pasted line, or the text
 * of an HTML element) is that phrase once normalised as the cleaner normalises lines.
 */
class BoilerplateLexiconTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @Test
    void noPhraseOccursInOnlyOneDevelopmentPage() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.addAll(files(SHARED.resolve("data/scrapinghub/html"), ".html"));
        pages.addAll(files(SHARED.resolve("data/wcxb_articles/html"), ".html.gz"));
        pages.addAll(files(SHARED.resolve("samples/pasted"), ".txt").stream()
                .filter(p -> !p.getFileName().toString().endsWith(".truth.txt")).toList());
        pages.addAll(files(SHARED.resolve("samples"), "-pasted.txt"));
        assumeTrue(!pages.isEmpty(), "skipped: no development pages under " + SHARED);

        Set<String> phrases = new HashSet<>();
        phrases.addAll(BoilerplateLexicon.RELATED_HEADINGS);
        phrases.addAll(BoilerplateLexicon.COMMENT_HEADINGS);
        BoilerplateLexicon.SHORT_LINES.values().forEach(phrases::addAll);
        Map<String, Integer> pagesWith = new HashMap<>();
        for (Path page : pages) {
            Set<String> keys = lineKeys(page);
            for (String phrase : phrases) {
                if (keys.contains(phrase)) {
                    pagesWith.merge(phrase, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> once = new TreeMap<>();
        pagesWith.forEach((phrase, n) -> {
            if (n == 1) {
                once.put(phrase, n);
            }
        });
        assertEquals(Map.of(), once, "phrases found in one development page only, of " + pages.size());
    }

    /** The normalised lines of a page: its lines when pasted, the text of each of its elements when HTML. */
    private static Set<String> lineKeys(Path page) throws IOException {
        Set<String> keys = new HashSet<>();
        String name = page.getFileName().toString();
        if (name.endsWith(".txt")) {
            for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                keys.add(BoilerplateLexicon.key(line));
            }
            return keys;
        }
        Document doc;
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page))
                : Files.newInputStream(page)) {
            doc = Jsoup.parse(in, "UTF-8", "");
        }
        for (Element e : doc.getAllElements()) {
            String own = e.ownText();
            if (!own.isBlank()) {
                keys.add(BoilerplateLexicon.key(own));
            }
            if (e.childrenSize() <= 3) {
                keys.add(BoilerplateLexicon.key(e.text()));
            }
        }
        return keys;
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
