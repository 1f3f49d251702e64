package org.nutgraf.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lab/run --report FILE}: one Markdown row per run, with the data it read and their hashes. */
class RunReportTest {

    private static final Path DATASET = Path.of("src/test/resources/eval/dataset");

    @Test
    void eachRunAppendsARowWithItsCommandItsDataAndTheirHashAndKeepsWhatItPrinted(@TempDir Path tmp)
            throws IOException {
        Path report = tmp.resolve("runs.md");
        LabRun first = LabRun.of("--report", report.toString(), "algorithms-eval", "--algorithms=lead",
                DATASET.toString());
        assertEquals(0, first.exitCode(), first.err());
        // the option is inherited: it may follow the subcommand too
        LabRun second = LabRun.of("algorithms-eval", "--report=" + report, "--algorithms=lead", "--k=1",
                DATASET.toString());
        assertEquals(0, second.exitCode(), second.err());
        List<String> lines = Files.readAllLines(report);
        assertEquals(RunReport.HEADER.lines().toList(), lines.subList(0, 2));
        assertEquals(4, lines.size(), String.join("\n", lines));
        String folder = DATASET.toAbsolutePath().normalize().toString();
        String row = "\\| \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\| [^|]+ \\| `lab/run %s` \\| 0 \\| "
                + "%s \\(whole\\) %s \\| \\[(runs-[^]]+\\.txt)]\\(\\1\\) \\|";
        String hash = RunReport.hash(DATASET);
        assertTrue(lines.get(2).matches(String.format(row, "--report " + report.toString().replace("\\", "\\\\")
                + " algorithms-eval --algorithms=lead " + DATASET, folder, hash)), lines.get(2));
        assertTrue(lines.get(3).contains("`lab/run algorithms-eval --report=" + report + " --algorithms=lead --k=1 "),
                lines.get(3));
        String printed = lines.get(2).replaceFirst(".*\\[(runs-[^]]+\\.txt)].*", "$1");
        assertEquals(first.out(), Files.readString(tmp.resolve(printed)));
    }

    @Test
    void aRunThatReadsNoDataSaysSo(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("runs.md");
        LabRun run = LabRun.of("--report", report.toString(), "--shared", tmp.resolve("none").toString(),
                "language-eval");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readAllLines(report).get(2).contains(" | 0 | none | "), Files.readString(report));
    }

    @Test
    void aFoldersHashIsItsFilesWhereverItLiesAndChangesWithAByte(@TempDir Path tmp) throws IOException {
        Path a = copy(DATASET, tmp.resolve("a"));
        Path b = copy(DATASET, tmp.resolve("elsewhere/b"));
        assertEquals(RunReport.hash(a), RunReport.hash(b));
        assertEquals(RunReport.hash(DATASET), RunReport.hash(a));
        Path article = Files.list(b.resolve("articles")).sorted().findFirst().orElseThrow();
        Files.writeString(article, Files.readString(article) + " ");
        assertNotEquals(RunReport.hash(a), RunReport.hash(b));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
