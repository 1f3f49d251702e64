package org.nutgraf.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab's one entry point: its help, its refusals, and its subcommands' behaviour without the shared folder. */
class LabTest {

    private static final List<String> SUBCOMMANDS = List.of("eval", "rouge-score", "summary-train", "summary-quality",
            "summary-encoder", "extract", "extract-train", "claims-train",
            "claims-eval", "claims-experiments", "claims-encoder", "vectors-train", "claims-article", "speakers-train", "speakers-eval", "ner-cost", "pipeline-bench", "language-eval");
    private static final String DATASET = "src/test/resources/eval/dataset";
    private static final String N = System.lineSeparator();

    @Test
    void helpListsEverySubcommandOnOneLineWithItsDescription() {
        LabRun run = LabRun.of("--help");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SUBCOMMANDS, List.copyOf(new CommandLine(new Lab()).getSubcommands().keySet()));
        List<String> listed = run.out().substring(run.out().indexOf("Commands:" + N) + 9 + N.length()).lines()
                .toList();
        assertEquals(SUBCOMMANDS.size(), listed.size(), run.out());
        for (int i = 0; i < SUBCOMMANDS.size(); i++) {
            assertTrue(listed.get(i).matches("  " + SUBCOMMANDS.get(i) + " +[A-Z][^ ].+"), listed.get(i));
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
        LabRun run = LabRun.of("--frobnicate", "eval", DATASET);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("Usage: lab/run [-h] [--shared=DIR] SUBCOMMAND"), run.err());
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
        LabRun run = LabRun.of("eval", DATASET, "--k", "2");
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
        LabRun run = LabRun.of("--shared", absent.toString(), "eval", "cnn_val");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("skipped: " + absent.resolve("data").resolve("cnn_val") + " is absent" + N, run.out());
        // the option is inherited: it may follow the subcommand too
        assertEquals(run, LabRun.of("eval", "--shared", absent.toString(), "cnn_val"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary-train", "summary-quality", "summary-encoder", "extract", "claims-train",
            "claims-eval", "claims-experiments", "claims-encoder", "vectors-train", "claims-article", "speakers-train", "speakers-eval", "ner-cost", "pipeline-bench", "language-eval"})
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
