package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression;
import org.nutgraf.lab.claims.LogisticRegression.Example;
import org.nutgraf.lab.claims.LogisticRegression.Settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Screening of feature and training variants (not part of the service). For each variant: ClaimBuster 5-fold CV
 * F1 at 0.5 and at a threshold chosen by nested CV inside the training folds; CheckThat! validation MAP on
 * train-split debates held out from training (decisions are taken on this), and the test-split MAP (reported).
 * Run: {@code ./mvnw -B -q -Pclaims-eval test-compile exec:java -Dexec.mainClass=org.nutgraf.eval.claims.ClaimsExperiments -Dexec.args=NAMES}.
 */
public final class ClaimsExperiments {

    record Variant(String name, Function<Sentence, Set<String>> features, Settings settings) {
    }

    public static void main(String[] args) throws Exception {
        List<ClaimSets.Labelled> ct = ClaimSets.checkThat();
        List<ClaimSets.Labelled> cb = ClaimSets.claimBuster();
        int changed = 0;
        for (ClaimSets.Labelled l : ct) {
            if (!org.nutgraf.nlp.TextGuard.prepare(l.text()).equals(l.text())) changed++;
        }
        for (ClaimSets.Labelled l : cb) {
            if (!org.nutgraf.nlp.TextGuard.prepare(l.text()).equals(l.text())) changed++;
        }
        System.out.println("rows TextGuard changes: " + changed);
        // the settings before this round (base step 0.1); "base" is the adopted Settings.DEFAULT (step 0.05)
        Settings d = new Settings(12, 0.1, 1e-5, 2, 20190101L, 0.1);
        Map<String, Variant> all = new TreeMap<>();
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
        vs.forEach(v -> all.put(v.name(), v));
        List<String> names = args.length > 0 ? List.of(args[0].split(",")) : List.of("base");
        boolean nested = Boolean.getBoolean("nested");
        if (names.get(0).equals("mix")) {
            mix(ct, cb, all.get(names.get(1)));
            return;
        }
        for (String n : names) {
            Variant v = all.get(n);
            long t0 = System.nanoTime();
            Map<ClaimSets.Labelled, Set<String>> f = new IdentityHashMap<>();
            ct.forEach(l -> f.put(l, v.features().apply(l.sentence())));
            cb.forEach(l -> f.put(l, v.features().apply(l.sentence())));
            if (Boolean.getBoolean("context")) {
                addContext(ct, f);
            }
            String cbr = claimBusterCv(cb, f, v.settings(), nested);
            String ctr = checkThat(ct, cb, f, v.settings());
            System.out.printf("%-14s %s | %s | %.0fs%n", n, cbr, ctr, (System.nanoTime() - t0) / 1e9);
        }
    }

    static edu.stanford.nlp.neural.Embedding emb;

