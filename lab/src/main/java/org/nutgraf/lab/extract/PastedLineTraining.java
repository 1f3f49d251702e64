package org.nutgraf.lab.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.extract.PastedTextCleaner.LineView;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.ModelHeader;
import org.nutgraf.lab.extract.RenderedCopies.Renderer;
import org.nutgraf.lab.summary.SummarySets;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.lab.summary.SummaryTraining;
import org.nutgraf.lab.summary.SummaryTraining.Example;
import org.nutgraf.model.LinearModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code extract-train}: learns the pasted-text cleaner's line model. Each page of the WCXB development pages and of
 * the ScrapingHub benchmark is pasted two ways ({@link RenderedCopies}): rendered in Chromium and copied whole, and
 * dumped by a text browser (w3m). Every line of a copy is labelled story when it is part of the page's true main text,
 * and a logistic regression over the cleaner's own line features ({@link PastedTextCleaner#lineViews}) is fitted on
 * the train parts, with each train page's true text also sent alone (all story), as clients with clean text send
 * it. The regularisation and the thresholds are chosen on the dev parts by the benchmarks' measure (mean
 * word-level F1 per page, as score_wcxb.py counts it) of what the cleaner keeps, each set and way's mean counting
 * equally. The test parts are never read.
 */
@Command(name = "extract-train", sortOptions = false,
        description = {"Trains the pasted-text cleaner's line model and writes it",
                "WCXB and ScrapingHub pages copied from Chromium and dumped by w3m; lines labelled by the true main "
                        + "text; fitted on the train parts, C and thresholds chosen on dev."})
public final class PastedLineTraining implements Callable<Integer> {

    private static final double[] COSTS = {0.03, 0.1, 0.3, 1};
    private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    private static final double[] INSIDE = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
    /** Python's {@code \w}, as score_wcxb.py tokenises. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Mixin
    private Invocation run;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/extract/pasted-lines.tsv",
            description = "where to write the model (default: the service's own)")
    private Path out;

    @Option(names = "--render-only", description = "render the pages that are not rendered yet (Chromium and w3m), "
            + "then stop without training: CI does this before the lab's tests (lab/render/render.sh)")
    private boolean renderOnly;

    /** A rendered page's copy and its true main text. */
    record Page(String set, String id, Part part, String copy, String truth) {
    }

    /** The sets learnt from: where their pages are, and how a page's true main text is stored. */
    enum PageSet {
        wcxb("wcxb_articles", ".json"), scrapinghub("scrapinghub", ".txt");

        final String folder;
        final String truthSuffix;

        PageSet(String folder, String truthSuffix) {
            this.folder = folder;
            this.truthSuffix = truthSuffix;
        }

        /** The shared files a page of the set is read from: its HTML and its true main text. */
        List<Path> files(Path folder, String id) {
            Path html = folder.resolve("html").resolve(id + ".html");
            return List.of(Files.exists(html) ? html : html.resolveSibling(id + ".html.gz"),
                    folder.resolve("truth").resolve(id + truthSuffix));
        }

