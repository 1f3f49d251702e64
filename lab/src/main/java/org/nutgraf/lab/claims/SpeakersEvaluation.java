package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.claims.Attribution;
import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.claims.PolnearArticles.Doc;
import org.nutgraf.lab.claims.PolnearArticles.Gold;
import org.nutgraf.lab.claims.SpeakerLists.Settings;
import org.nutgraf.lab.Timing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.nutgraf.lab.claims.SpeakerLists.cueCounts;
import static org.nutgraf.lab.claims.SpeakerLists.learnt;
import static org.nutgraf.lab.claims.SpeakerLists.reportingCounts;
import static org.nutgraf.lab.claims.SpeakerMatch.antecedent;
import static org.nutgraf.lab.claims.SpeakerMatch.head;
import static org.nutgraf.lab.claims.SpeakerMatch.matches;
import static org.nutgraf.lab.claims.SpeakerMatch.overlaps;
import static org.nutgraf.lab.claims.SpeakerMatch.words;

/**
 * {@code speakers-eval}: how often key claims name the right speaker, measured on PolNeAR (political news
 * attribution relations; the shared folder's {@code data/polnear}, train and dev splits).
 * <p>
 * <b>Protocol, fixed in code.</b> The {@code train} compartment is for choosing, with whole publishers held out: for
 * each of its seven publishers, whatever is learnt (the four speaker lists) is learnt on the other publishers' train
 * articles and scored on that publisher's; rules and thresholds are chosen by the worst publisher, not the mean
 * ({@code --sweep}, {@code --sweep-secondary}, {@code --sweep-reporting}). The default
 * invocation prints that table and reads no dev article. The {@code dev} compartment is the test part, read only with
 * {@code --test}, once per candidate that would ship.
 * <p>
 * <b>Data.</b> {@link PolnearArticles}: each article with one annotator's attributions.
 * <p>
 * <b>Unit.</b> An annotated attribution <i>with a source</i> whose content span overlaps at least one sentence as
 * Nutgraf splits the article ("its content sentences").
 * <p>
 * <b>Match.</b> {@link SpeakerMatch}.
 * <p>
 * <b>Precision</b>: of the sentences where a system gives a speaker and which overlap the content of at least one
 * unit, the share whose speaker matches one of those units. <b>Recall</b>: of the units, the share with a content
 * sentence whose speaker matches it. <b>Any speaker</b>: of the units, the share with a content sentence that gets
 * any speaker. <b>Sentence recall</b>: of the sentences that overlap the content of a unit (a key claim is one
 * sentence), the share whose speaker matches one of those units. <b>Pronoun accuracy</b>: of the sentences whose speaker was resolved from a pronoun that overlaps an
 * annotated source, the share whose name matches that source's antecedent.
 * <p>
 * The lists the service ships are written by {@code speakers-train} ({@link SpeakersTraining}), with the thresholds
 * the sweeps chose as its defaults.
 */
@Command(name = "speakers-eval",
        description = {"Speakers of key claims against PolNeAR's attributions",
                "Precision and recall of the speaker on PolNeAR train with each publisher held out (worst and "
                        + "mean), beside baselines; dev, the test part, only with --test; sweeps the speaker "
                        + "lists' thresholds by the worst publisher (--sweep, --sweep-secondary, --sweep-reporting) and times extra "
                        + "annotators (--cost)."})
public final class SpeakersEvaluation implements Callable<Integer> {

    /** The reporting verbs the service's attribution rule used before the learnt list, typed by hand. */
    static final Set<String> HAND_VERBS = Set.of("say", "tell", "warn", "claim", "state", "insist", "argue", "add",
            "explain", "note", "announce", "report", "allege", "admit", "confirm", "suggest", "predict", "estimate",
            "declare", "acknowledge", "write", "testify", "assert", "maintain", "contend", "caution", "promise",
            "reveal", "stress", "point");

    @Mixin
    private Invocation invocation;

    @Mixin
    private SpeakerThresholds thresholds;

    @Option(names = "--test", description = "also score PolNeAR dev, the test part, with the shipped rule (cue "
            + "verbs learnt on all of train): once per candidate that would ship; without it no dev figure is printed")
    private boolean test;

