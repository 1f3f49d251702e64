package org.nutgraf.lab.claims;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import org.nutgraf.article.Sentence;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression.Example;
import org.nutgraf.lab.claims.LogisticRegression.Settings;
import org.nutgraf.model.LinearModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code claims-experiment}: screening of feature and training variants (not part of the service). For each
 * variant: ClaimBuster 5-fold CV F1 at 0.5 and at a threshold chosen by nested CV inside the training folds;
 * CheckThat! validation MAP on train-split debates held out from training, and the AUC of objective over
 * subjective news sentences on the subjectivity set's development splits. Decisions are taken on these; the
 * CheckThat! test split is never read here ({@code claims-eval} scores it, once per model that would ship).
 */
@Command(name = "claims-experiment", sortOptions = false,
        description = {"Screens variants of the check-worthiness model",
                "Per variant: ClaimBuster CV F1, CheckThat! validation MAP and subjectivity development AUC; "
                        + "never the CheckThat! test split."})
public final class ClaimsExperiments extends ClaimSetsCommand {

    /** A way to turn a sentence into features, and the settings to train on them. */
    record Variant(String name, Function<Sentence, Set<String>> features, Settings settings) {
    }

    /** The variants by name; "base" is the adopted recipe. */
    private static final Map<String, Variant> VARIANTS = variants();

    @Parameters(arity = "0..*", split = ",", paramLabel = "VARIANT", defaultValue = "base",
            converter = VariantConverter.class, completionCandidates = VariantNames.class,
            description = "the variants to screen, comma- or space-separated (default: ${DEFAULT-VALUE}); "
                    + "one of: ${COMPLETION-CANDIDATES}")
    private List<Variant> variants;

    @Option(names = "--nested", description = "also choose each fold's threshold by nested CV (five times the training)")
    private boolean nested;

    @Option(names = "--context", description = "add the signals of each CheckThat! sentence's neighbours as features")
    private boolean context;

    @Option(names = "--bag", paramLabel = "K", defaultValue = "1",
            description = "average K models trained in K seeded orders (default: ${DEFAULT-VALUE})")
    private int bag;

    @Option(names = "--ctw", paramLabel = "W", defaultValue = "1",
            description = "the weight of a CheckThat! row in training, against 1 for ClaimBuster (default: ${DEFAULT-VALUE})")
    private double checkThatWeight;

    @Option(names = "--mix", description = "instead: per variant, the CheckThat! validation MAP of a model trained"
            + " on CheckThat! alone plus w times one trained on ClaimBuster alone (logits; w from 0 to 3)")
    private boolean mix;

    @Option(names = "--subjective", paramLabel = "W", defaultValue = "0",
            description = "add the subjectivity set's subjective training sentences as negatives of weight W "
                    + "(default: ${DEFAULT-VALUE}, none)")
    private double subjectiveWeight;

    @Option(names = "--recipe", description = "instead: per variant's settings, the development figures of the "
            + "Recipe's objectivity weights (the variant's features are not used: the recipe's are)")
    private boolean recipe;

    private List<ClaimSets.Labelled> subjectivity;

