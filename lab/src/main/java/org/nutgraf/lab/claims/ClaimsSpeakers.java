package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.Attribution;
import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

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
 * <b>Data.</b> Each article is read with the service's claims pipeline (cached under {@code lab/target/claims-cache}).
 * An article annotated by several annotators is judged against one: the first annotator id in sort order among its
 * {@code .ann} files. Offsets in {@code attributions.tsv} count code points; they are converted to UTF-16.
 * <p>
 * <b>Unit.</b> An annotated attribution <i>with a source</i> whose content span overlaps at least one sentence as
 * Nutgraf splits the article ("its content sentences").
 * <p>
 * <b>Match.</b> A speaker matches an attribution when (a) the speaker's head word (its last word before any "of",
 * "for", "at", "from", lower-cased, possessive stripped) is one of the words of the annotated source text, or (b) the
 * words the sentence names the speaker with overlap the annotated source span, and, when the speaker was resolved
 * from a pronoun, its head word is also a word of the <i>antecedent</i>: the nearest annotated source before the
 * pronoun in the same article that holds a proper noun (by the tagger). PolNeAR has no coreference, so the
 * antecedent is a proxy: the named speaker the annotators marked last.
 * <p>
 * <b>Precision</b>: of the sentences where a system gives a speaker and which overlap the content of at least one
 * unit, the share whose speaker matches one of those units. <b>Recall</b>: of the units, the share with a content
 * sentence whose speaker matches it. <b>Any speaker</b>: of the units, the share with a content sentence that gets
 * any speaker. <b>Sentence recall</b>: of the sentences that overlap the content of a unit (a key claim is one
 * sentence), the share whose speaker matches one of those units. <b>Pronoun accuracy</b>: of the sentences whose speaker was resolved from a pronoun that overlaps an
 * annotated source, the share whose name matches that source's antecedent.
 */
@Command(name = "speakers-eval",
        description = {"Speakers of key claims against PolNeAR's attributions",
                "Precision and recall of the speaker on PolNeAR train with each publisher held out (worst and "
                        + "mean), beside baselines; dev, the test part, only with --test; learns the cue verbs "
                        + "(--learn-cues) and the speaker lists (--learn-speaker-lists), sweeps their thresholds by "
                        + "the worst publisher (--sweep, --sweep-secondary, --sweep-reporting) and times extra "
                        + "annotators (--cost)."})
public final class ClaimsSpeakers implements Callable<Integer> {

    /** The reporting verbs the service's attribution rule used before the learnt list, typed by hand. */
    static final Set<String> HAND_VERBS = Set.of("say", "tell", "warn", "claim", "state", "insist", "argue", "add",
            "explain", "note", "announce", "report", "allege", "admit", "confirm", "suggest", "predict", "estimate",
            "declare", "acknowledge", "write", "testify", "assert", "maintain", "contend", "caution", "promise",
            "reveal", "stress", "point");


    static final String SET = "polnear";
    private static final int WARM_UP = 20;
    private static final Set<String> CUT = Set.of("of", "for", "at", "from");

    @Mixin
    private Invocation invocation;

    @Option(names = "--test", description = "also score PolNeAR dev, the test part, with the shipped rule (cue "
            + "verbs learnt on all of train): once per candidate that would ship; without it no dev figure is printed")
    private boolean test;

    @Option(names = "--in-sample", description = "also print the train table with the shipped rule, in-sample (its "
            + "cue verbs were learnt on these articles)")
    private boolean inSample;

    @Option(names = "--publisher", paramLabel = "NAME", description = "the held-out publisher whose errors --show "
            + "prints (default: the one with the lowest recall)")
    private String publisher;

    @Option(names = "--learn-cues", paramLabel = "FILE",
            description = "write the cue verbs learnt from the train split to FILE (the service's is "
                    + "src/main/resources/" + Attributions.CUES + ")")
    private Path learnCues;

