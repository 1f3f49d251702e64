package org.nutgraf.lab.claims;

import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.ModelHeader;
import org.nutgraf.lab.claims.PolnearArticles.Doc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code speakers-train}: learns the lists the service's attribution rule reads from PolNeAR train
 * ({@link SpeakerLists}) and writes them with their provenance: the check-worthiness feature's cue verbs
 * ({@code claims/cue-verbs.tsv}), and the speaker rule's cue verbs, secondary cue verbs, speaker nouns and reporting
 * nouns ({@code claims/speaker-*.tsv}). The defaults are the shipped thresholds, chosen with each publisher held out
 * by {@code speakers-eval --sweep}, {@code --sweep-secondary} and {@code --sweep-reporting}; the same data gives the
 * same files, byte for byte. PolNeAR dev is never read.
 */
@Command(name = "speakers-train",
        description = {"Learns the cue verbs and the speaker lists and writes them",
                "Counts on PolNeAR train (all publishers; dev never read); the defaults are the shipped thresholds."})
public final class SpeakersTraining implements Callable<Integer> {

    private static final String TRAINER = "counts and rate thresholds (org.nutgraf.lab.claims.SpeakerLists)";
    private static final String SEED = "none (counting; nothing is random)";

    @Mixin
    private Invocation invocation;

