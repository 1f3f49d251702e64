package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression.Example;
import org.nutgraf.lab.claims.LogisticRegression.Settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How the bundled check-worthiness model is made, and the protocol its one choice is made by.
 * <p>
 * Two logistic regressions over {@link ClaimFeatures}: check-worthiness, learnt from CheckThat! 2019 debates and
 * ClaimBuster, and objectivity, learnt from news sentences labelled objective or subjective (the subjectivity
 * set's {@code train} split). The shipped model is the first plus A times the second, weights summed, so it is
 * still one list of weights. A is chosen from {@link #GRID} on development data only: CheckThat! validation debates
 * (every third train-split debate in name order, held out of training), ClaimBuster 5-fold cross-validation, and
 * the subjectivity set's {@code dev} and {@code val} splits. The rule, fixed before any figure was seen: the A whose
 * worst relative gain over A = 0 across the three measures (validation MAP, F1 at 0.5, AUC above chance) is
 * largest; ties go to the smaller A. The CheckThat! test split, and the subjectivity {@code dev_test} and
 * {@code test} splits, are never read here.
 */
final class Recipe {

    /** The objectivity weights tried. */
    static final double[] GRID = {0, 0.125, 0.25, 0.375, 0.5, 0.75, 1, 1.5, 2};
    /** Fires only in training, on CheckThat! rows: it soaks up that set's far lower share of positives. */
    static final String CHECKTHAT_SOURCE = "source:checkthat";

    /** One weight's development figures. */
    record Trial(double weight, double validationMap, double claimBusterF1, double subjectivityAuc) {

        /** The worst of the three relative gains over {@code none}, the trial at weight 0. */
        double worstGain(Trial none) {
            return Math.min(validationMap / none.validationMap, Math.min(claimBusterF1 / none.claimBusterF1,
                    (subjectivityAuc - 0.5) / (none.subjectivityAuc - 0.5)));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "A=%.3f: CheckThat! validation MAP %.4f, ClaimBuster CV F1 %.4f, "
                    + "subjectivity dev AUC %.4f", weight, validationMap, claimBusterF1, subjectivityAuc);
        }
    }

    private final List<ClaimSets.Labelled> checkThat;
    private final List<ClaimSets.Labelled> claimBuster;
    private final List<ClaimSets.Labelled> subjectivity;
    private final Map<ClaimSets.Labelled, Set<String>> features = new IdentityHashMap<>();
    private final Settings settings;

    Recipe(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster,
           List<ClaimSets.Labelled> subjectivity, Settings settings) {
        this.checkThat = checkThat;
        this.claimBuster = claimBuster;
        this.subjectivity = subjectivity;
        this.settings = settings;
        for (List<ClaimSets.Labelled> set : List.of(checkThat, claimBuster, subjectivity)) {
            set.forEach(l -> features.put(l, ClaimFeatures.of(l.sentence())));
        }
    }

    /** A row's features. */
    Set<String> features(ClaimSets.Labelled l) {
        return features.get(l);
    }

    /** The validation debates: every third train-split debate in name order (fixed a priori). */
    static Set<String> validation(List<ClaimSets.Labelled> checkThat) {
        Set<String> groups = new TreeSet<>();
        checkThat.forEach(l -> {
            if (l.split().equals("train")) {
                groups.add(l.group());
            }
        });
        Set<String> v = new HashSet<>();
        int i = 0;
        for (String g : groups) {
            if (i++ % 3 == 0) {
                v.add(g);
            }
        }
        return v;
    }

    /**
     * A check-worthiness model trained on the CheckThat! rows and ClaimBuster rows the predicates keep; ClaimBuster
     * rows whose text is also a CheckThat! row that {@code heldOut} names never train (both sets come from US
     * debates, and share sentences), so a held-out debate stays held out.
     */
    CheckWorthinessModel checkWorthiness(Predicate<ClaimSets.Labelled> checkThatRows,
                                         Predicate<ClaimSets.Labelled> claimBusterRows,
                                         Predicate<ClaimSets.Labelled> heldOut) {
        Set<String> heldOutTexts = new HashSet<>();
        List<Example> examples = new ArrayList<>();
        for (ClaimSets.Labelled l : checkThat) {
            if (checkThatRows.test(l)) {
                Set<String> f = new TreeSet<>(features(l));
                f.add(CHECKTHAT_SOURCE);
                examples.add(new Example(f, l.positive(), 1.0));
            }
            if (heldOut.test(l)) {
                heldOutTexts.add(ClaimSets.normalised(l.text()));
            }
        }
        for (ClaimSets.Labelled l : claimBuster) {
            if (claimBusterRows.test(l) && !heldOutTexts.contains(ClaimSets.normalised(l.text()))) {
                examples.add(new Example(features(l), l.positive(), 1.0));
            }
        }
        return LogisticRegression.train(examples, settings);
    }

    /** The objectivity model: objective (positive) against subjective English news sentences, train split. */
    CheckWorthinessModel objectivity() {
        List<Example> examples = new ArrayList<>();
        for (ClaimSets.Labelled l : subjectivity) {
            if (l.split().equals("train")) {
                examples.add(new Example(features(l), l.positive(), 1.0));
            }
        }
        return LogisticRegression.train(examples, settings);
    }

    /** The weights of {@code a} plus {@code w} times those of {@code b}. */
    static CheckWorthinessModel blend(CheckWorthinessModel a, CheckWorthinessModel b, double w) {
        Map<String, Double> m = new TreeMap<>(a.weights());
        if (w != 0) {
            b.weights().forEach((name, x) -> m.merge(name, w * x, Double::sum));
        }
        return new CheckWorthinessModel(m);
    }

    /** The development figures of every weight in {@link #GRID}. */
    List<Trial> trials() {
        Set<String> validation = validation(checkThat);
        CheckWorthinessModel objectivity = objectivity();
        CheckWorthinessModel forValidation = checkWorthiness(
                l -> l.split().equals("train") && !validation.contains(l.group()), l -> true,
                l -> !l.split().equals("train") || validation.contains(l.group()));
        int[] fold = ClaimsEvaluation.folds(claimBuster.size());
        List<CheckWorthinessModel> folds = new ArrayList<>();
        for (int k = 0; k < ClaimsEvaluation.FOLDS; k++) {
            Set<String> held = new HashSet<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    held.add(claimBuster.get(i).id());
                }
            }
            folds.add(checkWorthiness(l -> false, l -> !held.contains(l.id()), l -> false));
        }
        List<ClaimSets.Labelled> validationRows = checkThat.stream().filter(l -> validation.contains(l.group())).toList();
        List<ClaimSets.Labelled> subjectivityDev = subjectivity.stream()
                .filter(l -> l.split().equals("dev") || l.split().equals("val")).toList();
        List<Trial> trials = new ArrayList<>();
        for (double w : GRID) {
            CheckWorthinessModel m = blend(forValidation, objectivity, w);
            Confusion counts = new Confusion();
            for (int k = 0; k < ClaimsEvaluation.FOLDS; k++) {
                CheckWorthinessModel mk = blend(folds.get(k), objectivity, w);
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == k) {
                        counts.add(mk.probability(features(claimBuster.get(i))) >= 0.5, claimBuster.get(i).positive());
                    }
                }
            }
            trials.add(new Trial(w, RankingMeasures.of(validationRows, l -> m.probability(features(l))).map(),
                    counts.f1(), RankingMeasures.auc(subjectivityDev, l -> m.probability(features(l)))));
        }
        return trials;
    }

    /** The trial the rule picks: the largest worst relative gain over weight 0; ties to the smaller weight. */
    static Trial choose(List<Trial> trials) {
        Trial none = trials.get(0);
        Trial best = none;
        for (Trial t : trials) {
            if (t.worstGain(none) > best.worstGain(none)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The shipped model: check-worthiness on every CheckThat! train row and ClaimBuster less the CheckThat! test
     * split's sentences, plus w objectivity.
     */
    CheckWorthinessModel model(double w) {
        return blend(checkWorthiness(l -> l.split().equals("train"), l -> true, l -> l.split().equals("test")),
                objectivity(), w);
    }
}
