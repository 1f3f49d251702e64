package org.nutgraf.lab.claims;

import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.article.Article;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR (political news attribution relations; the shared folder's {@code data/polnear}) as the speaker tools read
 * it: each article of a split read with the service's claims pipeline (cached under {@code lab/target/claims-cache}),
 * with the attributions <i>with a source</i> of one annotator, the first annotator id in sort order among its
 * {@code .ann} files. Offsets in {@code attributions.tsv} count code points; they are converted to UTF-16.
 */
final class PolnearArticles {

    /** The set's folder under {@code data/}. */
    static final String SET = "polnear";

    private PolnearArticles() {
    }

    /** One annotated attribution with a source, offsets in UTF-16. */
    record Gold(int sourceStart, int sourceEnd, String source, int cueStart, int cueEnd, String cue,
                int contentStart, int contentEnd) {
    }

    /** One article, its chosen annotator's attributions with a source, and the article as read. */
    record Doc(String split, String name, String annotator, String publisher, String text, List<Gold> gold,
               Article article) {
    }

    /** Whether the shared folder holds PolNeAR as these commands read it ({@link Invocation#present}: else a skip). */
    static boolean present(Invocation invocation, Path root) {
        return invocation.present(root.resolve("attributions.tsv"), root.resolve("text"), root.resolve("attributions"),
                root.resolve("metadata.tsv"));
    }

    /** The files {@link #read} reads for a split: its texts and annotation files, the attributions and the metadata. */
    static List<Path> files(Path root, String split) {
        return List.of(root.resolve("text").resolve(split), root.resolve("attributions").resolve(split),
                root.resolve("attributions.tsv"), root.resolve("metadata.tsv"));
    }

    /** The split's articles with their chosen annotator's attributions, read with the claims pipeline. */
    static List<Doc> read(Path root, String split, PrintWriter err) throws Exception {
        PartsRead.record(SET, split);
        Path textDir = root.resolve("text").resolve(split);
        List<String> names;
        try (Stream<Path> files = Files.list(textDir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        Map<String, String> annotator = new HashMap<>();
        try (Stream<Path> files = Files.list(root.resolve("attributions").resolve(split))) {
            for (String f : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann")).sorted()
                    .toList()) {
                int u = f.lastIndexOf('_');
                annotator.merge(f.substring(0, u), f.substring(u + 1, f.length() - 4),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<String, String> publisher = new HashMap<>();
        List<String> meta = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> metaHeader = List.of(meta.get(0).split("\t", -1));
        for (String line : meta.subList(1, meta.size())) {
            String[] r = line.split("\t", -1);
            publisher.put(r[metaHeader.indexOf("filename")], r[metaHeader.indexOf("publisher")]);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String n : names) {
            texts.put(n, Files.readString(textDir.resolve(n + ".txt"), StandardCharsets.UTF_8));
        }
        Map<String, List<Gold>> gold = new HashMap<>();
        List<String> lines = Files.readAllLines(root.resolve("attributions.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int cSplit = header.indexOf("split");
        int cDoc = header.indexOf("doc");
        int cAnn = header.indexOf("annotator");
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split("\t", -1);
            if (!r[cSplit].equals(split) || !r[cAnn].equals(annotator.get(r[cDoc])) || !texts.containsKey(r[cDoc])
                    || field(r, header, "source_start").isEmpty() || field(r, header, "content_start").isEmpty()) {
                continue;
            }
            String text = texts.get(r[cDoc]);
            boolean cue = !field(r, header, "cue_start").isEmpty();
            gold.computeIfAbsent(r[cDoc], k -> new ArrayList<>()).add(new Gold(
                    utf16(text, field(r, header, "source_start")), utf16(text, field(r, header, "source_end")),
                    field(r, header, "source_text"),
                    cue ? utf16(text, field(r, header, "cue_start")) : -1,
                    cue ? utf16(text, field(r, header, "cue_end")) : -1, field(r, header, "cue_text"),
                    utf16(text, field(r, header, "content_start")), utf16(text, field(r, header, "content_end"))));
        }
        List<Article> articles = AnnotationCache.articles(SET + "-" + split, new ArrayList<>(texts.values()), err);
        List<Doc> docs = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<Gold> g = new ArrayList<>(gold.getOrDefault(e.getKey(), List.of()));
            g.sort(Comparator.comparingInt(Gold::sourceStart));
            docs.add(new Doc(split, e.getKey(), annotator.get(e.getKey()), publisher.get(e.getKey()), e.getValue(), g,
                    articles.get(i++)));
        }
        return docs;
    }

    private static String field(String[] row, List<String> header, String name) {
        return row[header.indexOf(name)];
    }

    /** A Python (code point) offset as a Java (UTF-16) one. */
    static int utf16(String text, String codePoints) {
        int cp = Integer.parseInt(codePoints);
        return text.chars().noneMatch(c -> Character.isSurrogate((char) c)) ? cp : text.offsetByCodePoints(0, cp);
    }
}
