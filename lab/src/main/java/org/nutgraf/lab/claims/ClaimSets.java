package org.nutgraf.lab.claims;

import org.nutgraf.article.Article;
import org.nutgraf.article.Entity;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.SharedFolder;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** The subjectivity set's file, which {@link #subjectivity} reads when it exists. */
    Path subjectivityFile() {
        return shared.data(SUBJECTIVITY).resolve("sentences.tsv");
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
        Path tsv = subjectivityFile();
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

    /**
     * Records in {@link PartsRead} the parts that development reads (training, cross-validation, choices): CheckThat!
     * 2019's train split, ClaimBuster whole, and the subjectivity set's development splits when it is read.
     */
    static void recordDevelopment(boolean subjectivity) {
        PartsRead.record(CHECKTHAT, "train");
        PartsRead.record(CLAIMBUSTER, PartsRead.WHOLE);
        if (subjectivity) {
            SUBJECTIVITY_DEVELOPMENT.forEach(split -> PartsRead.record(SUBJECTIVITY, split));
        }
    }

    /** Records in {@link PartsRead} that CheckThat! 2019's test split is scored. */
    static void recordCheckThatTest() {
        PartsRead.record(CHECKTHAT, "test");
    }

    /** Records in {@link PartsRead} that the subjectivity set's reporting splits ({@code dev_test}, {@code test}) are scored. */
    static void recordSubjectivityReport() {
        PartsRead.record(SUBJECTIVITY, "dev_test");
        PartsRead.record(SUBJECTIVITY, "test");
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
        return AnnotationCache.articles(name, texts, err).stream().map(ClaimSets::asOneSentence).toList();
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
}