        String truth(Path file) throws IOException {
            return truthSuffix.equals(".json") ? new ObjectMapper().readTree(file.toFile()).path("main_content")
                    .asText("") : Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Page> pages = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        for (PageSet set : PageSet.values()) {
            Path folder = run.shared().data(set.folder);
            if (!run.present(folder)) {
                return 0;
            }
            for (Renderer renderer : Renderer.values()) {
                Optional<Path> copies = RenderedCopies.of(set.name(), renderer, folder.resolve("html"), run.err());
                if (copies.isEmpty()) {
                    run.out().println("skipped: the pages could not be rendered with " + renderer);
                    return 0;
                }
                if (!renderOnly) {
                    pages.addAll(pages(set, renderer, folder, copies.get()));
                }
            }
            pages.stream().filter(p -> p.set().equals(set.name() + "/" + Renderer.CHROMIUM.name().toLowerCase(
                    Locale.ROOT))).forEach(p -> read.addAll(set.files(folder, p.id())));
        }
        if (renderOnly) {
            run.out().println("rendered: every page of " + Stream.of(PageSet.values()).map(p -> p.folder).toList()
                    + " in " + List.of(Renderer.values()));
            return 0;
        }
        // and each page's true text sent on its own, as clients with clean text send it: all story
        List<Page> clean = pages.stream().filter(p -> p.set().endsWith("/chromium"))
                .map(p -> new Page(p.set().replace("/chromium", "/clean"), p.id(), p.part(), p.truth(), p.truth()))
                .toList();
        List<Page> train = java.util.stream.Stream.concat(pages.stream(), clean.stream())
                .filter(p -> p.part() == Part.TRAIN).toList();
        List<Page> dev = pages.stream().filter(p -> p.part() == Part.DEV).toList();
        List<Page> cleanDev = clean.stream().filter(p -> p.part() == Part.DEV).toList();
        List<Example> examples = new ArrayList<>();
        train.forEach(p -> examples.addAll(labelled(p)));
        long positives = examples.stream().filter(Example::positive).count();
        PrintWriter o = run.out();
        o.printf("%d train pages (%d lines, %d story), %d dev pages%n", train.size(), examples.size(), positives,
                dev.size());
        o.println("the whole copy kept, dev mean F1 by set: " + bySet(null, dev));
        StringBuilder choice = new StringBuilder("dev mean F1 (the means of each set and way averaged) by C and threshold:");
        double best = -1;
        LinearModel chosen = null;
        double chosenCost = 0;
        double chosenThreshold = 0;
        for (double cost : COSTS) {
            LinearModel fitted = SummaryTraining.fit(examples, cost);
            choice.append(String.format(Locale.ROOT, "%n  C=%s:", cost));
            for (double threshold : THRESHOLDS) {
                double f1 = balancedF1(new PastedTextCleaner(fitted, threshold, 0), dev);
                choice.append(String.format(Locale.ROOT, " %.2f→%.4f", threshold, f1));
                if (f1 > best) {
                    best = f1;
                    chosen = fitted;
                    chosenCost = cost;
                    chosenThreshold = threshold;
                }
            }
        }
        // then, with C and the threshold fixed, the probability under which a line inside the run goes too
        choice.append(String.format(Locale.ROOT, "%nthen by the inside threshold (C=%s, threshold %.2f):",
                chosenCost, chosenThreshold));
        double chosenInside = 0;
        for (double inside : INSIDE) {
            double f1 = inside == 0 ? best : balancedF1(new PastedTextCleaner(chosen, chosenThreshold, inside), dev);
            choice.append(String.format(Locale.ROOT, " %.2f→%.4f", inside, f1));
            if (f1 > best || inside == 0) {
                best = f1;
                chosenInside = inside;
            }
        }
        PastedTextCleaner cleaner = new PastedTextCleaner(chosen, chosenThreshold, chosenInside);
        o.println(choice);
        o.printf(Locale.ROOT, "chosen: C=%s, threshold %.2f, inside %.2f, dev mean F1 %.4f; by set: %s; clean texts: %s%n",
                chosenCost, chosenThreshold, chosenInside, best, bySet(cleaner, dev),
                bySet(cleaner, cleanDev));
        String header = String.join("\n",
                "Nutgraf pasted-text line model: logistic regression over PastedTextCleaner.lineViews features;"
                        + " the key " + PastedTextCleaner.THRESHOLD + " is the decision threshold on a line's"
                        + " probability (a line weighs its words times probability minus threshold), and "
                        + PastedTextCleaner.INSIDE_THRESHOLD + " the probability under which a line inside the"
                        + " story's run goes too.",
                "Remake: lab/run extract-train (org.nutgraf.lab.extract.PastedLineTraining); the same copies give these"
                        + " bytes.",
                "Data: the WCXB development pages (wcxb_articles, CC BY 4.0) and the ScrapingHub benchmark's pages,"
                        + " each rendered by lab/render/pasted.mjs in Chromium and copied whole, and dumped by w3m -dump"
                        + " -cols 1000, and its true main text alone (every line story); a line is story when its"
                        + " words run in the page's true main text. Parts by SummarySets (SHA-256 of set/id mod 100, train < 60 <= dev < 80 <= test;"
                        + " test never read): fitted on " + train.size() + " train pages, " + examples.size()
                        + " lines, " + positives + " story.",
                "Fit: LIBLINEAR 2.44, L2R_LR, bias feature 1; C and threshold chosen on " + dev.size()
                        + " dev pages by mean word-level F1 (score_wcxb.py's rule; each set and way's mean counting equally)"
                        + " from " + java.util.Arrays.toString(COSTS) + " x " + java.util.Arrays.toString(THRESHOLDS)
                        + ", then the inside threshold from " + java.util.Arrays.toString(INSIDE) + ".",
                choice.toString());
        Files.createDirectories(out.toAbsolutePath().getParent());
        ModelHeader provenance = new ModelHeader("lab/run extract-train", "the train and dev pages of "
                + Stream.of(PageSet.values()).map(p -> p.folder).collect(java.util.stream.Collectors.joining(" and "))
                + " (html and truth; test parts not read), each pasted by lab/render/pasted.mjs in Chromium and by"
                + " w3m, and the train pages' true text alone: " + train.size() + " train copies, " + dev.size()
                + " dev copies", ModelHeader.dataSha256(run.shared().root(), read), SummaryTraining.LIBLINEAR,
                String.format(Locale.ROOT, "C %s, eps 0.001, bias feature 1; thresholds chosen on dev by mean"
                        + " word-level F1", chosenCost), SummaryTraining.SEED)
                .with(PastedTextCleaner.THRESHOLD, Double.toString(chosenThreshold))
                .with(PastedTextCleaner.INSIDE_THRESHOLD, Double.toString(chosenInside));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            chosen.write(w, provenance.keys(), header);
        }
        o.printf("wrote %s: %d weights%n", out, chosen.size());
        return 0;
    }

