package org.nutgraf.lab;

import org.nutgraf.lab.summary.SummarySets;
import org.nutgraf.lab.summary.SummarySets.Part;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small shared folder in the real layouts ({@code ../shared/data/README.md}), written by the test: a few synthetic
 * articles per part of every summary set, the subjectivity sentences, ScrapingHub and WCXB pages with stand-in
 * scoring scripts, pasted samples and the op-ed sample. Ids are chosen so that the split rule
 * ({@link SummarySets#part}) puts some in train, some in dev and some in test of every set.
 */
final class SharedFixture {

    /** Articles per part of each set. */
    static final int PER_PART = 2;

    static final List<String> SUMMARY_SETS = List.of("cnn_val", "bbc", "writers", "dailymail_val",
            "dailymail_train_flat", "inshorts");

    private static final String[] WHO = {"The council", "The minister", "A local bakery", "The river authority",
            "Two teachers", "The football club", "A hospital in the north", "The new mayor"};
    private static final String[] DID = {"announced a plan to rebuild", "said it would close", "opened",
            "warned about the cost of", "voted to expand", "asked residents to support", "has delayed",
            "published a report on"};
    private static final String[] WHAT = {"the old bridge", "three schools", "a night market", "the flood defences",
            "the central library", "a bus route to the airport", "the summer festival", "its busiest ward"};
    private static final String[] QUI = {"Le conseil municipal", "La ministre", "Une boulangerie du quartier",
            "Le club de football", "Le nouveau maire", "Deux enseignantes"};
    private static final String[] FAIT = {"a annoncé la fermeture de", "veut reconstruire", "a ouvert",
            "s'inquiète du coût de", "a voté pour agrandir", "a publié un rapport sur"};
    private static final String[] QUOI = {"la vieille gare", "trois écoles du centre", "un marché de nuit",
            "la bibliothèque municipale", "la ligne de bus vers l'aéroport", "le festival d'été"};

    private SharedFixture() {
    }

    /** Writes the fixture under {@code root}, which becomes a shared folder. */
    static void write(Path root) {
        try {
            for (String set : SUMMARY_SETS) {
                summarySet(root.resolve("data").resolve(set), set, false);
            }
            summarySet(root.resolve("data").resolve("orangesum"), "orangesum", true);
            subjectivity(root.resolve("data").resolve("subjectivity"));
            checkThat(root.resolve("data").resolve("checkthat2019"));
            claimBuster(root.resolve("data").resolve("claimbuster"));
            polnear(root.resolve("data").resolve("polnear"));
            scrapinghub(root.resolve("data").resolve("scrapinghub"));
            wcxb(root.resolve("data").resolve("wcxb_articles"));
            pasted(root.resolve("samples").resolve("pasted"));
            write(root.resolve("samples").resolve("kazakhstan-oped-pasted.txt"), article(3, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #PER_PART} ids of the set in each part, in id order. */
    static Map<Part, List<String>> ids(String set) {
        Map<Part, List<String>> ids = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            ids.put(p, new ArrayList<>());
        }
        for (int i = 0; ids.values().stream().anyMatch(l -> l.size() < PER_PART); i++) {
            String id = String.format("a%03d", i);
            List<String> part = ids.get(SummarySets.part(set, id));
            if (part.size() < PER_PART) {
                part.add(id);
            }
        }
        return ids;
    }

    private static List<String> allIds(String set) {
        return ids(set).values().stream().flatMap(List::stream).sorted().toList();
    }

    private static void summarySet(Path dir, String set, boolean french) throws IOException {
        StringBuilder titles = new StringBuilder("id\ttitle\n");
        for (String id : allIds(set)) {
            int n = Integer.parseInt(id.substring(1));
            String text = article(n, french);
            write(dir.resolve("articles").resolve(id + ".txt"), text);
            List<String> sentences = List.of(text.split("(?<=\\.) "));
            write(dir.resolve("refs").resolve(id + ".txt"), sentences.get(0) + "\n" + sentences.get(2) + "\n");
            titles.append(id).append('\t').append(sentences.get(0).replace(".", "")).append('\n');
        }
        write(dir.resolve("titles.tsv"), titles.toString());
    }

    /** Seven sentences of plain news, different for each {@code n}. */
    static String article(int n, boolean french) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 7; s++) {
            int k = n * 7 + s;
            if (french) {
                text.append(QUI[k % QUI.length]).append(' ').append(FAIT[(k / 2) % FAIT.length]).append(' ')
                        .append(QUOI[(k / 3) % QUOI.length]).append(" cette semaine, selon la préfecture. ");
            } else {
                text.append(WHO[k % WHO.length]).append(' ').append(DID[(k / 2) % DID.length]).append(' ')
                        .append(WHAT[(k / 3) % WHAT.length]).append(" on Tuesday, officials said. ");
            }
        }
        return text.toString().strip();
    }

    private static void subjectivity(Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tlang\tsource\tsplit\tlabel\tsentence\n");
        String[] splits = {"train", "dev", "val", "dev_test", "test"};
        List<String> ids = allIds("subjectivity");
        for (int i = 0; i < ids.size(); i++) {
            tsv.append(ids.get(i)).append("\ten\tfixture\t").append(splits[i % splits.length]).append('\t')
                    .append(i % 2 == 0 ? "OBJ" : "SUBJ").append('\t').append(article(i, false).split("(?<=\\.) ")[0])
                    .append('\n');
        }
        write(dir.resolve("sentences.tsv"), tsv.toString());
    }

    /** A sentence to label: a checkable claim (a figure) when {@code claim}, else plain talk. */
    private static String sentence(int n, boolean claim) {
        return claim ? WHO[n % WHO.length] + " spent " + (12 + n) + " million dollars on " + WHAT[(n / 2) % WHAT.length]
                + " in " + (2001 + n % 20) + "."
                : "Thank you, " + (n % 2 == 0 ? "it is good to be here" : "we will talk about that later") + " with "
                + WHO[n % WHO.length].toLowerCase(java.util.Locale.ROOT) + ".";
    }

    /** Six debates of twelve lines, four in the train split, two in the test split; every third line a claim. */
    private static void checkThat(Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tsentence\tlabel\tgroup\tline\tspeaker\tsplit\n");
        for (int d = 0; d < 6; d++) {
            for (int line = 1; line <= 12; line++) {
                int n = d * 12 + line;
                boolean claim = line % 3 == 0;
                tsv.append("debate").append(d).append(':').append(line).append('\t').append(sentence(n, claim))
                        .append('\t').append(claim ? 1 : 0).append("\tdebate").append(d).append('\t').append(line)
                        .append("\tSPEAKER\t").append(d < 4 ? "train" : "test").append('\n');
            }
        }
        write(dir.resolve("claims.tsv"), tsv.toString());
    }

    private static void claimBuster(Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tsentence\tlabel\n");
        for (int n = 0; n < 40; n++) {
            tsv.append(n).append('\t').append(sentence(100 + n, n % 3 == 0)).append('\t').append(n % 3 == 0 ? 1 : 0)
                    .append('\n');
        }
        write(dir.resolve("claims.tsv"), tsv.toString());
    }

    /** Three publishers' articles in train and one in dev, each with one attribution: "Officials said ...". */
    private static void polnear(Path dir) throws IOException {
        StringBuilder meta = new StringBuilder("compartment\tfilename\tpublisher\n");
        StringBuilder tsv = new StringBuilder("split\tdoc\tannotator\tsource_start\tsource_end\tsource_text"
                + "\tcue_start\tcue_end\tcue_text\tcontent_start\tcontent_end\tcontent_text\n");
        String[][] docs = {{"train", "alpha"}, {"train", "beta"}, {"train", "gamma"}, {"train", "alpha"},
                {"train", "beta"}, {"train", "gamma"}, {"dev", "alpha"}, {"dev", "beta"}};
        for (int i = 0; i < docs.length; i++) {
            String name = docs[i][1] + "_2016-09-" + (10 + i) + "_fixture";
            String content = "the bridge would close in " + (2001 + i);
            String text = "Officials said " + content + ". " + article(i, false);
            write(dir.resolve("text").resolve(docs[i][0]).resolve(name + ".txt"), text);
            write(dir.resolve("attributions").resolve(docs[i][0]).resolve(name + "_a1.ann"), "");
            meta.append(docs[i][0]).append('\t').append(name).append('\t').append(docs[i][1]).append('\n');
            tsv.append(docs[i][0]).append('\t').append(name).append("\ta1\t0\t9\tOfficials\t10\t14\tsaid\t15\t")
                    .append(15 + content.length()).append('\t').append(content).append('\n');
        }
        write(dir.resolve("metadata.tsv"), meta.toString());
        write(dir.resolve("attributions.tsv"), tsv.toString());
    }

    private static String page(String body) {
        return "<html><head><title>Fixture</title></head><body><nav>Home | News | Sport</nav><article><h1>Fixture"
                + "</h1><p>" + body.replace(". ", ".</p><p>") + "</p></article><footer>Contact us</footer></body>"
                + "</html>";
    }

    private static void scrapinghub(Path dir) throws IOException {
        for (String id : allIds("scrapinghub")) {
            String body = article(Integer.parseInt(id.substring(1)), false);
            write(dir.resolve("html").resolve(id + ".html"), page(body));
            write(dir.resolve("truth").resolve(id + ".txt"), body);
        }
        write(dir.resolve("score.py"), STAND_IN);
    }

    private static void wcxb(Path dir) throws IOException {
        for (String id : allIds("wcxb_articles")) {
            String body = article(Integer.parseInt(id.substring(1)), false);
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            Files.createDirectories(html.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html))) {
                out.write(page(body).getBytes(StandardCharsets.UTF_8));
            }
            write(dir.resolve("truth").resolve(id + ".json"), "{\"url\": \"https://example.org/" + id
                    + "\", \"title\": \"Fixture\", \"author\": \"\", \"publish_date\": \"\", \"main_content\": \""
                    + body + "\", \"with\": [], \"without\": []}");
        }
        write(dir.resolve("score_wcxb.py"), STAND_IN);
    }

    private static void pasted(Path dir) throws IOException {
        for (int i = 0; i < 2; i++) {
            String body = article(i, false);
            write(dir.resolve("p" + i + ".txt"), "Home | News | Sport\n\n" + body + "\n\nContact us\n");
            write(dir.resolve("p" + i + ".truth.txt"), body);
        }
    }

    /** A scoring script that scores nothing: the fixture checks what is read, not the figures. */
    private static final String STAND_IN = "print('stand-in scorer')\n";

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
