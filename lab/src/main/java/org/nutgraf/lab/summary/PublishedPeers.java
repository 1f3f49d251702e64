package org.nutgraf.lab.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The best peer published for a set in the shared folder's {@code data/README.md}: the section whose heading names
 * the set in backticks, its first table, the k = 3 columns where the table has several budgets, and the row with the
 * highest ROUGE-1 that is not LEAD. Read at run time, so the figures are the README's, never copied into code.
 * Peers were run on whole sets, not on our test parts, and that is how they are reported.
 */
final class PublishedPeers {

    /**
     * A peer's figures.
     *
     * @param system   the peer's name as the README gives it
     * @param rouge    ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 x100
     */
    record Peer(String system, double[] rouge) {
    }

    private PublishedPeers() {
    }

    /** The best peer of a set at k = 3, or empty when the README has no table for it. */
    static Optional<Peer> best(Path readme, String set) {
        if (!Files.exists(readme)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = 0;
        while (i < lines.size() && !(lines.get(i).startsWith("#") && lines.get(i).contains("`" + set + "`"))) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        if (i >= lines.size()) {
            return Optional.empty();
        }
        List<String> header = cells(lines.get(i));
        int r1 = header.indexOf("k = 3 R-1");
        if (r1 < 0) {
            r1 = header.indexOf("R-1");
        }
        if (r1 < 0 || r1 + 2 >= header.size()) {
            return Optional.empty();
        }
        Peer best = null;
        for (int row = i + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
            List<String> c = cells(lines.get(row));
            if (c.get(0).startsWith("LEAD") || c.size() <= r1 + 2) {
                continue;
            }
            double[] rouge = {Double.parseDouble(c.get(r1)), Double.parseDouble(c.get(r1 + 1)),
                    Double.parseDouble(c.get(r1 + 2))};
            if (best == null || rouge[0] > best.rouge()[0]) {
                best = new Peer(c.get(0), rouge);
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return java.util.Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }
}
