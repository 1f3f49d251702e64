package org.nutgraf.lab.bench;

import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what each NER option costs on one article: load wall and CPU time, and p50 ms per article over 20 runs
 * after 10 warm-up runs. Load figures are only fair with one configuration per JVM (CoreNLP caches
 * models across pipelines), so pass its name as the second argument. Run:
 * {@code ./mvnw -B -q -Pner-cost test-compile exec:java -Dexec.args="FILE 'ner defaults'"}.
 */
public final class NerCostBench {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args.length > 0 ? args[0]
                : System.getProperty("shared.dir", "../shared") + "/samples/kazakhstan-oped-pasted.txt"));
        String only = args.length > 1 ? args[1] : "";
        String base = PipelineSettings.bundled(Pipelines.Need.SUMMARY).annotators();
        String off3 = "ner.applyFineGrained=false;ner.useSUTime=false;ner.applyNumericClassifiers=false";
        Map<String, String[]> configs = new LinkedHashMap<>();
        configs.put("pos,lemma (no NER)", new String[]{base, ""});
        configs.put("ner defaults", new String[]{base + ",ner", ""});
        configs.put("ner applyFineGrained=false", new String[]{base + ",ner", "ner.applyFineGrained=false"});
        configs.put("ner useSUTime=false", new String[]{base + ",ner", "ner.useSUTime=false"});
        configs.put("ner applyNumericClassifiers=false", new String[]{base + ",ner", "ner.applyNumericClassifiers=false"});
        configs.put("ner all three off", new String[]{base + ",ner", off3});
        configs.put("ner 3-class, all three off", new String[]{base + ",ner",
                off3 + ";ner.model=edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"});
        var threads = ManagementFactory.getThreadMXBean();
        System.out.println("| annotators / options | load ms (wall) | load CPU ms | ms per article p50 |");
        System.out.println("|---|---|---|---|");
        for (var e : configs.entrySet()) {
            if (!only.isEmpty() && !e.getKey().equals(only)) {
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
            ArticleReader reader = ArticleReader.load(e.getValue()[0], props);
            long loadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            for (int i = 0; i < 10; i++) {
                reader.read(text, null);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                reader.read(text, null);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("| %s | %d | %d | %.0f |%n", e.getKey(), reader.loadMillis(), loadCpu, ms.get(10));
        }
    }
}