    @Option(names = "--learn-speaker-lists", paramLabel = "DIR",
            description = "write the secondary cue verbs, the speaker nouns and the reporting nouns learnt from the "
                    + "train split to DIR, named as the service's in src/main/resources/claims")
    private Path learnSpeakerLists;

    @Option(names = "--min-cues", defaultValue = "8",
            description = "the check-worthiness feature's cue verbs (--learn-cues, " + Attributions.CUES + "): a cue in at "
                    + "least this many train attributions (default: ${DEFAULT-VALUE}, the shipped list's)")
    private int minCues;

    @Option(names = "--min-rate", defaultValue = "0.2",
            description = "and at least this share of its verb uses in train are cues (default: ${DEFAULT-VALUE})")
    private double minRate;

    @Option(names = "--speaker-min-cues", defaultValue = "3",
            description = "the speaker rule's cue verbs (" + Attributions.SPEAKER_CUES + "): a cue in at least this "
                    + "many train attributions (default: ${DEFAULT-VALUE}, chosen by --sweep)")
    private int speakerMinCues;

    @Option(names = "--speaker-min-rate", defaultValue = "0.3",
            description = "and at least this share of its verb uses in train are cues (default: ${DEFAULT-VALUE})")
    private double speakerMinRate;

    @Option(names = "--secondary-rate", defaultValue = "0.15",
            description = "a verb with at least --min-cues cues whose rate is below --min-rate but at least this is a "
                    + "secondary cue, which counts when its subject is like a speaker (default: ${DEFAULT-VALUE})")
    private double secondaryRate;

    @Option(names = "--noun-rate", defaultValue = "0.05",
            description = "a common noun is a speaker noun when it heads at least --min-cues annotated sources and at "
                    + "least this share of its noun uses in train (default: ${DEFAULT-VALUE})")
    private double nounRate;

    @Option(names = "--report-rate", defaultValue = "0.1",
            description = "a common noun is a reporting noun when it is in the cue of at least --min-cues annotated "
                    + "attributions with a source and at least this share of its noun uses (default: ${DEFAULT-VALUE})")
    private double reportRate;

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

    /** One annotated attribution with a source, offsets in UTF-16. */
    record Gold(int sourceStart, int sourceEnd, String source, int cueStart, int cueEnd, String cue,
                int contentStart, int contentEnd) {
    }

