package org.nutgraf.lab.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A summary evaluation set: {@code articles/<id>.txt}, {@code refs/<id>.txt} (one reference sentence per line, or
 * several references as rouge.py allows), and optionally {@code titles.tsv} (header row; id, category, title).
 *
 * @param dir        the set's folder
 * @param ids        the documents that have both an article and a reference, sorted
 * @param references each document's reference files
 * @param titles     headlines by id; empty when the set has none
 * @param unmatched  how many articles or references had no counterpart and were left out
 */
public record Dataset(Path dir, List<String> ids, SortedMap<String, List<Path>> references,
                      Map<String, String> titles, int unmatched) {

    /** Reads a set's layout (not its texts); {@code limit} keeps the first ids in sorted order, 0 for all. */
    public static Dataset open(Path dir, int limit) {
        Path articles = dir.resolve("articles");
        SortedMap<String, List<Path>> refs = SummaryFolders.references(dir.resolve("refs"));
        List<String> articleIds;
        try (Stream<Path> files = Files.list(articles)) {
            articleIds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = articleIds.stream().filter(refs::containsKey).toList();
        int unmatched = articleIds.size() - ids.size() + refs.size() - ids.size();
        if (limit > 0 && ids.size() > limit) {
            ids = ids.subList(0, limit);
        }
        return new Dataset(dir, List.copyOf(ids), refs, titles(dir.resolve("titles.tsv")), unmatched);
    }

    /** The same set with only these of its ids (in their order), the first {@code limit} of them (0 for all). */
    public Dataset only(List<String> kept, int limit) {
        List<String> chosen = limit > 0 && kept.size() > limit ? kept.subList(0, limit) : kept;
        return new Dataset(dir, List.copyOf(chosen), references, titles, unmatched);
    }

    /** The article text of a document. */
    public String article(String id) {
        return SummaryFolders.read(dir.resolve("articles").resolve(id + ".txt"));
    }

    /** The reference texts of a document. */
    public List<String> referenceTexts(String id) {
        return references.get(id).stream().map(SummaryFolders::read).toList();
    }

    /** The headline of a document, or null when the set has none for it. */
    public String title(String id) {
        return titles.get(id);
    }

    private static Map<String, String> titles(Path tsv) {
        Map<String, String> titles = new HashMap<>();
        if (!Files.exists(tsv)) {
            return titles;
        }
        List<String> lines = SummaryFolders.read(tsv).lines().toList();
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int idColumn = header.indexOf("id");
        int titleColumn = header.indexOf("title");
        if (idColumn < 0 || titleColumn < 0) {
            throw new IllegalArgumentException(tsv + " needs the columns id and title; it has " + header);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(idColumn, titleColumn)) {
                titles.put(cells[idColumn], cells[titleColumn]);
            }
        }
        return titles;
    }
}
