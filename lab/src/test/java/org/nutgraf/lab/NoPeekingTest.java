package org.nutgraf.lab;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No lab command reads a test part, or another part kept as a last check (a set held out whole, the subjectivity
 * set's {@code dev_test}, PolNeAR dev), unless a flag asks: each command runs on a small fixture shared folder
 * ({@link SharedFixture}), once without its flag and once with it, and {@link PartsRead} tells which parts it read.
 */
class NoPeekingTest {

    @TempDir
    static Path shared;

    @TempDir
    static Path work;

    /**
     * One command: its arguments without a flag, the development parts that run must read (so that the check is not
     * vacuous), and each flagged run with the last checks it must read.
     */
    record Case(String name, List<String> plain, Set<String> reads, List<Flagged> flagged) {

        @Override
        public String toString() {
            return String.join(" ", plain);
        }
    }

    /** A run with a flag, and the last-check parts it must read. */
    record Flagged(List<String> args, Set<String> lastChecks) {
    }

    @BeforeAll
    static void fixture() throws IOException {
        SharedFixture.write(shared);
        Path summaries = Files.createDirectories(work.resolve("summaries"));
        for (String id : SharedFixture.ids("cnn_val").values().stream().flatMap(List::stream).toList()) {
            Files.writeString(summaries.resolve(id + ".txt"), "The council opened the old bridge.\n");
        }
    }

    /** The service's model files, from {@code lab/} where the lab's tests run. */
    private static final Path CLAIMS_MODEL = Path.of("../src/main/resources/claims/check-worthiness.tsv");
    private static final Path CLAIMS_VECTORS = Path.of("../src/main/resources/claims/static-vectors.bin");

    private static String model(Path file) {
        return "--model=" + file;
    }

    private static String vectors(Path file) {
        return "--vectors=" + file;
    }

    static Stream<Case> commands() {
        String summaries = work.resolve("summaries").toString();
        String model = work.resolve("news-scorer.tsv").toString();
        return Stream.of(
                new Case("algorithms-eval", List.of("algorithms-eval", "--algorithms=lead,news", "cnn_val"),
                        Set.of("cnn_val/train", "cnn_val/dev"),
                        List.of(new Flagged(List.of("algorithms-eval", "--algorithms=lead", "--test", "cnn_val"),
                                        Set.of("cnn_val/test")),
                                new Flagged(List.of("algorithms-eval", "--algorithms=lead", "--unseen", "inshorts"),
                                        Set.of("inshorts/train", "inshorts/dev", "inshorts/test")))),
                new Case("peers-eval", List.of("peers-eval", summaries, "cnn_val"),
                        Set.of("cnn_val/train", "cnn_val/dev"),
                        List.of(new Flagged(List.of("peers-eval", "--test", summaries, "cnn_val"),
                                        Set.of("cnn_val/test")),
                                new Flagged(List.of("peers-eval", "--unseen", summaries, "inshorts"),
                                        Set.of("inshorts/train", "inshorts/dev", "inshorts/test")))),
                new Case("summary-eval", List.of("summary-eval"), Set.of("cnn_val/dev", "bbc/dev", "writers/dev"),
                        List.of(new Flagged(List.of("summary-eval", "--part=TEST"), Set.of("cnn_val/test",
                                        "bbc/test", "writers/test", "dailymail_val/test", "dailymail_train_flat/test")),
                                new Flagged(List.of("summary-eval", "--unseen"),
                                        Set.of("inshorts/train", "inshorts/dev", "inshorts/test")),
                                new Flagged(List.of("summary-eval", "--track=LUCENE", "--part=TEST"),
                                        Set.of("orangesum/test")))),
                new Case("summary-train", List.of("summary-train", model),
                        Set.of("cnn_val/train", "cnn_val/dev", "bbc/train", "dailymail_val/dev"), List.of()),
                new Case("language-eval", List.of("language-eval"),
                        Set.of("cnn_val/train", "orangesum/dev", "subjectivity/train"),
                        List.of(new Flagged(List.of("language-eval", "--test"),
                                Set.of("cnn_val/test", "bbc/test", "writers/test", "orangesum/test",
                                        "subjectivity/test")))),
                new Case("extract-eval", List.of("extract-eval", "html"),
                        Set.of("scrapinghub/train", "scrapinghub/dev"),
                        List.of(new Flagged(List.of("extract-eval", "--unseen", "html"), Set.of("scrapinghub/test")))),
                new Case("extract-eval", List.of("extract-eval", "wcxb"),
                        Set.of("wcxb_articles/train", "wcxb_articles/dev"),
                        List.of(new Flagged(List.of("extract-eval", "--unseen", "wcxb"),
                                Set.of("wcxb_articles/test")))),
                new Case("extract-eval", List.of("extract-eval", "pasted"), Set.of("samples/pasted/whole"),
                        List.of()),
                new Case("claims-experiment", List.of("claims-experiment"),
                        Set.of("checkthat2019/train", "claimbuster/whole"), List.of()),
                new Case("claims-eval", List.of("claims-eval", model(CLAIMS_MODEL), vectors(CLAIMS_VECTORS)),
                        Set.of("checkthat2019/train", "claimbuster/whole", "polnear/train"),
                        List.of(new Flagged(List.of("claims-eval", "--test", model(CLAIMS_MODEL), vectors(CLAIMS_VECTORS)), Set.of("checkthat2019/test",
                                "subjectivity/dev_test", "subjectivity/test", "polnear/dev")))),
                new Case("speakers-eval", List.of("speakers-eval"), Set.of("polnear/train"),
                        List.of(new Flagged(List.of("speakers-eval", "--test"), Set.of("polnear/dev")))),
                new Case("speakers-train", List.of("speakers-train", work.resolve("speaker-lists").toString()),
                        Set.of("polnear/train"), List.of()),
                new Case("summary-encoder-experiment", List.of("summary-encoder-experiment", "--threads=1"),
                        Set.of("cnn_val/train", "cnn_val/dev", "writers/dev"), List.of()),
                new Case("claims-encoder-experiment", List.of("claims-encoder-experiment"),
                        Set.of("claimbuster/whole"),
                        List.of(new Flagged(List.of("claims-encoder-experiment", "--test"),
                                Set.of("checkthat2019/test")))),
                new Case("claims-train", List.of("claims-train", vectors(CLAIMS_VECTORS),
                        work.resolve("check-worthiness.tsv").toString()), Set.of("polnear/train"), List.of()),
                new Case("vectors-train", List.of("vectors-train", work.resolve("static-vectors.bin").toString()),
                        Set.of(), List.of()),
                new Case("claims-bench", List.of("claims-bench"), Set.of(sample()), List.of()),
                new Case("ner-bench", List.of("ner-bench", "--row=pos,lemma (no NER)"), Set.of(sample()), List.of()),
                new Case("pipeline-bench", List.of("pipeline-bench"), Set.of(sample()), List.of()));
    }

    /** Commands that cannot run on the fixture, with the test that checks their choice of parts instead. */
    private static final Map<String, String> CHECKED_APART = Map.of(
            "extract-train", "PastedLinePartsTest (it needs the pages rendered in Chromium)");

    private static String sample() {
        return shared.resolve("samples/kazakhstan-oped-pasted.txt").toAbsolutePath().normalize() + "/"
                + PartsRead.WHOLE;
    }

    @Test
    void everySubcommandIsRunHereOrCheckedApart() {
        Set<String> covered = commands().map(Case::name).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(CHECKED_APART.keySet());
        assertEquals(new TreeSet<>(Lab.commandLine().getSubcommands().keySet()), covered);
    }

    private static LabRun run(List<String> args) {
        List<String> all = new ArrayList<>(List.of("--shared", shared.toString()));
        all.addAll(args);
        return LabRun.of(all.toArray(String[]::new));
    }

    private static Set<String> read() {
        return PartsRead.all().stream().map(PartsRead.Read::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> lastChecks() {
        return PartsRead.all().stream().filter(PartsRead.Read::lastCheck).map(PartsRead.Read::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void readsNoLastCheckWithoutItsFlagAndReadsItWithIt(Case c) {
        LabRun plain = run(c.plain());
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(Set.of(), lastChecks(), "read without a flag: " + plain.out());
        assertTrue(read().containsAll(c.reads()), "reads " + read() + ", expected at least " + c.reads());
        for (Flagged f : c.flagged()) {
            LabRun flagged = run(f.args());
            assertEquals(0, flagged.exitCode(), flagged.err());
            assertEquals(f.lastChecks(), lastChecks(), String.join(" ", f.args()));
        }
    }

    @Test
    void aSetHeldOutWholeIsRefusedWithoutUnseen() {
        for (String command : List.of("algorithms-eval", "peers-eval")) {
            List<String> args = command.equals("peers-eval")
                    ? List.of(command, work.resolve("summaries").toString(), "inshorts")
                    : List.of(command, "inshorts");
            LabRun run = run(args);
            assertEquals(2, run.exitCode(), command);
            assertTrue(run.err().startsWith("inshorts is held out whole, a last check: --unseen reads it"), run.err());
            assertEquals(List.of(), PartsRead.all(), command);
        }
    }

    @Test
    void aFolderOutsideTheSharedFolderIsReadWholeAsNoSplitOfOursAppliesToIt() {
        Path dataset = Path.of("src/test/resources/eval/dataset");
        LabRun run = run(List.of("algorithms-eval", "--algorithms=lead", dataset.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(new PartsRead.Read(dataset.toAbsolutePath().normalize().toString(), PartsRead.WHOLE)),
                PartsRead.all());
    }
}