    @Mixin
    private SpeakerThresholds thresholds;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "src/main/resources/claims",
            description = "where to write the five lists, named as the service's (default: ${DEFAULT-VALUE}, the "
                    + "service's own)")
    private Path dir;

    @Option(names = "--min-cues", defaultValue = "8",
            description = "the check-worthiness feature's cue verbs (" + Attributions.CUES + "): a cue in at least "
                    + "this many train attributions (default: ${DEFAULT-VALUE})")
    private int minCues;

    @Option(names = "--min-rate", defaultValue = "0.2",
            description = "and at least this share of its verb uses in train are cues (default: ${DEFAULT-VALUE})")
    private double minRate;

    @Override
    public Integer call() throws Exception {
        Path root = invocation.shared().data(PolnearArticles.SET);
        if (!PolnearArticles.present(invocation, root)) {
            return 0;
        }
        List<Doc> train = PolnearArticles.read(root, "train", invocation.err());
        String data = "PolNeAR train (" + train.size() + " articles, all publishers; one annotator each, the first"
                + " id in sort order; dev not read)";
        String dataSha256 = ModelHeader.dataSha256(invocation.shared().root(), PolnearArticles.files(root, "train"));
        ModelHeader cueHeader = new ModelHeader(command(), data, dataSha256, TRAINER, String.format(Locale.ROOT,
                "min-cues %d, min-rate %s", minCues, minRate), SEED);
        ModelHeader listHeader = new ModelHeader(command(), data, dataSha256, TRAINER, String.format(Locale.ROOT,
                "speaker-min-cues %d, speaker-min-rate %s, secondary-rate %s, noun-rate %s, report-rate %s",
                thresholds.minCues, thresholds.minRate, thresholds.secondaryRate, thresholds.nounRate, thresholds.reportRate), SEED);
        Files.createDirectories(dir);
        Map<String, int[]> cues = SpeakerLists.cueCounts(train);
        write(cueHeader, cues, SpeakerLists.learnt(cues, minCues, minRate), Attributions.CUES, "cues", """
                Cue verbs of attribution, learnt from PolNeAR train (%d articles, one annotator each: the first id \
                in sort order).
                A lemma is kept when verbs with it are in the cue of at least min-cues attributions with a source and
                at least min-rate of its verb uses (tags VB*, claims pipeline) are in such a cue. The list of the
                check-worthiness feature (Attributions.statedIn), kept as the model was trained; speakers use \
                speaker-cue-verbs.tsv.""".formatted(train.size()));
        String learnt = "Learnt from PolNeAR train (" + train.size() + " articles, one annotator each: the first id in"
                + " sort order).\n";
        String chosen = "\nThresholds chosen with each publisher held out (speakers-eval --sweep, --sweep-secondary,"
                + " --sweep-reporting).";
        write(listHeader, cues, SpeakerLists.learnt(cues, thresholds.minCues, thresholds.minRate), Attributions.SPEAKER_CUES,
                "sources or cues", learnt + """
                The speaker rule's cue verbs: a lemma in the cue of at least speaker-min-cues attributions with a \
                source and
                at least speaker-min-rate of its verb uses (tags VB*, claims pipeline) are in such a cue.""" + chosen);
        write(listHeader, cues, SpeakerLists.secondary(cues, thresholds.minCues, thresholds.secondaryRate, thresholds.minRate),
                Attributions.SECONDARY, "sources or cues", learnt + """
                Secondary cue verbs: a lemma with at least speaker-min-cues cues whose rate is at least secondary-rate \
                and below speaker-min-rate;
                a cue only when its subject is like a speaker (Attributions.Part.SECONDARY_CUES). Counts as in \
                cue-verbs.tsv.""" + chosen);
        Map<String, int[]> nouns = SpeakerLists.nounCounts(train);
        write(listHeader, nouns, SpeakerLists.learnt(nouns, thresholds.minCues, thresholds.nounRate), Attributions.SPEAKER_NOUNS,
                "sources or cues", learnt + """
                Speaker nouns: a common noun lemma that heads at least speaker-min-cues annotated sources (its last \
                common noun before a
                comma, of, for, at, from, who, which) and at least noun-rate of its uses (tags NN, NNS).""" + chosen);
        Map<String, int[]> reporting = SpeakerLists.reportingCounts(train);
        write(listHeader, reporting, SpeakerLists.learnt(reporting, thresholds.minCues, thresholds.reportRate),
                Attributions.REPORTING_NOUNS, "sources or cues", learnt + """
                Reporting nouns: a common noun lemma in the cue of at least speaker-min-cues annotated attributions \
                with a source and
                at least report-rate of its uses (tags NN, NNS); its owner is the speaker \
                (Attributions.Part.REPORTING_NOUNS).""" + chosen);
        return 0;
    }

    /** The command that remakes the files: the thresholds that differ from the defaults, not where they go. */
    private String command() {
        List<String> options = new ArrayList<>();
        option(options, "--min-cues", minCues, 8);
        option(options, "--min-rate", minRate, 0.2);
        option(options, "--speaker-min-cues", thresholds.minCues, 3);
        option(options, "--speaker-min-rate", thresholds.minRate, 0.3);
        option(options, "--secondary-rate", thresholds.secondaryRate, 0.15);
        option(options, "--noun-rate", thresholds.nounRate, 0.05);
        option(options, "--report-rate", thresholds.reportRate, 0.1);
        return String.join(" ", options).isEmpty() ? "lab/run speakers-train"
                : "lab/run speakers-train " + String.join(" ", options);
    }

    private static void option(List<String> options, String name, double value, double byDefault) {
        if (value != byDefault) {
            options.add(name + "=" + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)));
        }
    }

    /**
     * Writes one list: the provenance keys, the free text as {@code #} lines, a column header, then a lemma per line
     * with its count, its uses and its rate, most counted first, then by lemma.
     */
    private void write(ModelHeader header, Map<String, int[]> counts, Set<String> keep, String resource,
                       String countColumn, String text) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName());
        StringBuilder b = new StringBuilder(header.lines());
        text.lines().forEach(l -> b.append("# ").append(l).append('\n'));
        b.append("lemma\t").append(countColumn).append("\tuses\trate\n");
        keep.stream().sorted(Comparator.comparingInt((String l) -> -counts.get(l)[0]).thenComparing(l -> l))
                .forEach(l -> b.append(l).append('\t').append(counts.get(l)[0]).append('\t').append(counts.get(l)[1])
                        .append('\t').append(String.format(Locale.ROOT, "%.3f", (double) counts.get(l)[0]
                                / counts.get(l)[1])).append('\n'));
        Files.writeString(file, b, StandardCharsets.UTF_8);
        invocation.out().printf("%d lemmas written to %s%n", keep.size(), file);
    }
}