    @Option(names = "--in-sample", description = "also print the train table with the shipped rule, in-sample (its "
            + "cue verbs were learnt on these articles)")
    private boolean inSample;

    @Option(names = "--publisher", paramLabel = "NAME", description = "the held-out publisher whose errors --show "
            + "prints (default: the one with the lowest recall)")
    private String publisher;

    @Option(names = "--sweep-reporting", description = "each publisher held out: --report-rate over a grid (1 learns "
            + "no reporting noun), worst publisher and mean")
    private boolean sweepReporting;

    @Option(names = "--sweep-secondary", description = "each publisher held out: --secondary-rate against "
            + "--noun-rate over a grid, worst publisher and mean")
    private boolean sweepSecondary;

    @Option(names = "--sweep", description = "each publisher held out (train only): precision and recall of cue "
            + "lists learnt on the other publishers over a grid of --min-cues and --min-rate, worst publisher and mean")
    private boolean sweep;

    @Option(names = "--cost", paramLabel = "ANNOTATORS", split = ",",
            description = "time the claims pipeline on 84 train articles (every tenth) with each of these annotators added "
                    + "(e.g. depparse,quote), one at a time; join annotators that go together with + (depparse+coref)")
    private List<String> cost;

    @Option(names = "--ablations", description = "also measure Nutgraf without each of its parts")
    private boolean ablations;

    @Option(names = "--show", defaultValue = "0",
            description = "print this many of Nutgraf's errors on the held-out publisher (--publisher) to stderr: "
                    + "wrong speakers, then misses")
    private int show;

    /** Counts of one system on one split. */
    static final class Score {
        int units;
        int found;
        int anySpeaker;
        int judged;
        int right;
        int pronouns;
        int pronounsRight;
        int contentSentences;
        int contentSentencesRight;

        double precision() {
            return judged == 0 ? 0 : (double) right / judged;
        }

        double recall() {
            return units == 0 ? 0 : (double) found / units;
        }

        double sentenceRecall() {
            return contentSentences == 0 ? 0 : (double) contentSentencesRight / contentSentences;
        }

        double any() {
            return units == 0 ? 0 : (double) anySpeaker / units;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path root = invocation.shared().data(PolnearArticles.SET);
        if (!PolnearArticles.present(invocation, root)) {
            return 0;
        }
        PrintWriter out = invocation.out();
        PrintWriter err = invocation.err();
        if (cost != null && !cost.isEmpty()) {
            return AnnotatorCost.print(root, cost, out, err);
        }
        List<Doc> train = PolnearArticles.read(root, "train", err);
        if (sweep) {
            sweep(train, out);
            return 0;
        }
        if (sweepSecondary) {
            sweepSecondary(train, out);
            return 0;
        }
        if (sweepReporting) {
            sweepReporting(train, out);
            return 0;
        }
        heldOut(train, systems(thresholds.settings(), ablations), publisher, show,
                out, err);
        if (inSample) {
            out.println();
            table(Map.of("train", train), List.of("train"), ablations, 0, out, err);
        }
        if (test) {
            out.println();
            out.println("PolNeAR dev is the test part: read once per candidate that would ship.");
            out.println();
            table(Map.of("dev", PolnearArticles.read(root, "dev", err)), List.of("dev"), ablations, 0, out, err);
        }
        out.println();
        double[] ms = new double[train.size()];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < train.size(); i++) {
                Article a = train.get(i).article();
                long t0 = System.nanoTime();
                a.sentences().forEach(x -> Attributions.in(a, x));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "Speakers of every sentence, train: %.3f ms per article p50 (third pass)%n",
                Timing.median(ms));
        out.flush();
        return 0;
    }

    /** A system as learnt from some train articles: the speaker it gives each sentence of an article. */
    interface Learner extends Function<List<Doc>, Function<Doc, List<Optional<Attribution>>>> {
    }

    static final String NUTGRAF = "Nutgraf, learnt without the held-out publisher";
    static final Set<Attributions.Part> ALL = EnumSet.allOf(Attributions.Part.class);

