package org.nutgraf.lab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of a summary against references, a faithful port of the reference
 * scorer {@code rouge.py} (Google rouge_score's tokenisation, Porter stemming of tokens longer than 3 characters,
 * Lin's union LCS for Lsum over non-empty lines). Thread-safe.
 */
public final class Rouge {

    private final boolean stemming;
    private final boolean unicode;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);

    /** A scorer that stems tokens (rouge.py's default) or not ({@code --no-stem}). */
    public Rouge(boolean stemming) {
        this(stemming, false);
    }

    private Rouge(boolean stemming, boolean unicode) {
        this.stemming = stemming;
        this.unicode = unicode;
    }

    /**
     * The scorer for languages other than English ({@code rouge.py --unicode}): tokens are runs of Unicode word
     * characters (Python's {@code \w}: letters, digits, other numerals and the underscore), lower-cased, never
     * stemmed.
     */
    public static Rouge unicode() {
        return new Rouge(false, true);
    }

    /** Whether tokens are Unicode word runs ({@code rouge.py --unicode}). */
    public boolean unicodeTokens() {
        return unicode;
    }

    /** Whether tokens are stemmed. */
    public boolean stemming() {
        return stemming;
    }

    /** The ROUGE tokens of a text: lower-cased runs of [a-z0-9], stemmed when longer than 3 characters. */
    public List<String> tokenize(String text) {
        // Python's str.lower(), like Java's root-locale lower case, maps e.g. U+0130 to "i" plus a combining dot
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : -1;
            boolean inToken = cp >= 0 && (unicode ? isWordChar(cp) : cp < 128 && isTokenChar((char) cp));
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                tokens.add(stem(lower.substring(start, i)));
                start = -1;
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    /** The number of ROUGE tokens in a text (a word count that agrees with the scorer). */
    public int countTokens(String text) {
        return tokenize(text).size();
    }

    /** The scores of a summary against the best of several references, per measure by F1, as rouge.py picks. */
    public RougeScores scoreBest(String system, List<String> references) {
        RougeScores best = null;
        for (String reference : references) {
            RougeScores scores = score(system, reference);
            best = best == null ? scores : best.bestOf(scores);
        }
        return best == null ? RougeScores.ZERO : best;
    }

    /** The scores of a summary against one reference; both are split into sentences at line breaks. */
    public RougeScores score(String system, String reference) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] sys = sentences(system, ids);
        int[][] ref = sentences(reference, ids);
        int[] sysTokens = concat(sys);
        int[] refTokens = concat(ref);
        return new RougeScores(rougeN(sysTokens, refTokens, 1), rougeN(sysTokens, refTokens, 2),
                rougeL(sysTokens, refTokens), rougeLsum(sys, ref, sysTokens, refTokens, ids.size()));
    }

    private String stem(String token) {
        if (!stemming || token.length() <= 3) {
            return token;
        }
        return stems.computeIfAbsent(token, t -> stemmer.get().stem(t));
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Python's {@code \w} on a str: alphanumeric (letters and every kind of numeral) or the underscore. */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || cp == '_';
    }

    /** Each line's tokens as ids; lines without tokens are left out, as they add nothing to any measure. */
    private int[][] sentences(String text, Map<String, Integer> ids) {
        List<int[]> out = new ArrayList<>();
        for (String line : splitLines(text)) {
            List<String> tokens = tokenize(line);
            if (!tokens.isEmpty()) {
                out.add(tokens.stream().mapToInt(t -> ids.computeIfAbsent(t, x -> ids.size())).toArray());
            }
        }
        return out.toArray(new int[0][]);
    }

    /** Python's {@code str.splitlines()}: every line boundary Python knows, {@code \r\n} counted once. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBoundary(c)) {
                lines.add(text.substring(start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBoundary(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u001C' || c == '\u001D'
                || c == '\u001E' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static int[] concat(int[][] sentences) {
        return Arrays.stream(sentences).flatMapToInt(Arrays::stream).toArray();
    }

    private static RougeScore rougeN(int[] sys, int[] ref, int n) {
        long[] s = ngrams(sys, n);
        long[] r = ngrams(ref, n);
        // the size of the multiset intersection (rouge.py's Counter &) by a merge of the sorted n-grams
        int hits = 0;
        for (int i = 0, j = 0; i < s.length && j < r.length; ) {
            if (s[i] == r[j]) {
                hits++;
                i++;
                j++;
            } else if (s[i] < r[j]) {
                i++;
            } else {
                j++;
            }
        }
        return RougeScore.of(hits, s.length, r.length);
    }

    /** The sorted n-grams (n is 1 or 2), each packed into a long. */
    private static long[] ngrams(int[] tokens, int n) {
        int count = Math.max(0, tokens.length - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = n == 1 ? tokens[i] : ((long) tokens[i] << 32) | tokens[i + 1];
        }
        Arrays.sort(out);
        return out;
    }

    private static int[][] lcsTable(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int[] ti = t[i];
            int[] tp = t[i - 1];
            for (int j = 1; j <= b.length; j++) {
                ti[j] = a[i - 1] == b[j - 1] ? tp[j - 1] + 1 : Math.max(tp[j], ti[j - 1]);
            }
        }
        return t;
    }

    private static RougeScore rougeL(int[] sys, int[] ref) {
        int lcs = sys.length > 0 && ref.length > 0 ? lcsTable(ref, sys)[ref.length][sys.length] : 0;
        return RougeScore.of(lcs, sys.length, ref.length);
    }

    /** Marks the reference positions of one LCS of {@code ref} and {@code cand}, backtracking as rouge.py does. */
    private static void markLcs(int[] ref, int[] cand, boolean[] union) {
        int[][] t = lcsTable(ref, cand);
        int i = ref.length;
        int j = cand.length;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == cand[j - 1]) {
                union[i - 1] = true;
                i--;
                j--;
            } else if (t[i - 1][j] >= t[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    private static RougeScore rougeLsum(int[][] sys, int[][] ref, int[] sysTokens, int[] refTokens, int vocabulary) {
        int m = refTokens.length;
        int n = sysTokens.length;
        if (m == 0 || n == 0) {
            return RougeScore.of(0, n, m);
        }
        // each token counts as a hit at most as often as it occurs in both summaries
        int[] refLeft = new int[vocabulary];
        int[] sysLeft = new int[vocabulary];
        for (int t : refTokens) {
            refLeft[t]++;
        }
        for (int t : sysTokens) {
            sysLeft[t]++;
        }
        int hits = 0;
        for (int[] r : ref) {
            boolean[] union = new boolean[r.length];
            for (int[] c : sys) {
                markLcs(r, c, union);
            }
            for (int i = 0; i < r.length; i++) {
                int t = r[i];
                if (union[i] && refLeft[t] > 0 && sysLeft[t] > 0) {
                    hits++;
                    refLeft[t]--;
                    sysLeft[t]--;
                }
            }
        }
        return RougeScore.of(hits, n, m);
    }
}