    @Override
    int run(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb) throws Exception {
        if (bag < 1) {
            throw invocation.refuse("--bag must be 1 or more; got " + bag);
        }
        PrintWriter out = invocation.out();
        subjectivity = sets.subjectivity();
        ClaimSets.recordDevelopment(!subjectivity.isEmpty());
        for (Variant v : variants) {
            if (mix) {
                mix(ct, cb, v);
                continue;
            }
            if (recipe) {
                List<Recipe.Trial> trials = new Recipe(ct, cb, subjectivity,
                        PolnearArticles.read(invocation.shared().data(PolnearArticles.SET), "train", invocation.err()),
                        v.settings(), VectorsTraining.read(Path.of("src/main/resources", CheckWorthinessModel.VECTORS)))
                        .trials();
                Recipe.Trial chosen = Recipe.choose(trials);
                trials.forEach(t -> out.printf("%-14s %s; worst share of the best gain %.4f%s%n", v.name(), t,
                        t.worstShare(trials.get(0), trials), t == chosen ? " (chosen)" : ""));
                continue;
            }
            long t0 = System.nanoTime();
            Map<ClaimSets.Labelled, Set<String>> f = features(ct, cb, v);
            if (context) {
                addContext(ct, f);
            }
            String cbr = claimBusterCv(cb, f, v.settings());
            String ctr = checkThat(ct, cb, f, v.settings());
            out.printf("%-14s %s | %s | %.0fs%n", v.name(), cbr, ctr, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    private static Map<String, Variant> variants() {
        // the settings before this round (base step 0.1); "base" is the adopted Settings.DEFAULT (step 0.05)
        Settings d = new Settings(12, 0.1, 1e-5, 2, 20190101L, 0.1);
        List<Variant> vs = List.of(
                new Variant("base", ClaimFeatures::of, Settings.DEFAULT),
                new Variant("old", ClaimFeatures::of, d),
                new Variant("base-e6", ClaimFeatures::of, new Settings(6, d.learningRate(), d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("base-e20", ClaimFeatures::of, new Settings(20, d.learningRate(), d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("base-l2e4", ClaimFeatures::of, new Settings(d.epochs(), d.learningRate(), 1e-4, d.minCount(), d.seed(), d.nbFloor())),
                new Variant("base-lr05", ClaimFeatures::of, new Settings(d.epochs(), 0.05, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("chars", s -> withChars(ClaimFeatures.of(s), s, 3, 5), d),
                new Variant("chars4", s -> withChars(ClaimFeatures.of(s), s, 4, 4), d),
                new Variant("notri", s -> without(ClaimFeatures.of(s), "3:"), d),
                new Variant("l2e3", ClaimFeatures::of, new Settings(d.epochs(), d.learningRate(), 1e-3, d.minCount(), d.seed(), d.nbFloor())),
                new Variant("l2e2", ClaimFeatures::of, new Settings(d.epochs(), d.learningRate(), 1e-2, d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr02", ClaimFeatures::of, new Settings(d.epochs(), 0.02, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr05-e6", ClaimFeatures::of, new Settings(6, 0.05, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr02-e6", ClaimFeatures::of, new Settings(6, 0.02, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr05-l2e3", ClaimFeatures::of, new Settings(d.epochs(), 0.05, 1e-3, d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr05-nb0", ClaimFeatures::of, new Settings(d.epochs(), 0.05, d.l2(), d.minCount(), d.seed(), 0.0)),
                new Variant("lr05-nb1", ClaimFeatures::of, new Settings(d.epochs(), 0.05, d.l2(), d.minCount(), d.seed(), 1.0)),
                new Variant("lr05-mc3", ClaimFeatures::of, new Settings(d.epochs(), 0.05, d.l2(), 3, d.seed(), d.nbFloor())),
                new Variant("lr01", ClaimFeatures::of, new Settings(d.epochs(), 0.01, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr005", ClaimFeatures::of, new Settings(d.epochs(), 0.005, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr01-e20", ClaimFeatures::of, new Settings(20, 0.01, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr01-nb1", ClaimFeatures::of, new Settings(d.epochs(), 0.01, d.l2(), d.minCount(), d.seed(), 1.0)),
                new Variant("lr01-chars", s -> withChars(ClaimFeatures.of(s), s, 3, 5), new Settings(d.epochs(), 0.01, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("lr02-nb1", ClaimFeatures::of, new Settings(d.epochs(), 0.02, d.l2(), d.minCount(), d.seed(), 1.0)),
                new Variant("lr05-nb1-mc3", ClaimFeatures::of, new Settings(d.epochs(), 0.05, d.l2(), 3, d.seed(), 1.0)),
                new Variant("base-nb1", ClaimFeatures::of, new Settings(d.epochs(), d.learningRate(), d.l2(), d.minCount(), d.seed(), 1.0)),
                new Variant("base-mc3", ClaimFeatures::of, new Settings(d.epochs(), d.learningRate(), d.l2(), 3, d.seed(), d.nbFloor())),
                new Variant("emb", s -> withEmb(ClaimFeatures.of(s), s, 0.08, 0.2), Settings.DEFAULT),
                new Variant("emb-n", s -> withEmb(ClaimFeatures.of(s), s, 0.05, 0.12), Settings.DEFAULT),
                new Variant("emb-lr02", s -> withEmb(ClaimFeatures.of(s), s, 0.08, 0.2), new Settings(d.epochs(), 0.02, d.l2(), d.minCount(), d.seed(), d.nbFloor())),
                new Variant("qu", s -> withQu(ClaimFeatures.of(s)), Settings.DEFAULT),
                new Variant("skip", s -> withSkip(ClaimFeatures.of(s), s), Settings.DEFAULT),
                new Variant("notri-chars", s -> withChars(without(ClaimFeatures.of(s), "3:"), s, 3, 5), d));
        Map<String, Variant> all = new TreeMap<>();
        vs.forEach(v -> all.put(v.name(), v));
        return all;
    }

    /** Each row's features under the variant. */
    private Map<ClaimSets.Labelled, Set<String>> features(List<ClaimSets.Labelled> ct,
                                                                 List<ClaimSets.Labelled> cb, Variant v) {
        Map<ClaimSets.Labelled, Set<String>> f = new IdentityHashMap<>();
        ct.forEach(l -> f.put(l, v.features().apply(l.sentence())));
        cb.forEach(l -> f.put(l, v.features().apply(l.sentence())));
        subjectivity.forEach(l -> f.put(l, v.features().apply(l.sentence())));
        return f;
    }

    private static Embedding emb;

    static synchronized Embedding emb() {
        if (emb == null) {
            try {
                emb = IOUtils.readObjectFromURLOrClasspathOrFileSystem(
                        "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
        return emb;
    }

    /** The unit-length mean vector of the sentence's words, each dimension in one of five bins. */
    static Set<String> withEmb(Set<String> f, Sentence s, double lo, double hi) {
        var e = emb();
        double[] v = new double[e.getEmbeddingSize()];
        int n = 0;
        for (var t : s.tokens()) {
            var x = e.get(t.word().toLowerCase(Locale.ROOT));
            if (x == null) x = e.get(t.word());
            if (x == null || !t.isWord()) continue;
            for (int i = 0; i < v.length; i++) v[i] += x.get(i);
            n++;
        }
        Set<String> out = new TreeSet<>(f);
        if (n == 0) return out;
        double norm = 0;
        for (double x : v) norm += x * x;
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            double x = v[i] / norm;
            int bin = x < -hi ? 0 : x < -lo ? 1 : x < lo ? 2 : x < hi ? 3 : 4;
            out.add("e" + i + ":" + bin);
        }
        return out;
    }

    /** Signals of the previous and next sentence of the same debate (an article has neighbours too). */
    static void addContext(List<ClaimSets.Labelled> ct, Map<ClaimSets.Labelled, Set<String>> f) {
        Map<ClaimSets.Labelled, Set<String>> base = new IdentityHashMap<>();
        ct.forEach(l -> base.put(l, signals(ClaimFeatures.of(l.sentence()))));
        for (int i = 0; i < ct.size(); i++) {
            ClaimSets.Labelled l = ct.get(i);
            Set<String> x = new TreeSet<>(f.get(l));
            if (i > 0 && ct.get(i - 1).group().equals(l.group())) {
                base.get(ct.get(i - 1)).forEach(s -> x.add("prev:" + s));
            } else {
                x.add("prev:none");
            }
            if (i + 1 < ct.size() && ct.get(i + 1).group().equals(l.group())) {
                base.get(ct.get(i + 1)).forEach(s -> x.add("next:" + s));
            } else {
                x.add("next:none");
            }
            f.put(l, x);
        }
    }

    static Set<String> signals(Set<String> f) {
        Set<String> out = new TreeSet<>();
        for (String s : f) {
            if (!s.startsWith("u:") && !s.startsWith("b:") && !s.startsWith("t") && !s.startsWith("3:")
                    && !s.startsWith("x:") && !s.equals(LinearModel.BIAS)) out.add(s);
        }
        return out;
    }

    /** One model, or with {@code --bag K} the mean of K models trained in K seeded orders (itself one linear model). */
    CheckWorthinessModel train(List<Example> ex, Settings s) {
        if (bag == 1) return LogisticRegression.train(ex, s);
        Map<String, Double> sum = new TreeMap<>();
        for (int i = 0; i < bag; i++) {
            CheckWorthinessModel m = LogisticRegression.train(ex, new Settings(s.epochs(), s.learningRate(), s.l2(), s.minCount(), s.seed() + i, s.nbFloor()));
            Set<String> names = new TreeSet<>();
            ex.forEach(e -> names.addAll(e.features()));
            for (String n : names) { double w = m.weight(n); if (w != 0) sum.merge(n, w / bag, Double::sum); }
        }
        return new CheckWorthinessModel(sum);
    }

    /** Lemma unigrams again, marked by whether the sentence has a quantity. */
    static Set<String> withQu(Set<String> f) {
        Set<String> out = new TreeSet<>(f);
        String q = f.contains("quantity") ? "q1" : "q0";
        for (String s : f) if (s.startsWith("u:")) out.add(q + s);
        return out;
    }

    /** Skip-bigrams: lemma pairs two apart. */
    static Set<String> withSkip(Set<String> f, Sentence s) {
        Set<String> out = new TreeSet<>(f);
        var t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) out.add("s:" + t.get(i).lemma().toLowerCase(Locale.ROOT) + "_" + t.get(i + 2).lemma().toLowerCase(Locale.ROOT));
        return out;
    }

    static Set<String> without(Set<String> f, String prefix) {
        Set<String> out = new TreeSet<>();
        for (String s : f) if (!s.startsWith(prefix)) out.add(s);
        return out;
    }

    static Set<String> withChars(Set<String> f, Sentence s, int min, int max) {
        Set<String> out = new TreeSet<>(f);
        for (var t : s.tokens()) {
            String w = "<" + t.word().toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0") + ">";
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= w.length(); i++) {
                    out.add("c:" + w.substring(i, i + n));
                }
            }
        }
        return out;
    }

    /** The rows as examples; CheckThat! rows ({@code tag}) carry the source feature and weigh {@code --ctw}. */
    List<Example> examples(List<ClaimSets.Labelled> rows, Map<ClaimSets.Labelled, Set<String>> f, boolean tag) {
        List<Example> out = new ArrayList<>();
        for (ClaimSets.Labelled l : rows) {
            Set<String> x = f.get(l);
            if (tag) {
                x = new TreeSet<>(x);
                x.add(Recipe.CHECKTHAT_SOURCE);
            }
            out.add(new Example(x, l.positive(), tag ? checkThatWeight : 1.0));
        }
        return out;
    }

    /** The subjective sentences of the subjectivity set's training splits, as negatives of weight {@code --subjective}. */
    List<Example> subjectiveNegatives(Map<ClaimSets.Labelled, Set<String>> f) {
        List<Example> out = new ArrayList<>();
        if (subjectiveWeight > 0) {
            for (ClaimSets.Labelled l : subjectivity) {
                if (!l.positive() && l.split().equals("train")) {
                    out.add(new Example(f.get(l), false, subjectiveWeight));
                }
            }
        }
        return out;
    }

    String claimBusterCv(List<ClaimSets.Labelled> cb, Map<ClaimSets.Labelled, Set<String>> f, Settings s) {
        int[] fold = ClaimsEvaluation.folds(cb.size());
        int k = ClaimsEvaluation.FOLDS;
        double[] p = new double[cb.size()];
        double[] thr = new double[k];
        for (int out = 0; out < k; out++) {
            List<ClaimSets.Labelled> train = new ArrayList<>();
            for (int i = 0; i < cb.size(); i++) if (fold[i] != out) train.add(cb.get(i));
            List<Example> ex = new ArrayList<>(examples(train, f, false));
            ex.addAll(subjectiveNegatives(f));
            CheckWorthinessModel m = train(ex, s);
            for (int i = 0; i < cb.size(); i++) if (fold[i] == out) p[i] = m.probability(f.get(cb.get(i)));
            if (nested) {
                List<double[]> inner = new ArrayList<>();
                for (int in = 0; in < k; in++) {
                    if (in == out) continue;
                    List<ClaimSets.Labelled> tr = new ArrayList<>();
                    for (int i = 0; i < cb.size(); i++) if (fold[i] != out && fold[i] != in) tr.add(cb.get(i));
                    CheckWorthinessModel mi = train(examples(tr, f, false), s);
                    for (int i = 0; i < cb.size(); i++) if (fold[i] == in) inner.add(new double[]{mi.probability(f.get(cb.get(i))), cb.get(i).positive() ? 1 : 0});
                }
                thr[out] = Confusion.bestThreshold(inner);
            }
        }
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < cb.size(); i++) all.add(new double[]{p[i], cb.get(i).positive() ? 1 : 0});
        Confusion c = new Confusion();
        for (int i = 0; i < cb.size(); i++) c.add(p[i] >= thr[fold[i]], cb.get(i).positive());
        Confusion half = Confusion.at(all, 0.5);
        double oracle = Confusion.bestThreshold(all);
        return String.format(Locale.ROOT, "CB F1@.5 %.3f (P %.3f R %.3f) nested-thr F1 %s [thr %s] oracle-thr %.2f F1 %.3f",
                half.f1(), half.precision(), half.recall(),
                nested ? String.format(Locale.ROOT, "%.3f", c.f1()) : "-", nested ? Arrays.toString(thr) : "-",
                oracle, Confusion.at(all, oracle).f1());
    }

    String checkThat(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb, Map<ClaimSets.Labelled, Set<String>> f, Settings s) {
        Set<String> val = Recipe.validation(ct);
        Set<String> excluded = new HashSet<>();
        ct.forEach(l -> { if (!l.split().equals("train") || val.contains(l.group())) excluded.add(ClaimSets.normalised(l.text())); });
        List<ClaimSets.Labelled> ctTrain = ct.stream().filter(l -> l.split().equals("train") && !val.contains(l.group())).toList();
        List<ClaimSets.Labelled> cbTrain = cb.stream().filter(l -> !excluded.contains(ClaimSets.normalised(l.text()))).toList();
        List<Example> ex = new ArrayList<>(examples(ctTrain, f, true));
        ex.addAll(examples(cbTrain, f, false));
        ex.addAll(subjectiveNegatives(f));
        CheckWorthinessModel m = train(ex, s);
        double mapVal = map(ct.stream().filter(l -> val.contains(l.group())).toList(), m, f);
        List<ClaimSets.Labelled> subjectivityDev = subjectivity.stream()
                .filter(l -> ClaimSets.SUBJECTIVITY_DEVELOPMENT.contains(l.split()) && !l.split().equals("train")).toList();
        String auc = subjectivityDev.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f",
                RankingMeasures.auc(subjectivityDev, l -> m.probability(f.get(l))));
        return String.format(Locale.ROOT, "CT val MAP %.3f P@10 %.3f | subjectivity dev AUC %s (%d weights)", mapVal,
                RankingMeasures.of(ct.stream().filter(l -> val.contains(l.group())).toList(),
                        l -> m.probability(f.get(l))).p10(), auc, m.size());
    }

    /** Sum of the logits of a CheckThat!-only and a ClaimBuster-only model (itself one linear model). */
    void mix(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb, Variant v) {
        Map<ClaimSets.Labelled, Set<String>> f = features(ct, cb, v);
        Set<String> val = Recipe.validation(ct);
        Set<String> excluded = new HashSet<>();
        ct.forEach(l -> { if (!l.split().equals("train") || val.contains(l.group())) excluded.add(ClaimSets.normalised(l.text())); });
        List<ClaimSets.Labelled> ctTrain = ct.stream().filter(l -> l.split().equals("train") && !val.contains(l.group())).toList();
        List<ClaimSets.Labelled> cbTrain = cb.stream().filter(l -> !excluded.contains(ClaimSets.normalised(l.text()))).toList();
        CheckWorthinessModel a = train(examples(ctTrain, f, false), v.settings());
        CheckWorthinessModel b = train(examples(cbTrain, f, false), v.settings());
        List<ClaimSets.Labelled> eval = ct.stream().filter(l -> val.contains(l.group())).toList();
        StringBuilder out = new StringBuilder("val ");
        for (double w : new double[]{0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3}) {
            Map<String, Double> m = new TreeMap<>();
            for (ClaimSets.Labelled l : eval) for (String x : f.get(l)) if (!m.containsKey(x)) m.put(x, a.weight(x) + w * b.weight(x));
            out.append(String.format(Locale.ROOT, " cb*%.2f: %.3f", w, map(eval, new CheckWorthinessModel(m), f)));
        }
        invocation.out().println(v.name() + " mix CT+w*CB MAP " + out);
    }

    static double map(List<ClaimSets.Labelled> rows, CheckWorthinessModel m, Map<ClaimSets.Labelled, Set<String>> f) {
        return RankingMeasures.of(rows, l -> m.probability(f.get(l))).map();
    }

    /** Reads a variant by its name. */
    static final class VariantConverter implements ITypeConverter<Variant> {
        @Override
        public Variant convert(String name) {
            Variant v = VARIANTS.get(name);
            if (v == null) {
                throw new TypeConversionException("no variant '" + name + "'; choose from " + VARIANTS.keySet());
            }
            return v;
        }
    }

    /** The variant names, for the usage help. */
    static final class VariantNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return VARIANTS.keySet().iterator();
        }
    }
}
