package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.lab.SharedFolder;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.nlp.PipelineSettings;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The labelled claim sets under the shared folder's {@code data/}, read with the claims pipeline. Annotations are
 * cached in {@code lab/target/claims-cache} so that repeated training and evaluation runs skip CoreNLP.
 */
final class ClaimSets {

    private static final String CHECKTHAT = "checkthat2019";
    private static final String CLAIMBUSTER = "claimbuster";
    private static final String SUBJECTIVITY = "subjectivity";
    /** The subjectivity splits development may look at; the others ({@code dev_test}, {@code test}) report. */
    static final Set<String> SUBJECTIVITY_DEVELOPMENT = Set.of("train", "dev", "val");

    /** One labelled sentence, read. */
    record Labelled(String id, String text, boolean positive, String group, int line, String split, Sentence sentence) {
    }

    private final SharedFolder shared;
    private final PrintWriter err;

    /** The sets in the shared folder; progress goes to {@code err}. */
    ClaimSets(SharedFolder shared, PrintWriter err) {
        this.shared = shared;
        this.err = err;
    }

    /** The files read, to check before reading. */
    Path[] files() {
        return new Path[] {file(CHECKTHAT), file(CLAIMBUSTER)};
    }

    /** CheckThat! 2019 task 1: all rows, with their group (debate), line and official split. */
    List<Labelled> checkThat() throws Exception {
        return read(file(CHECKTHAT), CHECKTHAT);
    }

    /** ClaimBuster 2.5xNCS: all rows, no groups or split. */
    List<Labelled> claimBuster() throws Exception {
        return read(file(CLAIMBUSTER), CLAIMBUSTER);
    }

    /**
     * The English sentences of the subjectivity set, {@code positive} meaning objective (a statement, which may be
     * check-worthy) and {@code group} the source (CheckThat! 2025 or NewsSD); empty when the set is absent.
     */
    List<Labelled> subjectivity() throws Exception {
        Path tsv = shared.data(SUBJECTIVITY).resolve("sentences.tsv");
        if (!Files.exists(tsv)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] r = l.split("\t", -1);
            if (r.length == header.size() && r[header.indexOf("lang")].equals("en")) {
                rows.add(r);
            }
        }
        int sentence = header.indexOf("sentence");
        List<Sentence> read = annotate(SUBJECTIVITY, rows.stream().map(r -> r[sentence]).toList());
        List<Labelled> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.add(new Labelled(r[header.indexOf("id")], r[sentence], r[header.indexOf("label")].equals("OBJ"),
                    r[header.indexOf("source")], i, r[header.indexOf("split")], read.get(i)));
        }
        return out;
    }

    private Path file(String set) {
        return shared.data(set).resolve("claims.tsv");
    }

    /** Lower-cased letters and digits only, to find the same sentence in two sets. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private List<Labelled> read(Path tsv, String name) throws Exception {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id");
        int sentence = header.indexOf("sentence");
        int label = header.indexOf("label");
        int group = header.indexOf("group");
        int line = header.indexOf("line");
        int split = header.indexOf("split");
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                rows.add(l.split("\t", -1));
            }
        }
        List<Sentence> read = annotate(name, rows.stream().map(r -> r[sentence]).toList());
        List<Labelled> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.add(new Labelled(r[id], r[sentence], r[label].equals("1"), group >= 0 ? r[group] : "",
                    line >= 0 ? Integer.parseInt(r[line]) : i, split >= 0 ? r[split] : "", read.get(i)));
        }
        return out;
    }

    private List<Sentence> annotate(String name, List<String> texts) throws Exception {
        PipelineSettings settings = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        String key = Integer.toHexString((settings.annotators()
                + new TreeMap<>(settings.properties()) + texts.hashCode()).hashCode());
        Path cache = Path.of("lab/target/claims-cache/" + name + "-" + key + ".txt");
        if (Files.exists(cache)) {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            List<Sentence> out = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                out.add(decode(texts.get(i), lines.get(i)));
            }
            return out;
        }
        err.printf("Reading %d sentences of %s with CoreNLP (%s, %s); cached after this run%n",
                texts.size(), name, settings.annotators(), settings.properties());
        ArticleReader reader = ArticleReader.load(settings);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Sentence>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> asOneSentence(reader.read(text, null))));
        }
        List<Sentence> out = new ArrayList<>(texts.size());
        StringBuilder file = new StringBuilder();
        for (Future<Sentence> f : futures) {
            Sentence s = f.get();
            out.add(s);
            file.append(encode(s)).append('\n');
        }
        pool.shutdown();
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, file, StandardCharsets.UTF_8);
        return out;
    }

    /** A labelled row is one claim even when the splitter cuts it in two: its tokens and entities, together. */
    static Sentence asOneSentence(Article a) {
        if (a.sentences().size() == 1) {
            return a.sentences().get(0);
        }
        List<Token> tokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        a.sentences().forEach(s -> {
            tokens.addAll(s.tokens());
            entities.addAll(s.entities());
        });
        int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(0, 0, start, end, a.text().substring(start, end), tokens, entities);
    }

    private static String encode(Sentence s) {
        StringBuilder b = new StringBuilder();
        b.append(s.start()).append('\u0002').append(s.end()).append('\t');
        for (Token t : s.tokens()) {
            b.append(t.lemma()).append('\u0002').append(t.tag()).append('\u0002').append(t.ner()).append('\u0002')
                    .append(t.start()).append('\u0002').append(t.end()).append('\u0001');
        }
        b.append('\t');
        for (Entity e : s.entities()) {
            b.append(e.kind()).append('\u0002').append(e.normalized()).append('\u0002').append(e.start())
                    .append('\u0002').append(e.end()).append('\u0001');
        }
        return b.toString();
    }

    private static Sentence decode(String text, String line) {
        String[] parts = line.split("\t", -1);
        String[] span = parts[0].split("\u0002");
        int start = Integer.parseInt(span[0]);
        int end = Integer.parseInt(span[1]);
        List<Token> tokens = new ArrayList<>();
        for (String t : parts[1].split("\u0001")) {
            if (t.isEmpty()) {
                continue;
            }
            String[] f = t.split("\u0002", -1);
            int ts = Integer.parseInt(f[3]);
            int te = Integer.parseInt(f[4]);
            tokens.add(new Token(text.substring(ts, te), f[0], f[1], f[2], ts, te));
        }
        List<Entity> entities = new ArrayList<>();
        for (String e : parts[2].split("\u0001")) {
            if (e.isEmpty()) {
                continue;
            }
            String[] f = e.split("\u0002", -1);
            int es = Integer.parseInt(f[2]);
            int ee = Integer.parseInt(f[3]);
            entities.add(new Entity(text.substring(es, ee), f[0], f[1], es, ee));
        }
        return new Sentence(0, 0, start, end, text.substring(start, end), tokens, entities);
    }
}
