package org.nutgraf.claims;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The check-worthiness weights the service ships, scanned: no unigram, bigram or trigram names a person of the
 * debates it learnt from, a nationality or a religion, or keeps a transcript's stage direction, so a claim's score
 * cannot turn on who or what it names; and the default threshold is the one training chose.
 */
class ShippedWeightsTest {

    private static final CheckWorthinessModel MODEL = CheckWorthinessModel.bundled();
    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));
    /** CoreNLP's own gazetteer of fine-grained entity classes, from its models jar. */
    private static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    /** Every unit of every n-gram weight, and every part of a hyphenated unit. */
    private static Set<String> units() {
        Set<String> units = new TreeSet<>();
        for (String name : MODEL.weights().keySet()) {
            if (name.startsWith("u:") || name.startsWith("b:") || name.startsWith("3:")) {
                for (String unit : name.substring(2).split("_")) {
                    units.add(unit);
                    units.addAll(List.of(unit.split("-")));
                }
            }
        }
        return units;
    }

    /**
     * The words the debate transcripts write capitalised inside sentences at least nine times in ten: names, and
     * the adjectives English makes from them ("Mexican"), as opposed to common words a gazetteer may also list.
     */
    private static Set<String> capitalisedInTheDebates() throws IOException {
        Path debates = SHARED.resolve("data/checkthat2019/claims.tsv");
        assumeTrue(Files.exists(debates), "skipped: no " + debates);
        List<String> rows = Files.readAllLines(debates, StandardCharsets.UTF_8);
        Map<String, int[]> inside = new HashMap<>();
        Matcher word = Pattern.compile("(?<=[\\p{L},;] )\\p{L}+").matcher("");
        for (String row : rows.subList(1, rows.size())) {
            word.reset(row.split("\t")[1]);
            while (word.find()) {
                int[] n = inside.computeIfAbsent(word.group().toLowerCase(Locale.ROOT), w -> new int[2]);
                n[0]++;
                n[1] += Character.isUpperCase(word.group().charAt(0)) ? 1 : 0;
            }
        }
        Set<String> capitalised = new TreeSet<>();
        inside.forEach((w, n) -> {
            if (w.length() > 2 && n[1] >= 0.9 * n[0]) {
                capitalised.add(w);
            }
        });
        return capitalised;
    }

    @Test
    void noWeightNamesANationalityOrAReligion() throws IOException {
        Set<String> capitalised = capitalisedInTheDebates();
        Set<String> words = new TreeSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GAZETTEER)) {
            assertNotNull(in, GAZETTEER + " is not on the class path");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t");
                if (f.length > 1 && (f[1].equals("NATIONALITY") || f[1].equals("RELIGION")) && !f[0].contains(" ")) {
                    words.add(f[0].toLowerCase(Locale.ROOT));
                }
            }
        }
        assertTrue(words.size() > 1000, "the gazetteer lists " + words.size() + " single-word nationalities and religions");
        words.retainAll(capitalised);
        assertTrue(words.containsAll(Set.of("american", "mexican", "muslim")), words::toString);
        Set<String> found = new TreeSet<>(units());
        found.retainAll(words);
        assertTrue(found.isEmpty(), "weights that name a nationality or religion: " + found);
    }

    @Test
    void noWeightNamesADebateParticipant() throws IOException {
        Set<String> capitalised = capitalisedInTheDebates();
        List<String> rows = Files.readAllLines(SHARED.resolve("data/checkthat2019/claims.tsv"), StandardCharsets.UTF_8);
        // a speaker's word is a name when the transcripts write it capitalised inside sentences: "Trump", not "system"
        Set<String> participants = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            for (String w : row.split("\t")[5].toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (capitalised.contains(w)) {
                    participants.add(w);
                }
            }
        }
        assertTrue(participants.containsAll(Set.of("trump", "clinton", "sanders")), participants::toString);
        Set<String> found = new TreeSet<>(units());
        found.retainAll(participants);
        assertTrue(found.isEmpty(), "weights that name a debate participant: " + found);
    }

    @Test
    void noWordStandsAloneInBracketsAsStageDirectionsDo() {
        Pattern alone = Pattern.compile("^3:[(\\[]_\\p{L}+_[)\\]]$");
        Set<String> found = new TreeSet<>();
        MODEL.weights().keySet().stream().filter(n -> alone.matcher(n).matches()).forEach(found::add);
        assertTrue(found.isEmpty(), "weights that keep a bracketed word: " + found);
    }

    @Test
    void noWeightKeepsARecurringStageDirectionOfTheTranscriptsInAnyCase() throws IOException {
        List<Path> sets = List.of(SHARED.resolve("data/checkthat2019/claims.tsv"),
                SHARED.resolve("data/claimbuster/claims.tsv"));
        assumeTrue(sets.stream().allMatch(Files::exists), "skipped: no debate transcripts under " + SHARED);
        // a stage direction recurs in brackets: "(APPLAUSE)", "[laughter]", "(inaudible)"; an aside does not
        Map<String, Integer> bracketed = new HashMap<>();
        Matcher cue = Pattern.compile("[(\\[]([\\p{L} ,.]+)[)\\]]").matcher("");
        for (Path set : sets) {
            for (String row : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                cue.reset(row);
                while (cue.find()) {
                    bracketed.merge(cue.group(1).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        // each recurring direction's first word after its bracket, and its last word before the other
        Set<String> opening = new TreeSet<>();
        Set<String> closing = new TreeSet<>();
        bracketed.forEach((text, n) -> {
            String[] words = text.split("[ ,.]+");
            if (n >= 3 && words.length > 0 && !words[0].isEmpty()) {
                opening.add(words[0]);
                closing.add(words[words.length - 1]);
            }
        });
        assertTrue(opening.containsAll(Set.of("applause", "laughter", "crosstalk")), opening::toString);
        Set<String> found = new TreeSet<>();
        for (String name : MODEL.weights().keySet()) {
            for (String w : opening) {
                if (name.contains("(_" + w) || name.contains("[_" + w)) {
                    found.add(name);
                }
            }
            for (String w : closing) {
                if (name.contains(w + "_)") || name.contains(w + "_]")) {
                    found.add(name);
                }
            }
        }
        assertTrue(found.isEmpty(), "weights that keep a stage direction: " + found);
    }

    @Test
    void theDefaultMinScoreIsTheOneTrainingChose() throws IOException {
        Double chosen = null;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null && line.startsWith("#"); line = lines.readLine()) {
                Matcher m = Pattern.compile("^# default minScore = ([0-9.]+)").matcher(line);
                if (m.find()) {
                    chosen = Double.parseDouble(m.group(1));
                }
            }
        }
        assertNotNull(chosen, "the model's header records no default minScore");
        assertEquals(chosen, KeyClaimFinder.DEFAULT_MIN_SCORE, 1e-9);
    }
}
