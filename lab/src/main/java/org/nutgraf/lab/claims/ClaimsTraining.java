package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code claims-train}: trains the bundled check-worthiness model and writes it with its provenance in the header.
 * The same data always gives the same file, byte for byte.
 */
@Command(name = "claims-train",
        description = {"Trains the check-worthiness model and writes it",
                "On CheckThat! 2019 (train split) and ClaimBuster; the same data gives the same file, byte for byte."})
public final class ClaimsTraining extends ClaimSetsCommand {

    /** Fires only in training, on CheckThat! rows: it soaks up that set's far lower share of positives. */
    static final String CHECKTHAT_SOURCE = "source:checkthat";

    @Parameters(arity = "0..1", paramLabel = "OUT", defaultValue = "src/main/resources/" + CheckWorthinessModel.RESOURCE,
            description = "where to write the model (default: ${DEFAULT-VALUE}, the service's own)")
    private Path out;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws IOException {
        List<Example> examples = examples(checkThat, claimBuster, Set.of());
        CheckWorthinessModel model = LogisticRegression.train(examples, LogisticRegression.Settings.DEFAULT);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, """
                    Nutgraf check-worthiness model: logistic regression over org.nutgraf.claims.ClaimFeatures.
                    Trained by org.nutgraf.lab.claims.ClaimsTraining (lab/run claims-train)
                    on CheckThat! 2019 task 1 (train split) and ClaimBuster 2.5xNCS (less sentences in the CheckThat! test split).
                    %s; %d examples; %d weights.""".formatted(LogisticRegression.Settings.DEFAULT, examples.size(),
                    model.size()));
        }
        invocation.out().printf("Wrote %s: %d weights from %d examples%n", out, model.size(), examples.size());
        return 0;
    }

    /**
     * The training examples: CheckThat! train rows (tagged with their source) and the ClaimBuster rows not in
     * {@code leaveOut}; ClaimBuster rows that also occur in the CheckThat! test split never train.
     */
    static List<Example> examples(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster,
                                  Set<String> leaveOut) {
        Set<String> checkThatTest = new HashSet<>();
        for (ClaimSets.Labelled l : checkThat) {
            if (l.split().equals("test")) {
                checkThatTest.add(ClaimSets.normalised(l.text()));
            }
        }
        List<Example> examples = new ArrayList<>();
        for (ClaimSets.Labelled l : checkThat) {
            if (l.split().equals("train")) {
                Set<String> f = new TreeSet<>(ClaimFeatures.of(l.sentence()));
                f.add(CHECKTHAT_SOURCE);
                examples.add(new Example(f, l.positive(), 1.0));
            }
        }
        for (ClaimSets.Labelled l : claimBuster) {
            if (!leaveOut.contains(l.id()) && !checkThatTest.contains(ClaimSets.normalised(l.text()))) {
                examples.add(new Example(ClaimFeatures.of(l.sentence()), l.positive(), 1.0));
            }
        }
        return examples;
    }
}
