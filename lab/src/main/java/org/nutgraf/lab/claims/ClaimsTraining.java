package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.lab.ModelHeader;
import org.nutgraf.model.LinearModel;
import org.nutgraf.model.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** How the header records the chosen attributed-statement weight. */
    static final String ATTRIBUTION_LINE = "attributed-statement weight B = ";
    /** How the header records the chosen penalty of the vectors' model (0: no vectors). */
    static final String VECTOR_LINE = "vector L2 = ";
    /** How the header records the default threshold chosen for the calibrated model. */
    static final String THRESHOLD_LINE = "default minScore = ";

    @Parameters(arity = "0..1", paramLabel = "OUT", defaultValue = "src/main/resources/" + CheckWorthinessModel.RESOURCE,
            description = "where to write the model (default: ${DEFAULT-VALUE}, the service's own)")
    private Path out;

    @Option(names = "--vectors", paramLabel = "FILE", defaultValue = "src/main/resources/" + CheckWorthinessModel.VECTORS,
            description = "the static vectors (made by vectors-train; default: ${DEFAULT-VALUE}, the service's own)")
    private Path vectors;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws Exception {
        List<ClaimSets.Labelled> subjectivity = sets.subjectivity();
        if (subjectivity.isEmpty()) {
            throw invocation.refuse("the subjectivity set is missing from " + invocation.shared() + "/data");
        }
        Path polnear = invocation.shared().data(PolnearArticles.SET);
        if (!Files.exists(polnear.resolve("attributions.tsv"))) {
            throw invocation.refuse("PolNeAR is missing from " + invocation.shared() + "/data");
        }
        List<PolnearArticles.Doc> polnearTrain = PolnearArticles.read(polnear, "train", invocation.err());
        Recipe recipe = new Recipe(checkThat, claimBuster, subjectivity, polnearTrain,
                LogisticRegression.Settings.DEFAULT, VectorsTraining.read(vectors));
        List<Recipe.Trial> trials = recipe.trials();
        Recipe.Trial chosen = Recipe.choose(trials);
        StringBuilder grid = new StringBuilder();
        for (Recipe.Trial t : trials) {
            grid.append("  ").append(t).append(String.format(Locale.ROOT, "; worst share of the best gain %.4f%n",
                    t.worstShare(trials.get(0), trials)));
        }
        invocation.out().print(grid);
        CheckWorthinessModel model = recipe.calibrated(recipe.model(chosen.l2(), chosen.weight(), chosen.attribution()));
        double threshold = recipe.threshold(model);
        List<Path> read = new ArrayList<>(List.of(sets.files()));
        read.add(sets.subjectivityFile());
        read.addAll(PolnearArticles.files(polnear, "train"));
        ModelHeader provenance = new ModelHeader("lab/run claims-train", "CheckThat! 2019 task 1 (train; validation"
                + " to choose), ClaimBuster 2.5xNCS less the CheckThat! test sentences (5-fold CV to choose), the"
                + " subjectivity set's English sentences (train; dev and val to choose and calibrate), PolNeAR train ("
                + polnearTrain.size() + " articles), over the static vectors of " + CheckWorthinessModel.VECTORS,
                ModelHeader.dataSha256(invocation.shared().root(), read),
                "org.nutgraf.lab.claims.Recipe (LogisticRegression: AdaGrad over NBSVM features, Newton over the"
                        + " vectors; calibrated by Newton)",
                String.format(Locale.ROOT, "vector L2 %s, objectivity weight A %.3f, attributed-statement weight B"
                        + " %.3f; %s", chosen.l2(), chosen.weight(), chosen.attribution(),
                        LogisticRegression.Settings.DEFAULT),
                LogisticRegression.Settings.DEFAULT.seed() + " (the order examples are visited in)")
                .with("vectors-sha256", Provenance.sha256(Files.readAllBytes(vectors)))
                .with("min-score", String.format(Locale.ROOT, "%.2f", threshold));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            // the service's model class writes no provenance keys; its weights are a LinearModel's, written alike
            new LinearModel(model.weights()).write(w, provenance.keys(), """
                    Nutgraf check-worthiness model: logistic regression over org.nutgraf.claims.ClaimFeatures and,
                    when a vector penalty is chosen, the sentence's static vector (weights v:0..., vectors in
                    %s, made by lab/run vectors-train).
                    Made by org.nutgraf.lab.claims.Recipe (lab/run claims-train): check-worthiness learnt from
                    CheckThat! 2019 task 1 (train split) and ClaimBuster 2.5xNCS (less the CheckThat! test split's
                    sentences), plus A times objectivity learnt from the subjectivity set (English, train split),
                    plus B times attributed statements learnt from PolNeAR (train compartment, all publishers).
                    %s.
                    The vector penalty, A and B chosen on development data (CheckThat! validation debates,
                    ClaimBuster 5-fold CV, subjectivity dev/val, PolNeAR train by publisher left out, the worst)
                    by the largest worst share of the best gain over the features alone at A = B = 0:
                    %s
                    %s%s
                    %s%s
                    %s%s
                    Then calibrated on news: logit times a plus b, fitted on the subjectivity set's English dev/val
                    (objective sentences positive), so a probability is the chance a news sentence states a fact.
                    %s%s (the threshold among 0.05 steps with the largest true-positive less false-positive
                    rate on the same rows; KeyClaimFinder.DEFAULT_MIN_SCORE must equal it).
                    %d weights.""".formatted(CheckWorthinessModel.VECTORS, LogisticRegression.Settings.DEFAULT,
                    grid.toString().stripTrailing(), VECTOR_LINE, chosen.l2(), WEIGHT_LINE,
                    String.format(Locale.ROOT, "%.3f", chosen.weight()), ATTRIBUTION_LINE,
                    String.format(Locale.ROOT, "%.3f", chosen.attribution()), THRESHOLD_LINE,
                    String.format(Locale.ROOT, "%.2f", threshold), model.size()));
        }
        invocation.out().printf("Wrote %s: %d weights, vector L2 %s, objectivity weight %.3f, attributed-statement weight"
                + " %.3f, default minScore %.2f%n", out, model.size(), chosen.l2(), chosen.weight(), chosen.attribution(),
                threshold);
        return 0;
    }
}
