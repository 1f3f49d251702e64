package org.nutgraf.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers, percentages, sums of money and dates in a sentence from its tokens and part-of-speech tags, so
 * claims need no numeric NER (the costly part of CoreNLP's recogniser). Stateless and thread-safe.
 */
final class Quantities {

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
            Map.entry("#", "GBP"));
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("pound", "GBP"), Map.entry("euro", "EUR"), Map.entry("yen", "JPY"),
            Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rupee", "INR"), Map.entry("yuan", "CNY"),
            Map.entry("usd", "USD"), Map.entry("gbp", "GBP"), Map.entry("eur", "EUR"), Map.entry("tenge", "KZT"));
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("million", 1e6),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
            Map.entry("b", 1e9), Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("dozen", 12.0));
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("half", 0.5), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0),
            Map.entry("thousands", 2000.0), Map.entry("millions", 2e6), Map.entry("billions", 2e9));
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tomorrow");
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "decade", "century", "quarter");
    private static final Set<String> RELATIVE = Set.of("next", "last", "this", "coming", "previous", "past");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those");
    /** Fractions a spelled-out number can join with a hyphen and still count: "two-thirds", "one-fifth". */
    private static final Set<String> FRACTIONS = Set.of("half", "halves", "third", "thirds", "fourth", "fourths",
            "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths", "quarters");

    private Quantities() {
    }

    /** The quantities and dates of a sentence, in order of appearance. */
    static List<Signal> in(Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<Signal> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int next = date(t, i, found);
            if (next == i) {
                next = quantity(t, i, found);
            }
            i = next == i ? i + 1 : next;
        }
        // The text as written, spaces and all, whenever the sentence text covers the tokens' offsets.
        List<Signal> asWritten = new ArrayList<>(found.size());
        for (Signal s : found) {
            int from = s.start() - sentence.start();
            int to = s.end() - sentence.start();
            String text = from >= 0 && to <= sentence.text().length() ? sentence.text().substring(from, to) : s.text();
            asWritten.add(new Signal(s.kind(), text, s.value(), s.unit(), s.start(), s.end()));
        }
        return asWritten;
    }

    /** Parses a written number: "27", "1,200", "3.5", "ten"; null when the token is not one. */
    static Double number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Double named = NUMBER_WORDS.get(w);
        if (named != null) {
            return named;
        }
        String digits = w.replace(",", "");
        if (digits.isEmpty() || digits.length() > 18 || !Character.isDigit(digits.charAt(0))
                && !(digits.charAt(0) == '.' && digits.length() > 1)) {
            return null;
        }
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (!Character.isDigit(c) && c != '.') {
                return null;
            }
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isYear(Token token) {
        String w = token.word();
        if (w.length() != 4 || !token.tag().equals("CD")) {
            return false;
        }
        Double v = number(w);
        return v != null && v >= 1800 && v <= 2100;
    }

    /** Dates: "March 2024", "on Tuesday", "next year", "in 2019"; returns the index after the match, or i. */
    private static int date(List<Token> t, int i, List<Signal> found) {
        Token first = t.get(i);
        String lw = first.word().toLowerCase(Locale.ROOT);
        int end = i;
        if (MONTHS.contains(lw) && first.tag().startsWith("NNP")) {
            end = i + 1;
            while (end < t.size() && (t.get(end).tag().equals("CD") || t.get(end).word().equals(","))
                    && end - i < 4) {
                end++;
            }
            if (t.get(end - 1).word().equals(",")) {
                end--;
            }
        } else if (DAYS.contains(lw) && (first.tag().startsWith("NN"))) {
            end = i + 1;
        } else if (isYear(first) && !(i > 0 && CURRENCY_SYMBOLS.containsKey(t.get(i - 1).word().toLowerCase(Locale.ROOT)))
                && !(i + 1 < t.size() && isPercentWord(t, i + 1))) {
            end = i + 1;
            if (end < t.size() && t.get(end).word().equals("s")) {
                end++;
            }
        } else if (RELATIVE.contains(lw) && i + 1 < t.size()
                && PERIODS.contains(t.get(i + 1).lemma())) {
            end = i + 2;
        }
        if (end == i) {
            return i;
        }
        found.add(signal("DATE", t, i, end, null, null));
        return end;
    }

    private static boolean isPercentWord(List<Token> t, int k) {
        String w = t.get(k).word().toLowerCase(Locale.ROOT);
        return w.equals("%") || w.equals("percent") || w.equals("pc")
                || w.equals("per") && k + 1 < t.size() && t.get(k + 1).word().equalsIgnoreCase("cent");
    }

    /** Numbers with their currency, scale and percent sign; returns the index after the match, or i. */
    private static int quantity(List<Token> t, int i, List<Signal> found) {
        int start = i;
        String currency = null;
        String w0 = t.get(i).word().toLowerCase(Locale.ROOT);
        if (CURRENCY_SYMBOLS.containsKey(w0) && i + 1 < t.size() && number(stripSuffix(t.get(i + 1).word())) != null) {
            currency = CURRENCY_SYMBOLS.get(w0);
            i++;
        }
        Token numberToken = t.get(i);
        String word = numberToken.word();
        String suffix = suffix(word);
        Double value = number(stripSuffix(word));
        if (value == null || (!numberToken.tag().equals("CD") && currency == null && !Character.isDigit(word.charAt(0)))
                || currency == null && notACount(t, i)) {
            return start;
        }
        int end = i + 1;
        if (suffix != null) {
            value *= SCALES.get(suffix);
        }
        while (end < t.size() && SCALES.containsKey(t.get(end).word().toLowerCase(Locale.ROOT))
                && (t.get(end).tag().equals("CD") || t.get(end).word().length() > 2 || currency != null)) {
            value *= SCALES.get(t.get(end).word().toLowerCase(Locale.ROOT));
            end++;
        }
        String kind = currency != null ? "MONEY" : "NUMBER";
        if (currency == null && end < t.size() && isPercentWord(t, end)) {
            kind = "PERCENT";
            value /= 100;
            end += t.get(end).word().equalsIgnoreCase("per") ? 2 : 1;
        } else if (currency == null && end < t.size()
                && CURRENCY_WORDS.containsKey(t.get(end).lemma().toLowerCase(Locale.ROOT))) {
            kind = "MONEY";
            currency = CURRENCY_WORDS.get(t.get(end).lemma().toLowerCase(Locale.ROOT));
            end++;
        }
        found.add(signal(kind, t, start, end, value, currency));
        return end;
    }

    /**
     * A spelled-out number that is not a count: one that starts a hyphenated modifier ("zero-sum", "one-sided",
     * "two-way"; but "three-year" and "two-thirds" count), one after "the", "these", "those" or a possessive ("the
     * two Republicans", "his three sons"), and "one" used as a pronoun or determiner ("no one", "one of them",
     * "one another"). With a scale word it counts ("the one million"); numbers in digits always count.
     */
    private static boolean notACount(List<Token> t, int i) {
        Token token = t.get(i);
        String w = token.word().toLowerCase(Locale.ROOT);
        if (!NUMBER_WORDS.containsKey(w)) {
            return false;
        }
        if (i + 2 < t.size() && t.get(i + 1).word().equals("-") && t.get(i + 1).start() == token.end()
                && t.get(i + 2).start() == t.get(i + 1).end()) {
            String joined = t.get(i + 2).word().toLowerCase(Locale.ROOT);
            String lemma = t.get(i + 2).lemma().toLowerCase(Locale.ROOT);
            return !PERIODS.contains(lemma) && !FRACTIONS.contains(joined) && !SCALES.containsKey(joined);
        }
        String after = i + 1 < t.size() ? t.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (SCALES.containsKey(after)) {
            return false;
        }
        String beforeTag = i > 0 ? t.get(i - 1).tag() : "";
        String before = i > 0 ? t.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        if (w.equals("one")) {
            return beforeTag.equals("DT") || beforeTag.equals("PRP$") || after.equals("of") || after.equals("another");
        }
        // "the two Republicans", "his three sons": a number word after a definite determiner or a possessive
        // points back at people or things already named; it counts nothing new
        return DEFINITE.contains(before) || beforeTag.equals("PRP$");
    }

    private static String suffix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String s : new String[]{"bn", "tn", "mn", "m", "k"}) {
            if (w.length() > s.length() && w.endsWith(s) && Character.isDigit(w.charAt(w.length() - s.length() - 1))) {
                return s;
            }
        }
        return null;
    }

    private static String stripSuffix(String word) {
        String s = suffix(word);
        return s == null ? word : word.substring(0, word.length() - s.length());
    }

    private static Signal signal(String kind, List<Token> t, int from, int to, Double value, String unit) {
        Token first = t.get(from);
        Token last = t.get(to - 1);
        StringBuilder text = new StringBuilder(first.word());
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).start() > t.get(k - 1).end()) {
                text.append(' ');
            }
            text.append(t.get(k).word());
        }
        return new Signal(kind, text.toString(), value, unit, first.start(), last.end());
    }
}
