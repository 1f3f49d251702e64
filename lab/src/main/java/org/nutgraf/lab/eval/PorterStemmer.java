package org.nutgraf.lab.eval;

import java.util.List;
import java.util.Map;

/**
 * Porter's 1980 stemmer, ported step by step from the reference scorer {@code rouge.py} (itself Martin Porter's
 * reference implementation) so that ROUGE figures match it to the last digit. Not thread-safe: one per thread,
 * or behind {@link Rouge}'s cache.
 *
 * <p>Ours rather than CoreNLP's because CoreNLP's ({@code edu.stanford.nlp.process.Stemmer}, in its source tree)
 * is not in the released stanford-corenlp 4.5.10 jar nor its sources jar. Compared on every ROUGE token of the
 * shared cnn_val and bbc sets (articles, references, LEAD-3) and our fixtures, 43,124 distinct words, the two and
 * rouge.py's stemmer agree on every one, so switching when CoreNLP ships it again changes no figure.
 */
final class PorterStemmer {

    // Each table is keyed by the letter the suffixes share (the penultimate or last letter), in rouge.py's order:
    // the first suffix that matches wins, so the order is part of the algorithm.
    private static final Map<Character, List<Suffix>> STEP2 = Map.of(
            'a', List.of(pair("ational", "ate"), pair("tional", "tion")),
            'c', List.of(pair("enci", "ence"), pair("anci", "ance")),
            'e', List.of(pair("izer", "ize")),
            'l', List.of(pair("bli", "ble"), pair("alli", "al"), pair("entli", "ent"), pair("eli", "e"),
                    pair("ousli", "ous")),
            'o', List.of(pair("ization", "ize"), pair("ation", "ate"), pair("ator", "ate")),
            's', List.of(pair("alism", "al"), pair("iveness", "ive"), pair("fulness", "ful"),
                    pair("ousness", "ous")),
            't', List.of(pair("aliti", "al"), pair("iviti", "ive"), pair("biliti", "ble")),
            'g', List.of(pair("logi", "log")));
    private static final Map<Character, List<Suffix>> STEP3 = Map.of(
            'e', List.of(pair("icate", "ic"), pair("ative", ""), pair("alize", "al")),
            'i', List.of(pair("iciti", "ic")),
            'l', List.of(pair("ical", "ic"), pair("ful", "")),
            's', List.of(pair("ness", "")));
    private static final Map<Character, List<String>> STEP4 = Map.ofEntries(
            Map.entry('a', List.of("al")), Map.entry('c', List.of("ance", "ence")), Map.entry('e', List.of("er")),
            Map.entry('i', List.of("ic")), Map.entry('l', List.of("able", "ible")),
            Map.entry('n', List.of("ant", "ement", "ment", "ent")), Map.entry('o', List.of("ion", "ou")),
            Map.entry('s', List.of("ism")), Map.entry('t', List.of("ate", "iti")), Map.entry('u', List.of("ous")),
            Map.entry('v', List.of("ive")), Map.entry('z', List.of("ize")));

    private StringBuilder b;
    private int k;
    private int j;

    /** The stem of a lower-case word; words of two letters or fewer are returned as they are. */
    String stem(String w) {
        if (w.length() <= 2) {
            return w;
        }
        b = new StringBuilder(w);
        k = w.length() - 1;
        j = 0;
        step1ab();
        step1c();
        step2();
        step3();
        step4();
        step5();
        return b.substring(0, k + 1);
    }

    private boolean cons(int i) {
        char c = b.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !cons(i - 1);
        }
        return true;
    }

    /** The number of vowel-consonant sequences in b[0..j]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doublec(int at) {
        return at >= 1 && b.charAt(at) == b.charAt(at - 1) && cons(at);
    }

    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        char c = b.charAt(i);
        return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String s) {
        int n = s.length();
        if (n > k + 1 || !b.substring(k - n + 1, k + 1).equals(s)) {
            return false;
        }
        j = k - n;
        return true;
    }

    // Python's slice assignment b[j+1:k+1] = s; what lies past k is never read again
    private void setTo(String s) {
        b.replace(j + 1, k + 1, s);
        k = j + s.length();
    }

    private void r(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    private void step1ab() {
        if (b.charAt(k) == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b.charAt(k - 1) != 's') {
                k -= 1;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k -= 1;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doublec(k)) {
                k -= 1;
                char c = b.charAt(k);
                if (c == 'l' || c == 's' || c == 'z') {
                    k += 1;
                }
            } else {
                j = k;
                if (m() == 1 && cvc(k)) {
                    setTo("e");
                }
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b.setCharAt(k, 'i');
        }
    }

    private void table(Map<Character, List<Suffix>> table, char key) {
        for (Suffix suffix : table.getOrDefault(key, List.of())) {
            if (ends(suffix.ending())) {
                r(suffix.replacement());
                return;
            }
        }
    }

    private void step2() {
        if (k >= 1) {
            table(STEP2, b.charAt(k - 1));
        }
    }

    private void step3() {
        table(STEP3, b.charAt(k));
    }

    private void step4() {
        if (k < 1) {
            return;
        }
        for (String suffix : STEP4.getOrDefault(b.charAt(k - 1), List.of())) {
            if (ends(suffix)) {
                if (suffix.equals("ion") && !(j >= 0 && (b.charAt(j) == 's' || b.charAt(j) == 't'))) {
                    continue;
                }
                if (m() > 1) {
                    k = j;
                }
                return;
            }
        }
    }

    private void step5() {
        j = k;
        if (b.charAt(k) == 'e') {
            int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1))) {
                k -= 1;
            }
        }
        if (b.charAt(k) == 'l' && doublec(k) && m() > 1) {
            k -= 1;
        }
    }

    private static Suffix pair(String ending, String replacement) {
        return new Suffix(ending, replacement);
    }

    private record Suffix(String ending, String replacement) {
    }
}
