package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.model.StaticEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * {@code claims-eval}: every figure of the claims work, each beside a plain baseline: CheckThat! 2019 test split
 * ranked per debate (MAP, P@5, P@10, R-Precision), ClaimBuster 5-fold cross-validation (precision, recall, F1 at
 * 0.5), transfer from one set to the other, how many check-worthy sentences the service ranks at all, and how the
 * model ranks objective over subjective news sentences (AUC), and the speakers of PolNeAR dev attributions
 * ({@link SpeakersEvaluation}). The models it trains follow the {@link Recipe} with the objectivity weight the model file
 * records, so no choice is made here.
 */
@Command(name = "claims-eval",
        description = {"Check-worthiness: every figure, each beside a baseline",
                "CheckThat! 2019 test MAP, ClaimBuster 5-fold CV, transfer both ways, the share of check-worthy "
                        + "sentences ranked, subjectivity AUC, PolNeAR dev speakers."})
public final class ClaimsEvaluation extends ClaimSetsCommand {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 5L;
    private static final String NUMBER_OR_NAME = "baseline: has a number or a named entity";
    private static final String DIGIT = "baseline: has a digit";

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "src/main/resources/" + CheckWorthinessModel.RESOURCE,
            description = "the model to score (default: ${DEFAULT-VALUE}, the service's own)")
    private Path file;

    @Option(names = "--vectors", paramLabel = "FILE", defaultValue = "src/main/resources/" + CheckWorthinessModel.VECTORS,
            description = "the static vectors the model weighs (default: ${DEFAULT-VALUE}, the service's own)")
    private Path vectors;

    @Option(names = "--test", description = "score the held-out parts: the CheckThat! 2019 test split, the "
            + "subjectivity set's dev_test and test splits and PolNeAR dev (once per candidate that would ship); "
            + "without it, only ClaimBuster's cross-validation")
    private boolean test;

    private PrintWriter out;
    /** The vector penalty the model's header records (0: no vectors). */
    private double l2;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws Exception {
        out = invocation.out();
        CheckWorthinessModel model;
        try (InputStream in = Files.newInputStream(file)) {
            model = CheckWorthinessModel.read(in);
        }
        double weight = headerValue(file, ClaimsTraining.WEIGHT_LINE);
        l2 = headerValue(file, ClaimsTraining.VECTOR_LINE);
        double attribution = headerValue(file, ClaimsTraining.ATTRIBUTION_LINE);
        List<ClaimSets.Labelled> subjectivity = sets.subjectivity();
        Path polnear = invocation.shared().data(PolnearArticles.SET);
        boolean hasPolnear = Files.exists(polnear.resolve("attributions.tsv"));
        StaticEncoder encoder = VectorsTraining.read(vectors);
        Recipe recipe = new Recipe(checkThat, claimBuster, subjectivity,
                hasPolnear ? PolnearArticles.read(polnear, "train", invocation.err()) : List.of(),
                LogisticRegression.Settings.DEFAULT, encoder);
        // the news parts (A objectivity, B attributed statements) that every variant below adds, as the shipped one
        ClaimSets.recordDevelopment(!subjectivity.isEmpty());
        CheckWorthinessModel news = subjectivity.isEmpty() ? new CheckWorthinessModel(Map.of())
                : recipe.news(l2, weight, attribution);
        ToDoubleFunction<ClaimSets.Labelled> shipped = l -> recipe.probability(model, l);

        CheckWorthinessModel fromCheckThat = Recipe.blend(
                recipe.checkWorthiness(l -> l.split().equals("train"), l -> false, l -> false, l2), news, 1);
        if (!this.test) {
            out.println("Held-out parts not scored: the CheckThat! 2019 test split, the subjectivity set's dev_test and"
                    + " test splits and PolNeAR dev are read only with --test, once per candidate that would ship.");
            out.println();
            printClaimBuster(checkThat, claimBuster, recipe, news, fromCheckThat);
            return 0;
        }
        ClaimSets.recordCheckThatTest();
        List<ClaimSets.Labelled> test = checkThat.stream().filter(l -> l.split().equals("test")).toList();
        out.printf("## CheckThat! 2019 task 1, test split (%d debates, %,d sentences, %d check-worthy)%n%n",
                test.stream().map(ClaimSets.Labelled::group).distinct().count(), test.size(),
                test.stream().filter(ClaimSets.Labelled::positive).count());
        out.println("| system | MAP | P@5 | P@10 | R-Precision |");
        out.println("|---|---|---|---|---|");
        printRanking(DIGIT, test, l -> hasDigit(l.sentence()) ? 1 : 0);
        printRanking(NUMBER_OR_NAME, test, l -> numberOrName(l.sentence()) ? 1 : 0);
        printRanking("Nutgraf (" + file + ")", test, shipped);
        CheckWorthinessModel fromClaimBuster = Recipe.blend(recipe.checkWorthiness(l -> false, l -> true, l -> l.split().equals("test"), l2),
                news, 1);
        printRanking("transfer: the recipe trained on ClaimBuster only", test,
                l -> recipe.probability(fromClaimBuster, l));
        printRanking("the recipe trained on CheckThat! train only", test,
                l -> recipe.probability(fromCheckThat, l));
        out.println();

        printClaimBuster(checkThat, claimBuster, recipe, news, fromCheckThat);

        out.println("## What the service ranks: check-worthy CheckThat! test sentences a claims answer can list");
        out.println();
        out.println("| rule | check-worthy sentences kept |");
        out.println("|---|---|");
        List<ClaimSets.Labelled> positives = test.stream().filter(ClaimSets.Labelled::positive).toList();
        printShare("Nutgraf today: every sentence with a word", positives, l -> l.sentence().wordCount() > 0);
        printShare("the claim-shape prefilter used before (6+ words, a verb, no ? or !, no leading base verb)",
                positives, l -> claimShaped(l.sentence()));
        out.printf("%n(KeyClaimFinder ranks every sentence with a word; up to %d per answer.)%n%n",
                KeyClaimFinder.MAX_CLAIMS);

        if (!subjectivity.isEmpty()) {
            ClaimSets.recordSubjectivityReport();
            List<ClaimSets.Labelled> report = subjectivity.stream()
                    .filter(l -> !ClaimSets.SUBJECTIVITY_DEVELOPMENT.contains(l.split())).toList();
            out.printf("## Objective over subjective: English news sentences, subjectivity splits dev_test and test"
                    + " (%,d sentences, %d objective)%n%n", report.size(),
                    report.stream().filter(ClaimSets.Labelled::positive).count());
            out.println("| system | AUC |");
            out.println("|---|---|");
            printAuc(DIGIT, report, l -> hasDigit(l.sentence()) ? 1 : 0);
            printAuc(NUMBER_OR_NAME, report, l -> numberOrName(l.sentence()) ? 1 : 0);
            printAuc("Nutgraf (" + file + ")", report, shipped);
            CheckWorthinessModel alone = recipe.checkWorthiness(l -> l.split().equals("train"), l -> true,
                    l -> l.split().equals("test"), l2);
            printAuc("the check-worthiness part alone (A = B = 0)", report, l -> recipe.probability(alone, l));
            out.println();
        }

        if (hasPolnear) {
            // PolNeAR's dev compartment: each sentence read in its article, as the service reads one
            List<PolnearArticles.Doc> dev = PolnearArticles.read(polnear, "dev", invocation.err());
            CheckWorthinessModel alone = recipe.checkWorthiness(l -> l.split().equals("train"), l -> true,
                    l -> l.split().equals("test"), l2);
            List<ClaimSets.Labelled> rows = new ArrayList<>();
            Map<ClaimSets.Labelled, double[]> scores = new IdentityHashMap<>();
            for (PolnearArticles.Doc d : dev) {
                rows.addAll(Recipe.attributionRows(d, (l, names) -> {
                    Set<String> f = ClaimFeatures.of(l.sentence(), names);
                    double[] v = encoder.embed(ClaimFeatures.vectorWords(l.sentence(), names));
                    scores.put(l, new double[] {model.logit(f, v), alone.logit(f, v)});
                }));
            }
            out.printf("## Attributed statements over the rest: US political news, PolNeAR dev compartment (%d articles,"
                    + " %,d sentences, %,d attributed)%n%n", dev.size(), rows.size(),
                    rows.stream().filter(ClaimSets.Labelled::positive).count());
            out.println("| system | AUC |");
            out.println("|---|---|");
            printAuc(DIGIT, rows, l -> hasDigit(l.sentence()) ? 1 : 0);
            printAuc(NUMBER_OR_NAME, rows, l -> numberOrName(l.sentence()) ? 1 : 0);
            printAuc("Nutgraf (" + file + ")", rows, l -> scores.get(l)[0]);
            printAuc("the check-worthiness part alone (A = B = 0)", rows, l -> scores.get(l)[1]);
            out.println();
            SpeakersEvaluation.table(Map.of("dev", dev), List.of("dev"), false, 0, out, invocation.err());
            out.println();
            out.println("(`lab/run speakers-eval --test --ablations` adds what each part adds;"
                    + " `lab/run speakers-eval` the publishers held out of train.)");
        } else {
            out.println("PolNeAR is absent from " + polnear + ": no attributed-statement or speaker figures.");
        }
        return 0;
    }

    /**
     * ClaimBuster's cross-validated figures beside the baselines, and the transfer from CheckThat! train
     * ({@code fromCheckThat}, the recipe trained on it alone): no held-out part is read.
     */
    private void printClaimBuster(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster,
                                  Recipe recipe, CheckWorthinessModel news,
                                  CheckWorthinessModel fromCheckThat) {
        out.printf("## ClaimBuster 2.5xNCS (%,d sentences), %d-fold cross-validation (folds from seed %d), positive"
                + " class, threshold 0.5%n%n", claimBuster.size(), FOLDS, FOLD_SEED);
        out.println("| system | precision | recall | F1 |");
        out.println("|---|---|---|---|");
        printCounts(DIGIT, counts(claimBuster, l -> hasDigit(l.sentence()) ? 1 : 0));
        printCounts(NUMBER_OR_NAME, counts(claimBuster, l -> numberOrName(l.sentence()) ? 1 : 0));
        int[] fold = folds(claimBuster.size());
        Confusion[] cv = crossValidated(recipe, claimBuster, fold, news);
        printCounts("Nutgraf recipe, each fold's model trained on the other 4 folds", cv[0]);
        printCounts("the same, at a threshold chosen by nested CV (best F1 on the other 4 folds, each scored by a"
                + " model trained on the other 3)", cv[1]);
        Set<String> checkThatTrain = new HashSet<>();
        checkThat.stream().filter(l -> l.split().equals("train"))
                .forEach(l -> checkThatTrain.add(ClaimSets.normalised(l.text())));
        List<ClaimSets.Labelled> unseen = claimBuster.stream()
                .filter(l -> !checkThatTrain.contains(ClaimSets.normalised(l.text()))).toList();
        printCounts("transfer: the recipe trained on CheckThat! train only, on the " + unseen.size()
                + " ClaimBuster sentences it does not hold", counts(unseen, l -> recipe.probability(fromCheckThat, l)));
        out.println();
    }

    /** The objectivity weight a model file's header records ({@link ClaimsTraining#WEIGHT_LINE}); 0 when none. */
    static double objectivityWeight(Path model) throws java.io.IOException {
        return headerValue(model, ClaimsTraining.WEIGHT_LINE);
    }

    /** The number a model file's header records after {@code key} (a line of its own); 0 when none. */
    static double headerValue(Path model, String key) throws java.io.IOException {
        for (String line : Files.readAllLines(model, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            String text = line.substring(1).strip();
            if (text.startsWith(key)) {
                return Double.parseDouble(text.substring(key.length()).strip().split("\\s")[0]);
            }
        }
        return 0;
    }

    /** Each fold answered by the recipe trained on the other folds. */
    private Confusion[] crossValidated(Recipe recipe, List<ClaimSets.Labelled> claimBuster, int[] fold,
                                       CheckWorthinessModel news) {
        Confusion atHalf = new Confusion();
        Confusion nested = new Confusion();
        Map<ClaimSets.Labelled, Integer> foldOf = new IdentityHashMap<>();
        for (int i = 0; i < fold.length; i++) {
            foldOf.put(claimBuster.get(i), fold[i]);
        }
        for (int k = 0; k < FOLDS; k++) {
            int outer = k;
            CheckWorthinessModel m = Recipe.blend(recipe.checkWorthiness(l -> false,
                    l -> foldOf.get(l) != outer, l -> false, l2), news, 1);
            // the threshold: the best F1 over the other folds, each scored by a model trained on the other three
            List<double[]> inner = new ArrayList<>();
            for (int j = 0; j < FOLDS; j++) {
                if (j == outer) {
                    continue;
                }
                int held = j;
                CheckWorthinessModel mj = Recipe.blend(recipe.checkWorthiness(l -> false, l -> {
                    int f = foldOf.get(l);
                    return f != outer && f != held;
                }, l -> false, l2), news, 1);
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == held) {
                        inner.add(new double[] {recipe.probability(mj, claimBuster.get(i)),
                                claimBuster.get(i).positive() ? 1 : 0});
                    }
                }
            }
            double threshold = Confusion.bestThreshold(inner);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == outer) {
                    double p = recipe.probability(m, claimBuster.get(i));
                    atHalf.add(p >= 0.5, claimBuster.get(i).positive());
                    nested.add(p >= threshold, claimBuster.get(i).positive());
                }
            }
        }
        return new Confusion[] {atHalf, nested};
    }

    private static Confusion counts(List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        Confusion c = new Confusion();
        rows.forEach(l -> c.add(score.applyAsDouble(l) >= 0.5, l.positive()));
        return c;
    }

    /** The baseline the issue names: a digit anywhere in the sentence. */
    static boolean hasDigit(Sentence s) {
        return s.text().chars().anyMatch(Character::isDigit);
    }

    /** The reader's baseline: a number (a CD tag) or a named entity anywhere in the sentence. */
    static boolean numberOrName(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.tag().equals("CD") || t.isEntity()) {
                return true;
            }
        }
        return !s.entities().isEmpty();
    }

    /**
     * The prefilter the service applied before the model until this change, kept here only to report what it cost:
     * 6 words or more, a verb, no question or exclamation mark, not opening with a base-form verb.
     */
    static boolean claimShaped(Sentence s) {
        if (s.wordCount() < 6) {
            return false;
        }
        boolean verb = false;
        for (Token t : s.tokens()) {
            if (t.word().equals("?") || t.word().equals("!")) {
                return false;
            }
            verb |= t.tag().startsWith("VB") || t.tag().equals("MD");
        }
        return verb && !s.tokens().get(0).tag().equals("VB");
    }

    /** Each ClaimBuster row's fold: a seeded shuffle of the row numbers, dealt round-robin. */
    static int[] folds(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[order.get(r)] = r % FOLDS;
        }
        return fold;
    }

    private void printCounts(String name, Confusion c) {
        out.printf("| %s | %.3f | %.3f | %.3f |%n", name, c.precision(), c.recall(), c.f1());
    }

    private void printShare(String name, List<ClaimSets.Labelled> rows, Predicate<ClaimSets.Labelled> kept) {
        long n = rows.stream().filter(kept).count();
        out.printf("| %s | %d of %d = %.3f |%n", name, n, rows.size(), n / (double) rows.size());
    }

    private void printAuc(String name, List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        out.printf("| %s | %.3f |%n", name, RankingMeasures.auc(rows, score));
    }

    private void printRanking(String name, List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        RankingMeasures r = RankingMeasures.of(rows, score);
        out.printf("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, r.map(), r.p5(), r.p10(), r.rPrecision());
    }
}