    /**
     * The systems the held-out table compares: the baseline, the hand list in the old patterns, Nutgraf with the cue
     * verbs learnt from the other publishers (these thresholds), and with {@code ablations} Nutgraf without each part.
     */
    static Map<String, Learner> systems(Settings settings, boolean ablations) {
        Map<String, Learner> systems = new LinkedHashMap<>();
        systems.put("baseline: first PERSON entity in the sentence", train -> SpeakersEvaluation::firstPerson);
        systems.put("hand list of 30 verbs, no quotations, no pronouns (the patterns only)",
                train -> finder(new Attributions(HAND_VERBS, EnumSet.noneOf(Attributions.Part.class))));
        systems.put(NUTGRAF, train -> finder(settings.learn(train, ALL)));
        if (ablations) {
            for (Attributions.Part part : Attributions.Part.values()) {
                Set<Attributions.Part> without = EnumSet.complementOf(EnumSet.of(part));
                systems.put("Nutgraf without " + part.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        train -> finder(settings.learn(train, without)));
            }
            systems.put("Nutgraf with the hand list of 30 verbs instead of a learnt one",
                    train -> finder(new Attributions(HAND_VERBS, ALL)));
        }
        return systems;
    }

    /** The scores of each system with each publisher held out, publishers in name order. */
    static Map<String, Map<String, Score>> heldOutScores(List<Doc> train, Map<String, Learner> systems, String show,
                                                        int shown, PrintWriter err) {
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        for (String p : new TreeSet<>(train.stream().map(Doc::publisher).toList())) {
            List<Doc> learnOn = train.stream().filter(d -> !d.publisher().equals(p)).toList();
            List<Doc> scoreOn = train.stream().filter(d -> d.publisher().equals(p)).toList();
            systems.forEach((name, learner) -> scores.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(p,
                    score(scoreOn, learner.apply(learnOn), name.equals(NUTGRAF) && p.equals(show) ? shown : 0, err)));
        }
        return scores;
    }