    /** A set's rendered pages that have a truth, with their parts; the test part's copies are left unread. */
    static List<Page> pages(PageSet set, Renderer renderer, Path folder, Path copies) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(copies)) {
            for (Path copy : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = copy.getFileName().toString();
                String id = name.substring(0, name.length() - ".txt".length());
                Part part = SummarySets.part(set.folder, id);
                Path truth = folder.resolve("truth").resolve(id + set.truthSuffix);
                if (part == Part.TEST || !Files.exists(truth)) {
                    continue;
                }
                pages.add(new Page(set.name() + "/" + renderer.name().toLowerCase(Locale.ROOT), id, part, Files.readString(copy, StandardCharsets.UTF_8),
                        set.truth(truth)));
            }
        }
        return pages;
    }

    /** Every line of a page's copy with its features, labelled story when its words run in the true main text. */
    static List<Example> labelled(Page page) {
        String truth = " " + String.join(" ", tokens(page.truth())) + " ";
        List<Example> out = new ArrayList<>();
        for (LineView line : PastedTextCleaner.lineViews(page.copy())) {
            List<String> words = tokens(page.copy().substring(line.start(), line.end()));
            if (words.isEmpty()) {
                continue;
            }
            boolean story = truth.contains(" " + String.join(" ", words) + " ");
            Map<String, Double> features = new HashMap<>();
            line.features().stream().filter(f -> !f.equals(LinearModel.BIAS)).forEach(f -> features.put(f, 1.0));
            out.add(new Example(features, story));
        }
        return out;
    }

    /** The pages grouped by set and way, in name order. */
    private static Map<String, List<Page>> grouped(List<Page> pages) {
        Map<String, List<Page>> bySet = new TreeMap<>();
        pages.forEach(p -> bySet.computeIfAbsent(p.set(), k -> new ArrayList<>()).add(p));
        return bySet;
    }

    private static String bySet(PastedTextCleaner cleaner, List<Page> pages) {
        StringBuilder b = new StringBuilder();
        grouped(pages).forEach((set, ps) -> b.append(String.format(Locale.ROOT, "%s %.4f (%d pages) ", set,
                meanF1(cleaner, ps), ps.size())));
        return b.toString().strip();
    }

    /** The mean over sets of each set's {@link #meanF1}. */
    static double balancedF1(PastedTextCleaner cleaner, List<Page> pages) {
        return grouped(pages).values().stream().mapToDouble(ps -> meanF1(cleaner, ps)).average().orElse(0);
    }

    /** Mean word-level F1 over pages of what a cleaner keeps ({@code null}: the whole copy). */
    static double meanF1(PastedTextCleaner cleaner, List<Page> pages) {
        double sum = 0;
        for (Page p : pages) {
            String kept = cleaner == null ? p.copy() : cleaner.clean(p.copy()).body();
            sum += f1(tokens(kept), tokens(p.truth()));
        }
        return pages.isEmpty() ? 0 : sum / pages.size();
    }

    /** score_wcxb.py's {@code prf}: bag-of-words overlap of lower-cased {@code \w+} tokens. */
    static double f1(List<String> predicted, List<String> reference) {
        if (reference.isEmpty()) {
            return predicted.isEmpty() ? 1 : 0;
        }
        if (predicted.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ref = new HashMap<>();
        reference.forEach(t -> ref.merge(t, 1, Integer::sum));
        int overlap = 0;
        for (String t : predicted) {
            Integer n = ref.get(t);
            if (n != null && n > 0) {
                overlap++;
                ref.put(t, n - 1);
            }
        }
        double p = overlap / (double) predicted.size();
        double r = overlap / (double) reference.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