    static synchronized edu.stanford.nlp.neural.Embedding emb() {
        if (emb == null) {
            try {
                emb = edu.stanford.nlp.io.IOUtils.readObjectFromURLOrClasspathOrFileSystem(
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
                    && !s.startsWith("x:") && !s.equals("bias")) out.add(s);
        }
        return out;
    }

    /** One model, or with -Dbag=K the mean of K models trained in K seeded orders (itself one linear model). */
    static CheckWorthinessModel train(List<Example> ex, Settings s) {
        int k = Integer.getInteger("bag", 1);
        if (k == 1) return LogisticRegression.train(ex, s);
        Map<String, Double> sum = new TreeMap<>();
        for (int i = 0; i < k; i++) {
            CheckWorthinessModel m = LogisticRegression.train(ex, new Settings(s.epochs(), s.learningRate(), s.l2(), s.minCount(), s.seed() + i, s.nbFloor()));
            Set<String> names = new TreeSet<>();
            ex.forEach(e -> names.addAll(e.features()));
            for (String n : names) { double w = m.weight(n); if (w != 0) sum.merge(n, w / k, Double::sum); }
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

    static List<Example> examples(List<ClaimSets.Labelled> rows, Map<ClaimSets.Labelled, Set<String>> f, boolean tag) {
        List<Example> out = new ArrayList<>();
        for (ClaimSets.Labelled l : rows) {
            Set<String> x = f.get(l);
            if (tag) {
                x = new TreeSet<>(x);
                x.add(ClaimsTraining.CHECKTHAT_SOURCE);
            }
            out.add(new Example(x, l.positive(), tag ? Double.parseDouble(System.getProperty("ctw", "1")) : 1.0));
        }
        return out;
    }

    static String claimBusterCv(List<ClaimSets.Labelled> cb, Map<ClaimSets.Labelled, Set<String>> f, Settings s, boolean nested) {
        int[] fold = ClaimsEvaluation.folds(cb.size());
        int k = ClaimsEvaluation.FOLDS;
        double[] p = new double[cb.size()];
        double[] thr = new double[k];
        for (int out = 0; out < k; out++) {
            List<ClaimSets.Labelled> train = new ArrayList<>();
            for (int i = 0; i < cb.size(); i++) if (fold[i] != out) train.add(cb.get(i));
            CheckWorthinessModel m = train(examples(train, f, false), s);
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
                thr[out] = bestThreshold(inner);
            }
        }
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < cb.size(); i++) all.add(new double[]{p[i], cb.get(i).positive() ? 1 : 0});
        int[] c = new int[3];
        for (int i = 0; i < cb.size(); i++) count(c, p[i] >= thr[fold[i]], cb.get(i).positive());
        return String.format(Locale.ROOT, "CB F1@.5 %.3f (P %.3f R %.3f) nested-thr F1 %s [thr %s] oracle-thr %.2f F1 %.3f",
                f1(all, 0.5), prec(all, 0.5), rec(all, 0.5),
                nested ? String.format(Locale.ROOT, "%.3f", f1c(c)) : "-", nested ? java.util.Arrays.toString(thr) : "-",
                bestThreshold(all), f1(all, bestThreshold(all)));
    }

    static double bestThreshold(List<double[]> pl) {
        double best = 0.5, bf = -1;
        for (int t = 10; t <= 90; t += 2) {
            double f = f1(pl, t / 100.0);
            if (f > bf) { bf = f; best = t / 100.0; }
        }
        return best;
    }

    static void count(int[] c, boolean pr, boolean ac) {
        if (pr && ac) c[0]++; else if (pr) c[1]++; else if (ac) c[2]++;
    }
    static double f1c(int[] c) { double p = c[0] / (double) (c[0] + c[1]), r = c[0] / (double) (c[0] + c[2]); return 2 * p * r / (p + r); }
    static int[] counts(List<double[]> pl, double t) { int[] c = new int[3]; for (double[] x : pl) count(c, x[0] >= t, x[1] > 0); return c; }
    static double f1(List<double[]> pl, double t) { return f1c(counts(pl, t)); }
    static double prec(List<double[]> pl, double t) { int[] c = counts(pl, t); return c[0] / (double) (c[0] + c[1]); }
    static double rec(List<double[]> pl, double t) { int[] c = counts(pl, t); return c[0] / (double) (c[0] + c[2]); }

    /** Validation debates: every third train-split debate in name order (fixed a priori). */
    static Set<String> validation(List<ClaimSets.Labelled> ct) {
        Set<String> groups = new TreeSet<>();
        ct.forEach(l -> { if (l.split().equals("train")) groups.add(l.group()); });
        Set<String> v = new HashSet<>();
        int i = 0;
        for (String g : groups) if (i++ % 3 == 0) v.add(g);
        return v;
    }

    static String checkThat(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb, Map<ClaimSets.Labelled, Set<String>> f, Settings s) {
        Set<String> val = validation(ct);
        Set<String> excluded = new HashSet<>();
        ct.forEach(l -> { if (!l.split().equals("train") || val.contains(l.group())) excluded.add(ClaimSets.normalised(l.text())); });
        List<ClaimSets.Labelled> ctTrain = ct.stream().filter(l -> l.split().equals("train") && !val.contains(l.group())).toList();
        List<ClaimSets.Labelled> cbTrain = cb.stream().filter(l -> !excluded.contains(ClaimSets.normalised(l.text()))).toList();
        List<Example> ex = new ArrayList<>(examples(ctTrain, f, true));
        ex.addAll(examples(cbTrain, f, false));
        CheckWorthinessModel m = train(ex, s);
        double mapVal = map(ct.stream().filter(l -> val.contains(l.group())).toList(), m, f);
        // the production recipe: all train debates
        Set<String> testTexts = new HashSet<>();
        ct.forEach(l -> { if (l.split().equals("test")) testTexts.add(ClaimSets.normalised(l.text())); });
        List<Example> ex2 = new ArrayList<>(examples(ct.stream().filter(l -> l.split().equals("train")).toList(), f, true));
        ex2.addAll(examples(cb.stream().filter(l -> !testTexts.contains(ClaimSets.normalised(l.text()))).toList(), f, false));
        CheckWorthinessModel m2 = train(ex2, s);
        double mapTest = map(ct.stream().filter(l -> l.split().equals("test")).toList(), m2, f);
        return String.format(Locale.ROOT, "CT val MAP %.3f test MAP %.3f (%d weights)", mapVal, mapTest, m2.size());
    }

    /** Sum of the logits of a CheckThat!-only and a ClaimBuster-only model (itself one linear model). */
    static void mix(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb, Variant v) {
        Map<ClaimSets.Labelled, Set<String>> f = new IdentityHashMap<>();
        ct.forEach(l -> f.put(l, v.features().apply(l.sentence())));
        cb.forEach(l -> f.put(l, v.features().apply(l.sentence())));
        Set<String> val = validation(ct);
        for (boolean testRun : new boolean[]{false, true}) {
            Set<String> excluded = new HashSet<>();
            ct.forEach(l -> { if (!l.split().equals("train") || (!testRun && val.contains(l.group()))) excluded.add(ClaimSets.normalised(l.text())); });
            List<ClaimSets.Labelled> ctTrain = ct.stream().filter(l -> l.split().equals("train") && (testRun || !val.contains(l.group()))).toList();
            List<ClaimSets.Labelled> cbTrain = cb.stream().filter(l -> !excluded.contains(ClaimSets.normalised(l.text()))).toList();
            CheckWorthinessModel a = train(examples(ctTrain, f, false), v.settings());
            CheckWorthinessModel b = train(examples(cbTrain, f, false), v.settings());
            List<ClaimSets.Labelled> eval = ct.stream().filter(l -> testRun ? l.split().equals("test") : val.contains(l.group())).toList();
            StringBuilder out = new StringBuilder(testRun ? "test" : "val ");
            for (double w : new double[]{0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3}) {
                Map<String, Double> m = new TreeMap<>();
                for (ClaimSets.Labelled l : eval) for (String x : f.get(l)) if (!m.containsKey(x)) m.put(x, a.weight(x) + w * b.weight(x));
                out.append(String.format(Locale.ROOT, " cb*%.2f: %.3f", w, map(eval, new CheckWorthinessModel(m), f)));
            }
            System.out.println(v.name() + " mix CT+w*CB MAP " + out);
        }
    }

    static double map(List<ClaimSets.Labelled> rows, CheckWorthinessModel m, Map<ClaimSets.Labelled, Set<String>> f) {
        return map(rows, l -> m.probability(f.get(l)));
    }

    /** Mean over debates of the average precision of each debate's ranking by score (ties in document order). */
    static double map(List<ClaimSets.Labelled> rows, java.util.function.ToDoubleFunction<ClaimSets.Labelled> score) {
        Map<String, List<ClaimSets.Labelled>> groups = new TreeMap<>();
        rows.forEach(l -> groups.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l));
        double map = 0;
        for (List<ClaimSets.Labelled> g : groups.values()) {
            Map<ClaimSets.Labelled, Double> sc = new IdentityHashMap<>();
            g.forEach(l -> sc.put(l, score.applyAsDouble(l)));
            List<ClaimSets.Labelled> r = new ArrayList<>(g);
            r.sort(Comparator.comparingDouble((ClaimSets.Labelled l) -> -sc.get(l)).thenComparingInt(ClaimSets.Labelled::line));
            int rel = (int) g.stream().filter(ClaimSets.Labelled::positive).count(), hits = 0;
            double ap = 0;
            for (int i = 0; i < r.size(); i++) if (r.get(i).positive()) { hits++; ap += hits / (double) (i + 1); }
            map += rel == 0 ? 0 : ap / rel;
        }
        return map / groups.size();
    }
}
