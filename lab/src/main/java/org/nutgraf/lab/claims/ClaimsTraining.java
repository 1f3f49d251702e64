package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code claims-train}: makes the bundled check-worthiness model by the {@link Recipe}: chooses the objectivity
 * weight on development data, prints every weight's figures, and writes the model with its provenance in the
 * header. The same data always gives the same file, byte for byte.
 */
@Command(name = "claims-train",
        description = {"Trains the check-worthiness model and writes it",
                "CheckThat! 2019 (train split) and ClaimBuster, blended with objectivity learnt from news sentences; "
                        + "the blend weight is chosen on development data. The same data gives the same file."})
public final class ClaimsTraining extends ClaimSetsCommand {

    /** How the model file's header records the chosen objectivity weight, for {@code claims-eval} to read. */
    static final String WEIGHT_LINE = "objectivity weight A = ";

    @Parameters(arity = "0..1", paramLabel = "OUT", defaultValue = "src/main/resources/" + CheckWorthinessModel.RESOURCE,
            description = "where to write the model (default: ${DEFAULT-VALUE}, the service's own)")
    private Path out;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws Exception {
        List<ClaimSets.Labelled> subjectivity = sets.subjectivity();
        if (subjectivity.isEmpty()) {
            throw invocation.refuse("the subjectivity set is missing from " + invocation.shared() + "/data");
        }
        Recipe recipe = new Recipe(checkThat, claimBuster, subjectivity, LogisticRegression.Settings.DEFAULT);
        List<Recipe.Trial> trials = recipe.trials();
        Recipe.Trial chosen = Recipe.choose(trials);
        StringBuilder grid = new StringBuilder();
        for (Recipe.Trial t : trials) {
            grid.append("  ").append(t).append(String.format(Locale.ROOT, "; worst relative gain %.4f%n",
                    t.worstGain(trials.get(0))));
        }
        invocation.out().print(grid);
        CheckWorthinessModel model = recipe.model(chosen.weight());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, """
                    Nutgraf check-worthiness model: logistic regression over org.nutgraf.claims.ClaimFeatures.
                    Made by org.nutgraf.lab.claims.Recipe (lab/run claims-train): check-worthiness learnt from
                    CheckThat! 2019 task 1 (train split) and ClaimBuster 2.5xNCS (less the CheckThat! test split's
                    sentences), plus A times objectivity learnt from the subjectivity set (English, train split).
                    %s.
                    A chosen on development data (CheckThat! validation debates, ClaimBuster 5-fold CV, subjectivity
                    dev/val) by the largest worst relative gain over A = 0:
                    %s%s%s
                    %d weights.""".formatted(LogisticRegression.Settings.DEFAULT, grid.toString().stripTrailing(),
                    "\n" + WEIGHT_LINE, String.format(Locale.ROOT, "%.3f", chosen.weight()), model.size()));
        }
        invocation.out().printf("Wrote %s: %d weights, objectivity weight %.3f%n", out, model.size(), chosen.weight());
        return 0;
    }
}
