package org.nutgraf.lab.eval;

import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.summary.SummarySets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code peers-eval}: the mean ROUGE of a folder of summaries made elsewhere (a peer's, or
 * {@code algorithms-eval --out}'s), printed as {@code rouge.py SYS_DIR REF_DIR} prints it, so the two can be compared
 * line by line. Against a set of the shared folder, only the references of its train and dev parts unless
 * {@code --test} ({@link SummarySets#readable}).
 */
@Command(name = "peers-eval", sortOptions = false,
        description = {"ROUGE of a folder of summaries, as rouge.py prints it",
                "Summaries made elsewhere (a peer's, or algorithms-eval --out's) against references, scored as "
                        + "rouge.py does; a shared set's train and dev parts unless --test."})
public final class RougeScoreCommand implements Callable<Integer> {

    private static final String[] MEASURES = {"rouge1", "rouge2", "rougeL", "rougeLsum"};

    @Mixin
    private Invocation invocation;

    @Parameters(index = "0", paramLabel = "SUMMARIES", description = "the summaries: <id>.txt, one sentence per line")
    private Path summaries;

    @Parameters(index = "1", paramLabel = "REFS", description = "the references (<id>.txt, or several as "
            + "<id>.<n>.txt or <id>/*.txt), or a dataset folder holding refs/; a bare name that is no folder here "
            + "is a set under SHARED/data")
    private String refs;

    @Option(names = "--test", description = "also the test part when REFS is a set of the shared folder (once per "
            + "candidate that would ship). Default: its train and dev parts; references elsewhere are read whole")
    private boolean test;

    @Option(names = "--unseen", description = "allow a set held out whole (inshorts), every part")
    private boolean unseen;

    @Mixin
    private RougeOptions scoring;

    /** Scores the folder; 0 also when the references are absent, so builds without them pass. */
    @Override
    public Integer call() {
        Path given = invocation.shared().dataset(refs);
        // the folder is the references themselves, or a dataset whose refs/ they are
        Path references = Files.isDirectory(given.resolve("refs")) ? given.resolve("refs") : given;
        PrintWriter out = invocation.out();
        if (!invocation.present(references)) {
            return 0;
        }
        if (!Files.isDirectory(summaries)) {
            throw invocation.refuse("no such folder: " + summaries);
        }
        // the references of a set of the shared folder: its train and dev parts unless --test or --unseen
        Path set = references.equals(given) ? references.toAbsolutePath().getParent() : given;
        boolean heldOut = SummarySets.heldOut(invocation.shared(), set);
        if (heldOut && !unseen) {
            throw invocation.refuse(set.getFileName() + " is held out whole, a last check: --unseen reads it");
        }
        List<String> ids = SummarySets.readable(invocation.shared(), set,
                List.copyOf(SummaryFolders.references(references).keySet()), test || heldOut);
        Rouge rouge = scoring.rouge();
        SummaryFolders.Result result = SummaryFolders.score(summaries, references, ids, rouge);
        out.printf("docs=%d missing_sys=%d stemming=%s%n", result.documents(), result.missingSystemFiles(),
                rouge.stemming() ? "True" : "False");
        out.printf("%-10s %7s %7s %7s%n", "metric", "P", "R", "F1");
        RougeScore[] all = result.percent().all();
        for (int m = 0; m < all.length; m++) {
            out.printf("%-10s %7s %7s %7s%n", MEASURES[m], EvalCommand.format(all[m].precision(), 2),
                    EvalCommand.format(all[m].recall(), 2), EvalCommand.format(all[m].f1(), 2));
        }
        return 0;
    }
}