    /**
     * Prints, for each publisher of train held out, Nutgraf learnt on the other publishers' train articles and scored
     * on its own, then each system's worst and mean over the publishers. {@code show} errors of Nutgraf on
     * {@code publisher} (null: the publisher with the lowest recall) go to {@code err}.
     */
    static void heldOut(List<Doc> train, Map<String, Learner> systems, String publisher, int show, PrintWriter out,
                        PrintWriter err) {
        Map<String, Map<String, Score>> scores = heldOutScores(train, systems, null, 0, err);
        Map<String, Score> ours = scores.get(NUTGRAF);
        String worst = ours.entrySet().stream().min(Comparator.comparingDouble(e -> e.getValue().recall()))
                .orElseThrow().getKey();
        out.printf("## Speakers of PolNeAR attributions, each publisher held out (train: %d articles, %d publishers)%n",
                train.size(), ours.size());
        out.println();
        out.println("Nutgraf's lists (cue verbs, secondary verbs, speaker and reporting nouns) are learnt on the other "
                + "publishers' train articles, then scored on the held-out publisher's. No dev article is read (dev "
                + "is the test part: --test).");
        out.println();
        out.println("| held-out publisher | articles | attributions | judged sentences | precision | recall | any speaker "
                + "| sentence recall | pronouns resolved: right / judged |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        ours.forEach((p, s) -> out.printf(Locale.ROOT, "| %s | %d | %,d | %,d | %.3f | %.3f | %.3f | %.3f | %s |%n", p,
                train.stream().filter(d -> d.publisher().equals(p)).count(), s.units, s.judged, s.precision(),
                s.recall(), s.any(), s.sentenceRecall(), s.pronouns == 0 ? "—"
                        : String.format(Locale.ROOT, "%.3f (%d / %d)", (double) s.pronounsRight / s.pronouns,
                        s.pronounsRight, s.pronouns)));
        out.println();
        out.println("| system | worst precision | worst recall | worst sentence recall | mean precision | mean recall "
                + "| mean any speaker |");
        out.println("|---|---|---|---|---|---|---|");
        scores.forEach((name, byPublisher) -> {
            Summary m = Summary.of(byPublisher.values());
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name, m.worstPrecision(),
                    m.worstRecall(), m.worstSentenceRecall(), m.meanPrecision(), m.meanRecall(), m.meanAny());
        });
        out.println();
        out.println("Worst: the lowest over the held-out publishers, each figure on its own; mean: over publishers.");
        out.flush();
        if (show > 0) {
            String p = publisher == null ? worst : publisher;
            err.println("Errors of Nutgraf on held-out " + p + ":");
            heldOutScores(train, Map.of(NUTGRAF, systems.get(NUTGRAF)), p, show,
                    err);
        }
    }

    /** Worst and mean over held-out publishers. */
    record Summary(double worstPrecision, double worstRecall, double worstSentenceRecall, double meanPrecision,
                   double meanRecall, double meanAny) {
        static Summary of(java.util.Collection<Score> scores) {
            return new Summary(scores.stream().mapToDouble(Score::precision).min().orElse(0),
                    scores.stream().mapToDouble(Score::recall).min().orElse(0),
                    scores.stream().mapToDouble(Score::sentenceRecall).min().orElse(0),
                    scores.stream().mapToDouble(Score::precision).average().orElse(0),
                    scores.stream().mapToDouble(Score::recall).average().orElse(0),
                    scores.stream().mapToDouble(Score::any).average().orElse(0));
        }
    }

    /**
     * Prints the speaker table for these splits: the baseline, the hand list before, Nutgraf, and with
     * {@code ablations} Nutgraf without each of its parts. {@code show} train errors go to {@code err}.
     */
    static void table(Map<String, List<Doc>> docs, List<String> splits, boolean ablations, int show, PrintWriter out,
                      PrintWriter err) {
        Map<String, Function<Doc, List<Optional<Attribution>>>> systems = new LinkedHashMap<>();
        systems.put("baseline: first PERSON entity in the sentence", SpeakersEvaluation::firstPerson);
        systems.put("hand list of 30 verbs, no quotations, no pronouns (the service before, in the new patterns)",
                finder(new Attributions(HAND_VERBS, EnumSet.noneOf(Attributions.Part.class))));
        systems.put("Nutgraf (`Attributions.in(Article, Sentence)`)",
                d -> d.article().sentences().stream().map(s -> Attributions.in(d.article(), s)).toList());
        if (ablations) {
            for (Attributions.Part part : Attributions.Part.values()) {
                systems.put("Nutgraf without " + part.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        finder(shipped(EnumSet.complementOf(EnumSet.of(part)))));
            }
            systems.put("Nutgraf with the hand list of 30 verbs instead of the learnt lists",
                    finder(new Attributions(HAND_VERBS, ALL)));
        }
        out.println("## Speakers of PolNeAR attributions, the shipped rule (" + String.join(", ", splits)
                + "; train is in-sample, dev is the test part)");
        out.println();
        out.println("| split | system | attributions | judged sentences | precision | recall | any speaker "
                + "| sentence recall | pronouns resolved: right / judged |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (String split : splits) {
            for (Map.Entry<String, Function<Doc, List<Optional<Attribution>>>> e : systems.entrySet()) {
                Score s = score(docs.get(split), e.getValue(), split.equals("train") && e.getKey().startsWith(
                        "Nutgraf") ? show : 0, err);
                out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %.3f | %.3f | %.3f | %.3f | %s |%n", split,
                        e.getKey(), s.units, s.judged, s.precision(), s.recall(), s.any(), s.sentenceRecall(), s.pronouns == 0 ? "—"
                                : String.format(Locale.ROOT, "%.3f (%d / %d)", (double) s.pronounsRight / s.pronouns,
                                s.pronounsRight, s.pronouns));
            }
        }
    }

    /** The service's finder with only these parts: its bundled lists. */
    static Attributions shipped(Set<Attributions.Part> parts) {
        return new Attributions(Attributions.readCues(Attributions.CUES), Attributions.readCues(Attributions.SECONDARY),
                Attributions.readCues(Attributions.SPEAKER_NOUNS), Attributions.readCues(Attributions.REPORTING_NOUNS),
                parts);
    }

    // ---- systems and scoring ----

    private static Function<Doc, List<Optional<Attribution>>> finder(Attributions f) {
        return d -> d.article().sentences().stream().map(s -> f.find(d.article(), s)).toList();
    }

    /** The baseline: the first PERSON entity of each sentence. */
    static List<Optional<Attribution>> firstPerson(Doc d) {
        return d.article().sentences().stream().map(s -> s.entities().stream()
                .filter(e -> e.kind().equals("PERSON")).findFirst()
                .map(e -> new Attribution(e.text(), "", e.start(), e.end(), e.start(), e.end(), null))).toList();
    }

    static Score score(List<Doc> docs, Function<Doc, List<Optional<Attribution>>> system, int show,
                       PrintWriter err) {
        Score score = new Score();
        int shownWrong = 0;
        List<String> misses = new ArrayList<>();
        for (Doc d : docs) {
            List<Sentence> sentences = d.article().sentences();
            List<Optional<Attribution>> found = system.apply(d);
            List<List<Gold>> overlapping = new ArrayList<>();
            for (Sentence s : sentences) {
                overlapping.add(d.gold().stream().filter(g -> g.contentStart() < s.end() && s.start() < g.contentEnd())
                        .toList());
            }
            for (int i = 0; i < sentences.size(); i++) {
                Optional<Attribution> a = found.get(i);
                score.contentSentences += overlapping.get(i).isEmpty() ? 0 : 1;
                if (a.isEmpty() || a.get().speaker() == null) {
                    continue;
                }
                if (a.get().resolved()) {
                    Optional<Gold> at = d.gold().stream().filter(g -> overlaps(a.get().speakerStart(),
                            a.get().speakerEnd(), g.sourceStart(), g.sourceEnd())).findFirst();
                    if (at.isPresent()) {
                        score.pronouns++;
                        Gold antecedent = antecedent(d, at.get());
                        if (antecedent != null && words(antecedent.source()).contains(head(a.get().speaker()))) {
                            score.pronounsRight++;
                        }
                    }
                }
                if (overlapping.get(i).isEmpty()) {
                    continue;
                }
                score.judged++;
                boolean right = false;
                for (Gold g : overlapping.get(i)) {
                    right |= matches(d, a.get(), g);
                }
                if (right) {
                    score.right++;
                    score.contentSentencesRight++;
                } else if (shownWrong < show) {
                    shownWrong++;
                    err.printf("WRONG %s [%s|%s|%s] gold: %s%n    %s%n", d.name(), a.get().speaker(),
                            a.get().pronoun(), a.get().verb(), overlapping.get(i).stream().map(Gold::source).toList(),
                            sentences.get(i).text());
                }
            }
            for (Gold g : d.gold()) {
                boolean unit = false;
                boolean any = false;
                boolean hit = false;
                String where = null;
                for (int i = 0; i < sentences.size(); i++) {
                    if (!overlapping.get(i).contains(g)) {
                        continue;
                    }
                    unit = true;
                    where = where == null ? sentences.get(i).text() : where;
                    Optional<Attribution> a = found.get(i);
                    if (a.isPresent() && a.get().speaker() != null) {
                        any = true;
                        hit |= matches(d, a.get(), g);
                    }
                }
                if (unit) {
                    score.units++;
                    score.anySpeaker += any ? 1 : 0;
                    score.found += hit ? 1 : 0;
                    if (!hit && misses.size() < show) {
                        misses.add("MISS " + d.name() + " [" + g.source() + "|" + g.cue() + "]" + (any ? " (other)" : "")
                                + "\n    " + where);
                    }
                }
            }
        }
        misses.forEach(err::println);
        err.flush();
        return score;
    }

    private void sweepReporting(List<Doc> train, PrintWriter out) {
        out.println("## Reporting nouns, each publisher held out (PolNeAR train; --speaker-min-cues=" + thresholds.minCues
                + " --speaker-min-rate=" + thresholds.minRate + " --secondary-rate=" + thresholds.secondaryRate + " --noun-rate=" + thresholds.nounRate + ")");
        out.println();
        out.println("| report rate | nouns (all train) | worst precision | worst recall | worst sentence recall "
                + "| mean precision | mean recall |");
        out.println("|---|---|---|---|---|---|---|");
        Map<String, int[]> all = reportingCounts(train);
        double bestRecall = -1;
        String best = "none";
        for (double rr : new double[] {1, 0.5, 0.3, 0.2, 0.1, 0.05}) {
            Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(thresholds.minCues, thresholds.minRate,
                    thresholds.secondaryRate, thresholds.nounRate, rr), false).get(NUTGRAF));
            Summary m = Summary.of(heldOutScores(train, one, null, 0, invocation.err()).get(NUTGRAF).values());
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", rr, learnt(all, thresholds.minCues, rr)
                    .size(), m.worstPrecision(), m.worstRecall(), m.worstSentenceRecall(), m.meanPrecision(),
                    m.meanRecall());
            out.flush();
            if (m.worstPrecision() >= PRECISION_BAR && m.worstRecall() > bestRecall) {
                bestRecall = m.worstRecall();
                best = "--report-rate=" + rr;
            }
        }
        out.println();
        out.printf("Chosen (highest worst recall with worst precision >= %.2f, ties to the first): %s%n",
                PRECISION_BAR, best);
    }

    private void sweepSecondary(List<Doc> train, PrintWriter out) {
        out.println("## Secondary cues and speaker nouns, each publisher held out (PolNeAR train; --speaker-min-cues="
                + thresholds.minCues + " --speaker-min-rate=" + thresholds.minRate + ")");
        out.println();
        out.println("| secondary rate | noun rate | worst precision | worst recall | mean precision | mean recall |");
        out.println("|---|---|---|---|---|---|");
        double bestRecall = -1;
        String best = "none";
        for (double sr : new double[] {thresholds.minRate, 0.2, 0.15, 0.1, 0.05}) {
            for (double nr : new double[] {0.05, 0.1, 0.2, 0.3}) {
                Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(thresholds.minCues, thresholds.minRate, sr, nr, thresholds.reportRate), false)
                        .get(NUTGRAF));
                Summary m = Summary.of(heldOutScores(train, one, null, 0, invocation.err()).get(NUTGRAF).values());
                out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f |%n", sr, nr, m.worstPrecision(),
                        m.worstRecall(), m.meanPrecision(), m.meanRecall());
                out.flush();
                if (m.worstPrecision() >= PRECISION_BAR && m.worstRecall() > bestRecall) {
                    bestRecall = m.worstRecall();
                    best = String.format(Locale.ROOT, "--secondary-rate=%s --noun-rate=%s", sr, nr);
                }
            }
        }
        out.println();
        out.printf("Chosen (highest worst recall with worst precision >= %.2f, ties to the first): %s%n",
                PRECISION_BAR, best);
    }

    /**
     * Each publisher held out, over a grid of thresholds: the worst and mean precision and recall of Nutgraf with cue
     * verbs learnt on the other publishers. The rule, fixed before the grid was printed: of the settings whose worst
     * precision is at least {@value #PRECISION_BAR}, the one with the highest worst recall (ties to more cues, then a
     * higher rate).
     */
    private void sweep(List<Doc> train, PrintWriter out) {
        out.println("## The speaker rule's learnt cue lists, each publisher held out (PolNeAR train; --secondary-rate="
                + thresholds.secondaryRate + " --noun-rate=" + thresholds.nounRate + " --report-rate=" + thresholds.reportRate + ")");
        out.println();
        out.println("| min cues | min rate | verbs (all train) | worst precision | worst recall | mean precision "
                + "| mean recall |");
        out.println("|---|---|---|---|---|---|---|");
        Map<String, int[]> all = cueCounts(train);
        double bestRecall = -1;
        String best = "none";
        for (int mc : new int[] {3, 5, 8, 15, 30}) {
            for (double mr : new double[] {0.1, 0.2, 0.3, 0.5}) {
                Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(mc, mr, thresholds.secondaryRate, thresholds.nounRate, thresholds.reportRate),
                        false).get(NUTGRAF));
                Summary m = Summary.of(heldOutScores(train, one, null, 0, invocation.err()).get(NUTGRAF).values());
                out.printf(Locale.ROOT, "| %d | %.1f | %d | %.3f | %.3f | %.3f | %.3f |%n", mc, mr,
                        learnt(all, mc, mr).size(), m.worstPrecision(), m.worstRecall(), m.meanPrecision(),
                        m.meanRecall());
                out.flush();
                if (m.worstPrecision() >= PRECISION_BAR && m.worstRecall() >= bestRecall) {
                    bestRecall = m.worstRecall();
                    best = String.format(Locale.ROOT, "--speaker-min-cues=%d --speaker-min-rate=%s", mc, mr);
                }
            }
        }
        out.println();
        out.printf("Chosen (highest worst recall with worst precision >= %.2f): %s%n", PRECISION_BAR, best);
    }

    /** The precision bar, which every held-out publisher must meet. */
    static final double PRECISION_BAR = 0.85;
}
