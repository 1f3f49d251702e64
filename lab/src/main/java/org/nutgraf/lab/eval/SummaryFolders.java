package org.nutgraf.lab.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Folders of plain-text summaries laid out as rouge.py reads them: {@code <id>.txt}, one sentence per line; several
 * references for one document as {@code <id>.txt} plus {@code <id>.<anything>.txt}, or as the files of {@code <id>/}.
 */
public final class SummaryFolders {

    private SummaryFolders() {
    }

    /**
     * The mean ROUGE of a folder of system summaries against a folder of references.
     *
     * @param documents          the number of documents with a reference
     * @param missingSystemFiles how many of them had no system summary (scored as an empty one)
     * @param percent            the mean scores times 100
     */
    public record Result(int documents, int missingSystemFiles, RougeScores percent) {
    }

    /** Scores every document that has a reference, in id order, exactly as {@code rouge.py SYS_DIR REF_DIR} does. */
    public static Result score(Path systemDir, Path referenceDir, Rouge rouge) {
        return score(systemDir, referenceDir, List.copyOf(references(referenceDir).keySet()), rouge);
    }

    /** Scores these documents (ids that have a reference) as {@code rouge.py} scores a folder holding only them. */
    public static Result score(Path systemDir, Path referenceDir, List<String> ids, Rouge rouge) {
        RougeMean mean = new RougeMean();
        int missing = 0;
        Set<String> kept = Set.copyOf(ids);
        for (var entry : references(referenceDir).entrySet()) {
            if (!kept.contains(entry.getKey())) {
                continue;
            }
            Path system = systemDir.resolve(entry.getKey() + ".txt");
            String text = "";
            if (Files.exists(system)) {
                text = read(system);
            } else {
                missing++;
            }
            mean.add(rouge.scoreBest(text, entry.getValue().stream().map(SummaryFolders::read).toList()));
        }
        return new Result(mean.documents(), missing, mean.percent());
    }

    /** The reference files of each document id, ids in sorted order, as rouge.py collects them. */
    public static SortedMap<String, List<Path>> references(Path referenceDir) {
        SortedMap<String, List<Path>> refs = new TreeMap<>();
        for (Path p : sortedChildren(referenceDir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                List<Path> files = sortedChildren(p).stream()
                        .filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
                refs.computeIfAbsent(name, k -> new ArrayList<>()).addAll(files);
            } else if (name.endsWith(".txt")) {
                String id = name.substring(0, name.length() - 4).split("\\.", -1)[0];
                refs.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
        }
        return refs;
    }

    /** A file's text as UTF-8, malformed bytes replaced (rouge.py's {@code errors='replace'}). */
    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
