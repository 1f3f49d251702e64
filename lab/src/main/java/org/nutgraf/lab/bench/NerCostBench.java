package org.nutgraf.lab.bench;

import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ner-bench}: what each NER option costs on one article: load wall and CPU time, and p50 ms per article over
 * 20 runs after 10 warm-up runs. Load figures are only fair with one configuration per JVM (CoreNLP caches models
 * across pipelines), so {@code --row} runs one row alone.
 */
@Command(name = "ner-bench", sortOptions = false,
        description = {"What each CoreNLP NER option costs on one article",
                "Load wall and CPU ms, and p50 ms per article (20 runs after 10 warm-up runs), per configuration."})
public final class NerCostBench implements Callable<Integer> {

    private static final String OFF3 = "ner.applyFineGrained=false;ner.useSUTime=false;"
            + "ner.applyNumericClassifiers=false";

    /** Each row: whether NER runs at all, and the properties it runs with (key=value;...). */
    private static final Map<String, String[]> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("pos,lemma (no NER)", new String[] {"", ""});
        ROWS.put("ner defaults", new String[] {",ner", ""});
        ROWS.put("ner applyFineGrained=false", new String[] {",ner", "ner.applyFineGrained=false"});
        ROWS.put("ner useSUTime=false", new String[] {",ner", "ner.useSUTime=false"});
        ROWS.put("ner applyNumericClassifiers=false", new String[] {",ner", "ner.applyNumericClassifiers=false"});
        ROWS.put("ner all three off", new String[] {",ner", OFF3});
        ROWS.put("ner 3-class, all three off", new String[] {",ner",
                OFF3 + ";ner.model=edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"});
    }

    @Mixin
    private Invocation invocation;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "the article, plain text (default: SHARED/samples/kazakhstan-oped-pasted.txt)")
    private Path file;

    @Option(names = "--row", paramLabel = "NAME",
            description = "only the row so named in the table, e.g. 'ner defaults', for fair load figures "
                    + "(default: all)")
    private String row;

    @Override
    public Integer call() throws IOException {
        if (row != null && !ROWS.containsKey(row)) {
            throw invocation.refuse("no row '" + row + "'; choose from " + ROWS.keySet());
        }
        Path article = file != null ? file : invocation.shared().sample("kazakhstan-oped-pasted.txt");
        PrintWriter out = invocation.out();
        if (!invocation.present(article)) {
            return 0;
        }
        PartsRead.recordPath(article);
        String text = Files.readString(article);
        String base = PipelineSettings.bundled(Pipelines.Need.SUMMARY).annotators();
        var threads = ManagementFactory.getThreadMXBean();
        out.println("| annotators / options | load ms (wall) | load CPU ms | ms per article p50 |");
        out.println("|---|---|---|---|");
        for (var e : ROWS.entrySet()) {
            if (row != null && !e.getKey().equals(row)) {
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (String kv : e.getValue()[1].split(";")) {
                if (!kv.isEmpty()) {
                    String[] p = kv.split("=", 2);
                    props.put(p[0], p[1]);
                }
            }
            long cpu0 = threads.getCurrentThreadCpuTime();
            ArticleReader reader = ArticleReader.load(base + e.getValue()[0], props);
            long loadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            double p50 = Timing.p50Millis(() -> reader.read(text, null), 10, 20);
            out.printf("| %s | %d | %d | %.0f |%n", e.getKey(), reader.loadMillis(), loadCpu, p50);
        }
        return 0;
    }
}
