package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.Attributions;
import org.nutgraf.lab.claims.PolnearArticles.Doc;
import org.nutgraf.lab.claims.PolnearArticles.Gold;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The lists the service's attribution rule reads, learnt from PolNeAR train by counting: per lemma, how many annotated
 * attributions with a source use it (in their cue, or as their source's head noun), and how often it occurs; a lemma
 * is kept when both its count and its rate reach the thresholds ({@link Settings}).
 */
final class SpeakerLists {

    private SpeakerLists() {
    }

    /** The thresholds of what is learnt from train. */
    record Settings(int minCues, double minRate, double secondaryRate, double nounRate, double reportRate) {

        /** The finder learnt from these train articles. */
        Attributions learn(List<Doc> train, Set<Attributions.Part> parts) {
            Map<String, int[]> counts = cueCounts(train);
            return new Attributions(learnt(counts, minCues, minRate), secondary(counts, minCues, secondaryRate,
                    minRate), learnt(nounCounts(train), minCues, nounRate),
                    learnt(reportingCounts(train), minCues, reportRate), parts);
        }
    }

    /** Per verb lemma in train: how many attributions use it as (part of) their cue, and how often it occurs. */
    static Map<String, int[]> cueCounts(List<Doc> train) {
        return inCues(train, t -> t.tag().startsWith("VB"));
    }

    /** The verbs with at least {@code minCues} cues whose rate is at least {@code from} and below {@code to}. */
    static Set<String> secondary(Map<String, int[]> counts, int minCues, double from, double to) {
        Set<String> out = new TreeSet<>(learnt(counts, minCues, from));
        out.removeAll(learnt(counts, minCues, to));
        return out;
    }

    /**
     * A common noun as the lists count it: tagged NN or NNS and written in lower-case letters (hyphens allowed), so
     * that a name the tagger took for a noun, a symbol or a stray code is never learnt.
     */
    static boolean commonNoun(Token t) {
        return (t.tag().equals("NN") || t.tag().equals("NNS")) && t.word().matches("[a-z]+(-[a-z]+)*");
    }

    /** Per lemma of the tokens of a kind in train: {0, its uses}, for a count to fill the first slot of. */
    private static Map<String, int[]> uses(List<Doc> train, Predicate<Token> kind) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Doc d : train) {
            for (Sentence s : d.article().sentences()) {
                for (Token t : s.tokens()) {
                    if (kind.test(t)) {
                        counts.computeIfAbsent(t.lemma(), k -> new int[2])[1]++;
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Per lemma of the tokens of a kind in train: how many attributions with a source have it in their cue (once
     * each), and its uses.
     */
    private static Map<String, int[]> inCues(List<Doc> train, Predicate<Token> kind) {
        Map<String, int[]> counts = uses(train, kind);
        for (Doc d : train) {
            for (Gold g : d.gold()) {
                Set<String> lemmas = new HashSet<>();
                for (Sentence s : d.article().sentences()) {
                    if (s.end() <= g.cueStart() || s.start() >= g.cueEnd()) {
                        continue;
                    }
                    for (Token t : s.tokens()) {
                        if (t.start() >= g.cueStart() && t.end() <= g.cueEnd() && kind.test(t)) {
                            lemmas.add(t.lemma());
                        }
                    }
                }
                lemmas.forEach(l -> counts.computeIfAbsent(l, k -> new int[2])[0]++);
            }
        }
        return counts;
    }

    /** Per common noun lemma in train: how many attributions with a source have it in their cue, and its uses. */
    static Map<String, int[]> reportingCounts(List<Doc> train) {
        return inCues(train, SpeakerLists::commonNoun);
    }

    /**
     * Per common noun lemma in train: how many annotated sources it heads (the last common noun of the source
     * before a comma, "of", "for", "at", "from", "who" or "which"), and how often it occurs (tags NN, NNS).
     */
    static Map<String, int[]> nounCounts(List<Doc> train) {
        Map<String, int[]> counts = uses(train, SpeakerLists::commonNoun);
        for (Doc d : train) {
            for (Gold g : d.gold()) {
                Token head = null;
                boolean cut = false;
                for (Sentence s : d.article().sentences()) {
                    if (s.end() <= g.sourceStart() || s.start() >= g.sourceEnd()) {
                        continue;
                    }
                    for (Token t : s.tokens()) {
                        if (cut || t.start() < g.sourceStart() || t.end() > g.sourceEnd()) {
                            continue;
                        }
                        String w = t.word().toLowerCase(Locale.ROOT);
                        if (head != null && (w.equals(",") || SpeakerMatch.CUT.contains(w) || w.equals("who") || w.equals("which"))) {
                            cut = true;
                        } else if (commonNoun(t)) {
                            head = t;
                        }
                    }
                }
                if (head != null) {
                    counts.computeIfAbsent(head.lemma(), k -> new int[2])[0]++;
                }
            }
        }
        return counts;
    }

    static Set<String> learnt(Map<String, int[]> counts, int minCues, double minRate) {
        Set<String> out = new TreeSet<>();
        counts.forEach((lemma, c) -> {
            if (c[0] >= minCues && c[1] > 0 && (double) c[0] / c[1] >= minRate) {
                out.add(lemma);
            }
        });
        return out;
    }
}