    /** One article, its chosen annotator's attributions with a source, and the article as read. */
    record Doc(String split, String name, String annotator, String publisher, String text, List<Gold> gold,
               Article article) {
    }

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
        Path root = invocation.shared().data(SET);
        if (!invocation.present(root.resolve("attributions.tsv"), root.resolve("text"),
                root.resolve("attributions"), root.resolve("metadata.tsv"))) {
            return 0;
        }
        PrintWriter out = invocation.out();
        PrintWriter err = invocation.err();
        if (cost != null && !cost.isEmpty()) {
            return cost(root, out, err);
        }
        List<Doc> train = read(root, "train", err);
        if (learnCues != null) {
            writeCues(train, learnCues, out);
            return 0;
        }
        if (learnSpeakerLists != null) {
            Files.createDirectories(learnSpeakerLists);
            Map<String, int[]> cues = cueCounts(train);
            writeList(train, cues, learnt(cues, speakerMinCues, speakerMinRate),
                    learnSpeakerLists.resolve(Path.of(Attributions.SPEAKER_CUES).getFileName()),
                    "The speaker rule's cue verbs: a lemma in the cue of at least speaker-min-cues attributions with a "
                            + "source and\n# at least speaker-min-rate of its verb uses (tags VB*, claims pipeline) are "
                            + "in such a cue.", out);
            writeList(train, cues, secondary(cues, speakerMinCues, secondaryRate, speakerMinRate),
                    learnSpeakerLists.resolve(Path.of(Attributions.SECONDARY).getFileName()),
                    "Secondary cue verbs: a lemma with at least speaker-min-cues cues whose rate is at least "
                            + "secondary-rate and below speaker-min-rate;\n# a cue only when its subject is like a speaker (Attributions.Part."
                            + "SECONDARY_CUES). Counts as in cue-verbs.tsv.", out);
            Map<String, int[]> nouns = nounCounts(train);
            writeList(train, nouns, learnt(nouns, speakerMinCues, nounRate),
                    learnSpeakerLists.resolve(Path.of(Attributions.SPEAKER_NOUNS).getFileName()),
                    "Speaker nouns: a common noun lemma that heads at least speaker-min-cues annotated sources (its last "
                            + "common noun before a\n# comma, of, for, at, from, who, which) and at least noun-rate of "
                            + "its uses (tags NN, NNS).", out);
            Map<String, int[]> reporting = reportingCounts(train);
            writeList(train, reporting, learnt(reporting, speakerMinCues, reportRate),
                    learnSpeakerLists.resolve(Path.of(Attributions.REPORTING_NOUNS).getFileName()),
                    "Reporting nouns: a common noun lemma in the cue of at least speaker-min-cues annotated "
                            + "attributions with a source and\n# at least report-rate of its uses (tags NN, NNS); its owner is the speaker "
                            + "(Attributions.Part.REPORTING_NOUNS).", out);
            return 0;
        }
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
        heldOut(train, systems(new Settings(speakerMinCues, speakerMinRate, secondaryRate, nounRate, reportRate), ablations), publisher, show,
                out, err);
        if (inSample) {
            out.println();
            table(Map.of("train", train), List.of("train"), ablations, 0, out, err);
        }
        if (test) {
            out.println();
            out.println("PolNeAR dev is the test part: read once per candidate that would ship.");
            out.println();
            table(Map.of("dev", read(root, "dev", err)), List.of("dev"), ablations, 0, out, err);
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
        systems.put("baseline: first PERSON entity in the sentence", train -> ClaimsSpeakers::firstPerson);
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

    /** The thresholds of what is learnt from train. */
    record Settings(int minCues, double minRate, double secondaryRate, double nounRate, double reportRate) {

        /** The finder learnt from these train articles. */
        Attributions learn(List<Doc> train, Set<Attributions.Part> parts) {
            Map<String, int[]> counts = cueCounts(train);
            return new Attributions(learnt(counts, minCues, minRate), secondary(counts, minCues, secondaryRate,
                    minRate), learnt(nounCounts(train), minCues, nounRate),
                    learnt(reportingCounts(train), minCues, reportRate), parts);
        }
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
        systems.put("baseline: first PERSON entity in the sentence", ClaimsSpeakers::firstPerson);
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

    // ---- reading ----

    /** The split's articles with their chosen annotator's attributions, read with the claims pipeline. */
    static List<Doc> read(Path root, String split, PrintWriter err) throws Exception {
        PartsRead.record(SET, split);
        Path textDir = root.resolve("text").resolve(split);
        List<String> names;
        try (Stream<Path> files = Files.list(textDir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        Map<String, String> annotator = new HashMap<>();
        try (Stream<Path> files = Files.list(root.resolve("attributions").resolve(split))) {
            for (String f : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann")).sorted()
                    .toList()) {
                int u = f.lastIndexOf('_');
                annotator.merge(f.substring(0, u), f.substring(u + 1, f.length() - 4),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<String, String> publisher = new HashMap<>();
        List<String> meta = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> metaHeader = List.of(meta.get(0).split("\t", -1));
        for (String line : meta.subList(1, meta.size())) {
            String[] r = line.split("\t", -1);
            publisher.put(r[metaHeader.indexOf("filename")], r[metaHeader.indexOf("publisher")]);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String n : names) {
            texts.put(n, Files.readString(textDir.resolve(n + ".txt"), StandardCharsets.UTF_8));
        }
        Map<String, List<Gold>> gold = new HashMap<>();
        List<String> lines = Files.readAllLines(root.resolve("attributions.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int cSplit = header.indexOf("split");
        int cDoc = header.indexOf("doc");
        int cAnn = header.indexOf("annotator");
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split("\t", -1);
            if (!r[cSplit].equals(split) || !r[cAnn].equals(annotator.get(r[cDoc])) || !texts.containsKey(r[cDoc])
                    || field(r, header, "source_start").isEmpty() || field(r, header, "content_start").isEmpty()) {
                continue;
            }
            String text = texts.get(r[cDoc]);
            boolean cue = !field(r, header, "cue_start").isEmpty();
            gold.computeIfAbsent(r[cDoc], k -> new ArrayList<>()).add(new Gold(
                    utf16(text, field(r, header, "source_start")), utf16(text, field(r, header, "source_end")),
                    field(r, header, "source_text"),
                    cue ? utf16(text, field(r, header, "cue_start")) : -1,
                    cue ? utf16(text, field(r, header, "cue_end")) : -1, field(r, header, "cue_text"),
                    utf16(text, field(r, header, "content_start")), utf16(text, field(r, header, "content_end"))));
        }
        List<Article> articles = AnnotationCache.articles(SET + "-" + split, new ArrayList<>(texts.values()), err);
        List<Doc> docs = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<Gold> g = new ArrayList<>(gold.getOrDefault(e.getKey(), List.of()));
            g.sort(Comparator.comparingInt(Gold::sourceStart));
            docs.add(new Doc(split, e.getKey(), annotator.get(e.getKey()), publisher.get(e.getKey()), e.getValue(), g,
                    articles.get(i++)));
        }
        return docs;
    }

    private static String field(String[] row, List<String> header, String name) {
        return row[header.indexOf(name)];
    }

    /** A Python (code point) offset as a Java (UTF-16) one. */
    static int utf16(String text, String codePoints) {
        int cp = Integer.parseInt(codePoints);
        return text.chars().noneMatch(c -> Character.isSurrogate((char) c)) ? cp : text.offsetByCodePoints(0, cp);
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

    /** The match rule of the class comment. */
    static boolean matches(Doc d, Attribution a, Gold g) {
        String head = head(a.speaker());
        if (head.isEmpty()) {
            return false;
        }
        if (words(g.source()).contains(head)) {
            return true;
        }
        if (a.speakerStart() < 0 || !overlaps(a.speakerStart(), a.speakerEnd(), g.sourceStart(), g.sourceEnd())) {
            return false;
        }
        if (!a.resolved()) {
            return true;
        }
        Gold antecedent = antecedent(d, g);
        return antecedent != null && words(antecedent.source()).contains(head);
    }

    /** The nearest annotated source before {@code g}'s that holds a proper noun, or null. */
    static Gold antecedent(Doc d, Gold g) {
        Gold best = null;
        for (Gold o : d.gold()) {
            if (o.sourceEnd() <= g.sourceStart() && (best == null || o.sourceEnd() > best.sourceEnd())
                    && hasProperNoun(d, o)) {
                best = o;
            }
        }
        return best;
    }

    private static boolean hasProperNoun(Doc d, Gold g) {
        for (Sentence s : d.article().sentences()) {
            if (s.end() <= g.sourceStart() || s.start() >= g.sourceEnd()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= g.sourceStart() && t.end() <= g.sourceEnd() && t.isProperNoun()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    /** The speaker's head word: its last word before any "of", "for", "at", "from", normalised. */
    static String head(String speaker) {
        List<String> w = new ArrayList<>();
        for (String word : speaker.split("\\s+")) {
            String n = normal(word);
            if (CUT.contains(n) && !w.isEmpty()) {
                break;
            }
            if (!n.isEmpty()) {
                w.add(n);
            }
        }
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The normalised words of an annotated text. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.split("[\\s\u2026]+")) {
            String n = normal(word);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    // ---- learning the cue verbs ----

    /** Per verb lemma in train: how many attributions use it as (part of) their cue, and how often it occurs. */
    static Map<String, int[]> cueCounts(List<Doc> train) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Doc d : train) {
            for (Sentence s : d.article().sentences()) {
                for (Token t : s.tokens()) {
                    if (t.tag().startsWith("VB")) {
                        counts.computeIfAbsent(t.lemma(), k -> new int[2])[1]++;
                    }
                }
            }
            for (Gold g : d.gold()) {
                Set<String> lemmas = new HashSet<>();
                for (Sentence s : d.article().sentences()) {
                    if (s.end() <= g.cueStart() || s.start() >= g.cueEnd()) {
                        continue;
                    }
                    for (Token t : s.tokens()) {
                        if (t.start() >= g.cueStart() && t.end() <= g.cueEnd() && t.tag().startsWith("VB")) {
                            lemmas.add(t.lemma());
                        }
                    }
                }
                lemmas.forEach(l -> counts.computeIfAbsent(l, k -> new int[2])[0]++);
            }
        }
        return counts;
    }

    /** The verbs with at least {@code minCues} cues whose rate is at least {@code from} and below {@code to}. */
    static Set<String> secondary(Map<String, int[]> counts, int minCues, double from, double to) {
        Set<String> out = new TreeSet<>(learnt(counts, minCues, from));
        out.removeAll(learnt(counts, minCues, to));
        return out;
    }

    /**
     * A common noun as the lists count it: tagged NN or NNS and written in lower-case letters (hyphens allowed), so
     * that a name the tagger took for a noun, a symbol or a stray code is never learnt.
     */
    static boolean commonNoun(Token t) {
        return (t.tag().equals("NN") || t.tag().equals("NNS")) && t.word().matches("[a-z]+(-[a-z]+)*");
    }

    /** Per common noun lemma in train: {0, its uses}, for the counts below to fill the first slot of. */
    private static Map<String, int[]> commonNounUses(List<Doc> train) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Doc d : train) {
            for (Sentence s : d.article().sentences()) {
                for (Token t : s.tokens()) {
                    if (commonNoun(t)) {
                        counts.computeIfAbsent(t.lemma(), k -> new int[2])[1]++;
                    }
                }
            }
        }
        return counts;
    }

    /** Per common noun lemma in train: how many attributions with a source have it in their cue, and its uses. */
    static Map<String, int[]> reportingCounts(List<Doc> train) {
        Map<String, int[]> counts = commonNounUses(train);
        for (Doc d : train) {
            for (Gold g : d.gold()) {
                Set<String> lemmas = new HashSet<>();
                for (Sentence s : d.article().sentences()) {
                    if (s.end() <= g.cueStart() || s.start() >= g.cueEnd()) {
                        continue;
                    }
                    for (Token t : s.tokens()) {
                        if (t.start() >= g.cueStart() && t.end() <= g.cueEnd() && commonNoun(t)) {
                            lemmas.add(t.lemma());
                        }
                    }
                }
                lemmas.forEach(l -> counts.computeIfAbsent(l, k -> new int[2])[0]++);
            }
        }
        return counts;
    }

    /**
     * Per common noun lemma in train: how many annotated sources it heads (the last common noun of the source
     * before a comma, "of", "for", "at", "from", "who" or "which"), and how often it occurs (tags NN, NNS).
     */
    static Map<String, int[]> nounCounts(List<Doc> train) {
        Map<String, int[]> counts = commonNounUses(train);
        for (Doc d : train) {
            for (Gold g : d.gold()) {
                Token head = null;
                boolean cut = false;
                for (Sentence s : d.article().sentences()) {
                    if (s.end() <= g.sourceStart() || s.start() >= g.sourceEnd()) {
                        continue;
                    }
                    for (Token t : s.tokens()) {
                        if (cut || t.start() < g.sourceStart() || t.end() > g.sourceEnd()) {
                            continue;
                        }
                        String w = t.word().toLowerCase(Locale.ROOT);
                        if (head != null && (w.equals(",") || CUT.contains(w) || w.equals("who") || w.equals("which"))) {
                            cut = true;
                        } else if (commonNoun(t)) {
                            head = t;
                        }
                    }
                }
                if (head != null) {
                    counts.computeIfAbsent(head.lemma(), k -> new int[2])[0]++;
                }
            }
        }
        return counts;
    }

    private void sweepReporting(List<Doc> train, PrintWriter out) {
        out.println("## Reporting nouns, each publisher held out (PolNeAR train; --speaker-min-cues=" + speakerMinCues
                + " --speaker-min-rate=" + speakerMinRate + " --secondary-rate=" + secondaryRate + " --noun-rate=" + nounRate + ")");
        out.println();
        out.println("| report rate | nouns (all train) | worst precision | worst recall | worst sentence recall "
                + "| mean precision | mean recall |");
        out.println("|---|---|---|---|---|---|---|");
        Map<String, int[]> all = reportingCounts(train);
        double bestRecall = -1;
        String best = "none";
        for (double rr : new double[] {1, 0.5, 0.3, 0.2, 0.1, 0.05}) {
            Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(speakerMinCues, speakerMinRate,
                    secondaryRate, nounRate, rr), false).get(NUTGRAF));
            Summary m = Summary.of(heldOutScores(train, one, null, 0, invocation.err()).get(NUTGRAF).values());
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", rr, learnt(all, speakerMinCues, rr)
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
                + speakerMinCues + " --speaker-min-rate=" + speakerMinRate + ")");
        out.println();
        out.println("| secondary rate | noun rate | worst precision | worst recall | mean precision | mean recall |");
        out.println("|---|---|---|---|---|---|");
        double bestRecall = -1;
        String best = "none";
        for (double sr : new double[] {speakerMinRate, 0.2, 0.15, 0.1, 0.05}) {
            for (double nr : new double[] {0.05, 0.1, 0.2, 0.3}) {
                Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(speakerMinCues, speakerMinRate, sr, nr, reportRate), false)
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

    static Set<String> learnt(Map<String, int[]> counts, int minCues, double minRate) {
        Set<String> out = new TreeSet<>();
        counts.forEach((lemma, c) -> {
            if (c[0] >= minCues && c[1] > 0 && (double) c[0] / c[1] >= minRate) {
                out.add(lemma);
            }
        });
        return out;
    }

    /**
     * Each publisher held out, over a grid of thresholds: the worst and mean precision and recall of Nutgraf with cue
     * verbs learnt on the other publishers. The rule, fixed before the grid was printed: of the settings whose worst
     * precision is at least {@value #PRECISION_BAR}, the one with the highest worst recall (ties to more cues, then a
     * higher rate).
     */
    private void sweep(List<Doc> train, PrintWriter out) {
        out.println("## The speaker rule's learnt cue lists, each publisher held out (PolNeAR train; --secondary-rate="
                + secondaryRate + " --noun-rate=" + nounRate + " --report-rate=" + reportRate + ")");
        out.println();
        out.println("| min cues | min rate | verbs (all train) | worst precision | worst recall | mean precision "
                + "| mean recall |");
        out.println("|---|---|---|---|---|---|---|");
        Map<String, int[]> all = cueCounts(train);
        double bestRecall = -1;
        String best = "none";
        for (int mc : new int[] {3, 5, 8, 15, 30}) {
            for (double mr : new double[] {0.1, 0.2, 0.3, 0.5}) {
                Map<String, Learner> one = Map.of(NUTGRAF, systems(new Settings(mc, mr, secondaryRate, nounRate, reportRate),
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

    private void writeList(List<Doc> train, Map<String, int[]> counts, Set<String> keep, Path file, String what,
                           PrintWriter out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Learnt from PolNeAR train (").append(train.size())
                .append(" articles, one annotator each: the first id in sort order) by\n");
        b.append(String.format(Locale.ROOT, "# lab/run claims-speakers --learn-speaker-lists=DIR --speaker-min-cues=%d"
                + " --speaker-min-rate=%s --secondary-rate=%s --noun-rate=%s --report-rate=%s%n", speakerMinCues,
                speakerMinRate, secondaryRate, nounRate, reportRate));
        b.append("# ").append(what).append("\n# Thresholds chosen with each publisher held out (--sweep, "
                + "--sweep-secondary, --sweep-reporting).\n");
        b.append("lemma\tsources or cues\tuses\trate\n");
        keep.stream().sorted(Comparator.comparingInt((String l) -> -counts.get(l)[0]).thenComparing(l -> l))
                .forEach(l -> b.append(l).append('\t').append(counts.get(l)[0]).append('\t').append(counts.get(l)[1])
                        .append('\t').append(String.format(Locale.ROOT, "%.3f", (double) counts.get(l)[0]
                                / counts.get(l)[1])).append('\n'));
        Files.writeString(file, b, StandardCharsets.UTF_8);
        out.printf("%d lemmas written to %s%n", keep.size(), file);
    }

    private void writeCues(List<Doc> train, Path file, PrintWriter out) throws IOException {
        Map<String, int[]> counts = cueCounts(train);
        Set<String> keep = learnt(counts, minCues, minRate);
        StringBuilder b = new StringBuilder();
        b.append("# Cue verbs of attribution, learnt from PolNeAR train (").append(train.size())
                .append(" articles, one annotator each: the first id in sort order) by\n");
        b.append("# lab/run claims-speakers --learn-cues=FILE --min-cues=").append(minCues).append(" --min-rate=")
                .append(minRate).append('\n');
        b.append("# A lemma is kept when verbs with it are in the cue of at least min-cues attributions with a source")
                .append(" and\n# at least min-rate of its verb uses (tags VB*, claims pipeline) are in such a cue.")
                .append(" The list of the\n# check-worthiness feature (Attributions.statedIn), kept as the model was")
                .append(" trained; speakers use speaker-cue-verbs.tsv.\n");
        b.append("lemma\tcues\tuses\trate\n");
        keep.stream().sorted(Comparator.comparingInt((String l) -> -counts.get(l)[0]).thenComparing(l -> l))
                .forEach(l -> b.append(l).append('\t').append(counts.get(l)[0]).append('\t').append(counts.get(l)[1])
                        .append('\t').append(String.format(Locale.ROOT, "%.3f", (double) counts.get(l)[0]
                                / counts.get(l)[1])).append('\n'));
        Files.writeString(file, b, StandardCharsets.UTF_8);
        out.printf("%d cue verbs written to %s%n", keep.size(), file);
    }

    // ---- annotator costs ----

    private int cost(Path root, PrintWriter out, PrintWriter err) throws IOException {
        Path textDir = root.resolve("text").resolve("train");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(textDir)) {
            List<Path> sorted = files.sorted().toList();
            for (int i = 0; i < sorted.size(); i += 10) {
                texts.add(Files.readString(sorted.get(i), StandardCharsets.UTF_8));
            }
        }
        PipelineSettings base = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        out.println("## Cost of annotators on PolNeAR train (" + texts.size() + " articles, every tenth, one thread, each pipeline "
                + "after " + WARM_UP + " warm-up articles; the claims pipeline first and again last)");
        out.println();
        out.println("| pipeline | ms per article p50 | total s | load ms |");
        out.println("|---|---|---|---|");
        List<String> extras = new ArrayList<>();
        extras.add("");
        extras.addAll(cost);
        extras.add("");
        for (String extra : extras) {
            Map<String, String> props = new TreeMap<>(base.properties());
            if (extra.equals("quote")) {
                props.put("quote.attributeQuotes", "false");
            }
            PipelineSettings settings = new PipelineSettings(extra.isEmpty() ? base.annotators()
                    : base.annotators() + "," + extra.replace('+', ','), props);
            ArticleReader reader = ArticleReader.load(settings);
            for (int i = 0; i < Math.min(WARM_UP, texts.size()); i++) {
                reader.read(texts.get(i), null);
            }
            double[] ms = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                reader.read(texts.get(i), null);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            double total = Arrays.stream(ms).sum() / 1000;
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d |%n", settings.annotators(), Timing.median(ms), total,
                    reader.loadMillis());
            out.flush();
            err.flush();
        }
        return 0;
    }
}
