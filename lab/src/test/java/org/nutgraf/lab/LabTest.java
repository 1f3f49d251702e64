package org.nutgraf.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab's one entry point: its help, its refusals, and its subcommands' behaviour without the shared folder. */
class LabTest {

    /** The subcommands as picocli knows them, in the order {@code lab/run --help} lists them. */
    private static final List<String> SUBCOMMANDS = List.copyOf(Lab.commandLine().getSubcommands().keySet());
    /** The lab's guide, from {@code lab/} where the lab's tests run. */
    private static final Path GUIDE = Path.of("../docs/lab.md");
    private static final String DATASET = "src/test/resources/eval/dataset";
    private static final String N = System.lineSeparator();

    @Test
    void helpListsEverySubcommandOnOneLineWithItsDescription() {
        LabRun run = LabRun.of("--help");
        assertEquals(0, run.exitCode(), run.err());
        List<String> listed = run.out().substring(run.out().indexOf("Commands:" + N) + 9 + N.length()).lines()
                .toList();
        assertEquals(SUBCOMMANDS.size(), listed.size(), run.out());
        for (int i = 0; i < SUBCOMMANDS.size(); i++) {
            assertTrue(listed.get(i).matches("  " + SUBCOMMANDS.get(i) + " +[A-Z][^ ].+"), listed.get(i));
        }
    }

    @Test
    void everySubcommandIsNamedByItsAreaThenOneOfTheKinds() {
        String kinds = String.join("|", Lab.KINDS);
        for (String name : SUBCOMMANDS) {
            assertTrue(name.matches("[a-z]+(-[a-z]+)*-(" + kinds + ")"), name + " is not <area>-<" + kinds + ">");
        }
    }

    @Test
    void theGuidesTableNamesExactlyTheSubcommandsHelpListsEachWithItsSection() throws IOException {
        String guide = Files.readString(GUIDE);
        String section = guide.substring(guide.indexOf("\n## Subcommands\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Matcher row = Pattern.compile("(?m)^\\| \\[`([^`]+)`\\]\\(#([^)]+)\\) \\|").matcher(section);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            assertEquals(row.group(1), row.group(2), "the row's link goes to its own section");
            documented.add(row.group(1));
        }
        Set<String> undocumented = new TreeSet<>(SUBCOMMANDS);
        documented.forEach(undocumented::remove);
        Set<String> unknown = new TreeSet<>(documented);
        SUBCOMMANDS.forEach(unknown::remove);
        assertEquals(Set.of(), undocumented, "subcommands docs/lab.md does not list");
        assertEquals(Set.of(), unknown, "docs/lab.md lists what lab/run --help does not");
        assertEquals(SUBCOMMANDS, documented, "docs/lab.md lists them in lab/run --help's order");
        for (String name : SUBCOMMANDS) {
            assertTrue(section.contains("\n### " + name + "\n"), "docs/lab.md has no section ### " + name);
        }
    }

    @Test
    void everySubcommandPrintsItsOwnHelp() {
        for (String name : SUBCOMMANDS) {
            LabRun run = LabRun.of(name, "--help");
            assertEquals(0, run.exitCode(), name);
            assertTrue(run.out().startsWith("Usage: lab/run " + name + " [-h]"), run.out());
            assertTrue(run.out().contains("--shared=DIR"), name + " inherits --shared");
        }
    }

    @Test
    void anUnknownOptionIsRefusedWithExitCodeTwoAndAMessage() {
        LabRun run = LabRun.of("--frobnicate", "algorithms-eval", DATASET);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("Usage: lab/run [-h] [--report=FILE] [--shared=DIR] SUBCOMMAND"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noSubcommandIsAUsageError() {
        LabRun run = LabRun.of();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("name a subcommand" + N + "Usage: lab/run"), run.err());
    }

    @Test
    void evalOnTheFixtureSetPrintsATableForEachBudgetWithARowPerAlgorithm() {
        LabRun run = LabRun.of("algorithms-eval", DATASET, "--k", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("## k = 2 sentences" + N), run.out());
        assertTrue(run.out().contains("## Length-matched: maxWords = the reference's length"), run.out());
        assertEquals(2, run.out().split("\\| algorithm \\| R-1 \\| R-2 \\| R-Lsum \\|", -1).length - 1);
        for (String algorithm : List.of("lead", "textrank", "lexrank", "centroid", "news")) {
            assertEquals(2, run.out().split("\\| " + algorithm + " \\| \\d+\\.\\d\\d \\|", -1).length - 1, algorithm);
        }
    }

    @Test
    void evalSkipsASetOfTheSharedFolderWhenTheFolderIsAbsent(@TempDir Path tmp) {
        Path absent = tmp.resolve("shared");
        LabRun run = LabRun.of("--shared", absent.toString(), "algorithms-eval", "cnn_val");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("skipped: " + absent.resolve("data").resolve("cnn_val") + " is absent" + N, run.out());
        // the option is inherited: it may follow the subcommand too
        assertEquals(run, LabRun.of("algorithms-eval", "--shared", absent.toString(), "cnn_val"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary-train", "summary-eval", "summary-encoder-experiment", "extract-eval", "claims-train",
            "claims-eval", "claims-experiment", "claims-encoder-experiment", "vectors-train", "claims-bench", "speakers-train", "speakers-eval", "ner-bench", "pipeline-bench", "language-eval"})
    void everyToolThatReadsTheSharedFolderSkipsCleanlyWithoutIt(String subcommand, @TempDir Path tmp) {
        Path absent = tmp.resolve("shared");
        Path model = tmp.resolve("model.tsv");
        LabRun run = subcommand.endsWith("-train")
                ? LabRun.of("--shared", absent.toString(), subcommand, model.toString())
                : LabRun.of("--shared", absent.toString(), subcommand);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("skipped: " + absent) && run.out().endsWith(" is absent" + N)
                && run.out().lines().count() == 1, run.out());
        assertFalse(Files.exists(model), "nothing is written");
    }
}
