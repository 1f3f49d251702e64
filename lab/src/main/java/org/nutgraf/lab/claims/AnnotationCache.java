package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Texts read with the service's claims pipeline, cached in {@code lab/target/claims-cache} so that repeated training
 * and evaluation runs skip CoreNLP. The cache file's name holds the set's name and a hash of the pipeline's settings
 * and of the texts, so a change to either reads the texts again.
 */
final class AnnotationCache {

    private AnnotationCache() {
    }

    /** Each text read as an article, from the cache or, the first time, with CoreNLP on up to two threads. */
    static List<Article> articles(String name, List<String> texts, PrintWriter err) throws Exception {
        PipelineSettings settings = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        String key = Integer.toHexString((settings.annotators() + new TreeMap<>(settings.properties())
                + texts.hashCode()).hashCode());
        Path cache = Path.of("lab/target/claims-cache/" + name + "-" + key + ".articles.txt");
        if (Files.exists(cache)) {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            List<Article> out = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                out.add(decode(texts.get(i), lines.get(i)));
            }
            return out;
        }
        err.printf("Reading %d texts of %s with CoreNLP (%s, %s); cached after this run%n", texts.size(), name,
                settings.annotators(), settings.properties());
        err.flush();
        ArticleReader reader = ArticleReader.load(settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2,
                Runtime.getRuntime().availableProcessors())));
        List<Future<Article>> futures = new ArrayList<>();
        double[] ms = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                Article a = reader.read(texts.get(n), null);
                ms[n] = (System.nanoTime() - t0) / 1e6;
                return a;
            }));
        }
        List<Article> out = new ArrayList<>(texts.size());
        StringBuilder file = new StringBuilder();
        for (Future<Article> f : futures) {
            Article a = f.get();
            out.add(a);
            file.append(encode(a)).append('\n');
        }
        pool.shutdown();
        err.printf(Locale.ROOT, "  %.1f ms per text p50, on %s%n", Timing.median(ms.clone()), name);
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, file, StandardCharsets.UTF_8);
        return out;
    }

    private static String encode(Article a) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : a.sentences()) {
            b.append(s.paragraph()).append('\u0003').append(s.start()).append('\u0003').append(s.end())
                    .append('\u0003');
            for (Token t : s.tokens()) {
                b.append(t.lemma()).append('\u0002').append(t.tag()).append('\u0002').append(t.ner())
                        .append('\u0002').append(t.start()).append('\u0002').append(t.end()).append('\u0001');
            }
            b.append('\u0003');
            for (Entity e : s.entities()) {
                b.append(e.kind()).append('\u0002').append(e.normalized()).append('\u0002').append(e.start())
                        .append('\u0002').append(e.end()).append('\u0001');
            }
            b.append('\u0004');
        }
        return b.toString();
    }

    private static Article decode(String text, String line) {
        List<Sentence> sentences = new ArrayList<>();
        for (String s : line.split("\u0004")) {
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("\u0003", -1);
            int start = Integer.parseInt(parts[1]);
            int end = Integer.parseInt(parts[2]);
            List<Token> tokens = new ArrayList<>();
            for (String t : parts[3].split("\u0001")) {
                if (!t.isEmpty()) {
                    String[] f = t.split("\u0002", -1);
                    int ts = Integer.parseInt(f[3]);
                    int te = Integer.parseInt(f[4]);
                    tokens.add(new Token(text.substring(ts, te), f[0], f[1], f[2], ts, te));
                }
            }
            List<Entity> entities = new ArrayList<>();
            for (String e : parts[4].split("\u0001")) {
                if (!e.isEmpty()) {
                    String[] f = e.split("\u0002", -1);
                    int es = Integer.parseInt(f[2]);
                    int ee = Integer.parseInt(f[3]);
                    entities.add(new Entity(text.substring(es, ee), f[0], f[1], es, ee));
                }
            }
            sentences.add(new Sentence(sentences.size(), Integer.parseInt(parts[0]), start, end,
                    text.substring(start, end), tokens, entities));
        }
        return new Article(text, "", List.of(), sentences);
    }
}
