package org.nutgraf.lab.summary;

import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.eval.Rouge;
import org.nutgraf.lab.eval.RougeScores;
import org.nutgraf.lab.summary.SummaryRuns.Outcome;
import org.nutgraf.lab.summary.SummarySets.Item;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.model.LinearModel;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.LeadTrust;
import org.nutgraf.summary.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * {@code summary-eval}: the README's quality table. On one part of every summary set ({@link SummarySets}), dev
 * unless {@code --part} names another, and on all of them pooled: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of the shipped default ({@code news}, the bundled
 * model) and of LEAD-3, the default's margin over LEAD-3 with a 95% bootstrap interval (articles resampled, seeded),
 * and the share of chosen sentences that dangle by the evaluator's own rule; beside them, the best peer that the
 * shared folder's README publishes for the whole set ({@link PublishedPeers}). The test parts are read only with
 * {@code --part=TEST}, and the sets held out whole only with {@code --unseen}: once per model that would ship.
 */
@Command(name = "summary-eval",
        description = {"The default summary against LEAD on a track's dev part",
                "ROUGE-1/2/Lsum, margins with 95%% bootstrap intervals, dangling and long sentences; dev unless"
                        + " --part=TEST or --unseen."})
public final class SummaryQuality implements Callable<Integer> {

    private static final int RESAMPLES = 1000;

    /** Words above which a chosen sentence is a run-on for the "long" column (the measure the issue of run-ons set). */
    static final int LONG_SENTENCE = 60;
    private static final long SEED = 20261201L;

    @Mixin
    private Invocation run;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "DEV",
            description = "the part scored: DEV (default), TRAIN, or TEST (asked for by name, once per model that "
                    + "would ship)")
    private Part part;

    @Option(names = "--unseen",
            description = "score the sets held out whole (every part; once per model that would ship) instead")
    private boolean unseen;

    @Option(names = "--track", defaultValue = "ENGLISH",
            description = "ENGLISH (default: cnn_val, bbc, writers at 3 sentences) or LUCENE (orangesum at 1)")
    private Track track;

    @Option(names = "--k", paramLabel = "N", description = "sentences per summary (default: the track's, 3 or 1)")
    private Integer sentences;

    @Option(names = "--algorithms", split = ",", paramLabel = "A", defaultValue = "news",
            description = "algorithms beside LEAD-3 (default: news)")
    private List<String> algorithms;

    @Override
    public Integer call() {
        List<String> sources = unseen ? track.unseen() : track.sources();
        if (sources.isEmpty() || !run.present(run.shared().data(sources.get(0)))) {
            return 0;
        }
        List<Part> parts = unseen ? List.of(Part.values()) : List.of(part);
        List<Item> items = SummarySets.read(run.shared(), track, sources, parts, 0, run.err());
        Rouge rouge = track.rouge();
        int k = sentences != null ? sentences : track.k();
        Path file = Path.of(track.file());
        Path trust = file.resolveSibling(SummaryTraining.LEAD_TRUST_FILE);
        Summarizer summarizer = new Summarizer(read(file),
                track.learnsLeadTrust() ? new LeadTrust(read(trust)) : LeadTrust.NONE);
        PrintWriter out = run.out();
        out.printf("%s, k = %d sentences, F1 x100; margin = system - LEAD-%d [95%% bootstrap interval]; long %%: summaries"
                + " holding a sentence of more than %d words%n%n", unseen ? "unseen sets, every part"
                : part.name().toLowerCase(Locale.ROOT) + " part", k, k, LONG_SENTENCE);
        out.println("| set | articles | system | R-1 | R-2 | R-Lsum | R-1 margin | R-2 margin | R-Lsum margin | dangling %"
                + " | long % |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> groups = new ArrayList<>(sources);
        if (groups.size() > 1) {
            groups.add("pooled");
        }
        for (String group : groups) {
            List<Item> set = items.stream().filter(i -> group.equals("pooled") || i.source().equals(group)).toList();
            if (set.isEmpty()) {
                continue;
            }
            List<Outcome> lead = SummaryRuns.run(set, summarizer, Algorithm.LEAD, k, rouge);
            PublishedPeers.best(run.shared().root().resolve("data/README.md"), group).ifPresent(peer -> out.printf(
                    Locale.ROOT, "| %s | whole set | best published peer: %s | %.2f | %.2f | %.2f | | | | | |%n", group,
                    peer.system(), peer.rouge()[0], peer.rouge()[1], peer.rouge()[2]));
            row(out, group, set.size(), "LEAD-" + k, lead, lead);
            for (String id : algorithms) {
                Algorithm a = Algorithm.fromId(id).orElseThrow(() -> run.refuse("unknown algorithm " + id));
                row(out, group, set.size(), a.id(), SummaryRuns.run(set, summarizer, a, k, rouge), lead);
            }
        }
        return 0;
    }

    /**
     * A model file of the repository, as {@code summary-train} rewrites it; outside the repository (the lab's tests
     * run in {@code lab/}) the service jar's copy on the class path.
     */
    private static LinearModel read(Path file) {
        String resource = file.toString().replace('\\', '/').replaceFirst("^src/main/resources/", "");
        try (InputStream in = Files.exists(file) ? Files.newInputStream(file)
                : SummaryQuality.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(file + " is absent, and no " + resource + " is on the class path");
            }
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(PrintWriter out, String set, int n, String system, List<Outcome> o, List<Outcome> lead) {
        List<ToDoubleFunction<RougeScores>> measures = List.of(s -> s.rouge1().f1(), s -> s.rouge2().f1(),
                s -> s.rougeLsum().f1());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %s", set, n, system));
        for (var m : measures) {
            line.append(String.format(Locale.ROOT, " | %.2f", 100 * mean(o, m)));
        }
        for (var m : measures) {
            if (o == lead) {
                line.append(" | ");
                continue;
            }
            double[] diff = new double[o.size()];
            for (int i = 0; i < diff.length; i++) {
                diff[i] = 100 * (m.applyAsDouble(o.get(i).scores()) - m.applyAsDouble(lead.get(i).scores()));
            }
            double[] ci = bootstrap(diff);
            line.append(String.format(Locale.ROOT, " | %+.2f [%+.2f, %+.2f]", Arrays.stream(diff).average().orElse(0),
                    ci[0], ci[1]));
        }
        int chosen = o.stream().mapToInt(Outcome::sentences).sum();
        int dangling = o.stream().mapToInt(Outcome::dangling).sum();
        long runOn = o.stream().filter(x -> x.longest() > LONG_SENTENCE).count();
        line.append(String.format(Locale.ROOT, " | %.1f | %.1f |", chosen == 0 ? 0 : 100.0 * dangling / chosen,
                o.isEmpty() ? 0 : 100.0 * runOn / o.size()));
        out.println(line);
        out.flush();
    }

    private static double mean(List<Outcome> o, ToDoubleFunction<RougeScores> measure) {
        return o.stream().mapToDouble(x -> measure.applyAsDouble(x.scores())).average().orElse(0);
    }

    /** The 2.5th and 97.5th percentiles of the mean over articles resampled with replacement. */
    static double[] bootstrap(double[] values) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[]{means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1]};
    }
}
