package org.nutgraf.extract;

import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of pasted text as the line model sees them: each line's own signals (length, end punctuation, bullets,
 * capitalisation, digits, separators, addresses, bylines, dates, author bios, furniture phrases, repeats) and those
 * of where it stands (the shapes of its neighbours, the run of short lines it sits in, blank lines around it, its
 * position, how cluttered the whole text is). {@link PastedTextCleaner} decodes the story from them; the lab trains
 * on them ({@link PastedTextCleaner#lineViews}).
 */
final class PastedLines {

    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00a0]*([•·●▪◦‣∙*►▸»>|-]|\\d{1,2}[.)])\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");
    private static final Pattern FORM_FIELD = Pattern.compile("\\[[ _]{3,}\\]|\\[(Search|Submit|Subscribe|Send|Go|OK)\\]");
    private static final Pattern TERMINAL = Pattern.compile("[.!?。！？:;][\"'”’»)\\]]*$");
    private static final Pattern ELLIPSIS = Pattern.compile("(\\.\\.\\.|…)[\"'”’»)\\]]*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?iu)(by|von|par|por|di|door|av|af|de|от|written by|words by|story by|posted by|author:?|autor:?"
                    + "|auteur:?|reporting by)\\s+(?-i)(\\p{Lu}.*)$");
    private static final String MONTHS = "jan(uary|uar|vier)?|feb(ruary|ruar)?|févr(ier)?|mar(ch)?|märz|mars|marzo"
            + "|apr(il)?|avr(il)?|abril|aprile|may|mai|mayo|maggio|june?|juni|juin|junio|giugno|july?|juli|juillet"
            + "|julio|luglio|aug(ust)?|août|agosto|sep(t(ember)?)?|septembre|septiembre|settembre|oct(ober)?|okt(ober)?"
            + "|octobre|octubre|ottobre|nov(ember)?|novembre|noviembre|dec(ember)?|dez(ember)?|décembre|diciembre"
            + "|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|enero|febrero"
            + "|gennaio|febbraio";
    private static final Pattern DATE = Pattern.compile(
            "(?iu)(\\b(" + MONTHS + ")\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(" + MONTHS + ")\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}年\\d{1,2}月|\\b(updated|published|posted|"
                    + "aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|pubblicato)\\b"
                    + "|\\b\\d+ (min|minutes?|hours?|hrs?|days?) (ago|read)\\b)");
    private static final Pattern BIO = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s+(is|was|has been|writes|covers|reports)\\s.*"
                    + "\\b(director|fellow|professor|editor|writer|journalist|reporter|correspondent|author|analyst"
                    + "|columnist|contributor|researcher|founder|chief|lecturer|economist|lawyer|member|head|host"
                    + "|producer|scholar|expert|ceo|president|chair|adviser|advisor|consultant|student)\\b.*",
            Pattern.UNICODE_CASE);


    /** Lines with at least this many words and an end stop read as prose. */
    private static final int PROSE_WORDS = 10;

    private PastedLines() {
    }

    /** The lines of a text, blank ones included, each with its features and those of where it stands. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String raw : text.split("\n")) {
            String k = BoilerplateLexicon.key(raw);
            if (k.indexOf(' ') > 0) {
                seen.merge(k, 1, Integer::sum);
            }
        }
        int at = 0;
        int n = text.length();
        while (at <= n) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? n : nl;
            lines.add(new Line(text, at, end, seen));
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        addContext(lines, n);
        return lines;
    }

    /**
     * Features a line takes from where it stands: the shapes of the two lines before and after it, how long a run
     * of short lines it sits in (menus, tag clouds and teaser lists come as runs), whether a blank line sets it
     * apart, its position in the text by tenths, and how cluttered the whole text is (with whether the line is the
     * first or the last).
     */
    private static void addContext(List<Line> lines, int length) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank) {
                filled.add(i);
            }
        }
        int[] shortRun = new int[filled.size()];
        for (int k = 0; k < filled.size(); ) {
            int e = k;
            while (e < filled.size() && lines.get(filled.get(e)).shape().equals("short")) {
                e++;
            }
            for (int j = k; j < e; j++) {
                shortRun[j] = e - k;
            }
            k = Math.max(e, k + 1);
        }
        // how much of the whole text is short lines and furniture: a clean article has next to none
        long cluttered = filled.stream().map(lines::get)
                .filter(l -> l.shape().equals("short") || l.shape().equals("furniture")).count();
        String clutter = "clutter:" + bucket(filled.isEmpty() ? 0 : (int) (10 * cluttered / filled.size()),
                1, 2, 4, 6);
        for (int k = 0; k < filled.size(); k++) {
            Line l = lines.get(filled.get(k));
            l.features.add(clutter);
            if (k == 0 || k == filled.size() - 1) {
                l.features.add(clutter + "&" + (k == 0 ? "first" : "last"));
            }
            for (int d : new int[] {-2, -1, 1, 2}) {
                int j = k + d;
                String shape = j < 0 ? "start" : j >= filled.size() ? "end" : lines.get(filled.get(j)).shape();
                l.features.add((d < 0 ? "prev" : "next") + Math.abs(d) + ":" + shape);
                if (Math.abs(d) == 1) {
                    l.features.add("pair:" + l.shape() + (d < 0 ? "<" : ">") + shape);
                }
            }
            if (shortRun[k] > 0) {
                l.features.add("shortrun:" + bucket(shortRun[k], 1, 2, 4, 8, 16));
            }
            int index = filled.get(k);
            boolean blankBefore = index > 0 && lines.get(index - 1).blank;
            boolean blankAfter = index + 1 < lines.size() && lines.get(index + 1).blank;
            l.features.add("apart:" + (blankBefore ? "b" : "-") + (blankAfter ? "a" : "-"));
            l.features.add("pos:" + (length == 0 ? 0 : Math.min(9, 10L * l.contentStart / length)));
        }
    }

    /** The largest bound a value reaches, as a feature value ({@code 0} below the first). */
    private static String bucket(int value, int... bounds) {
        String b = "0";
        for (int bound : bounds) {
            if (value >= bound) {
                b = Integer.toString(bound);
            }
        }
        return b;
    }

    /** One line of the pasted text with the signals the cleaner reads from it. */
    static final class Line {
        final boolean blank;
        final int contentStart;
        final String content;
        final boolean bullet;
        final int words;
        final boolean teaser;
        final boolean formField;
        final boolean caption;
        final boolean date;
        final boolean bio;
        final String byline;
        final String reason;
        final boolean repeated;
        final boolean relatedPrefix;
        final List<String> features = new ArrayList<>();
        private final String shape;
        double weight;
        double probability;

        Line(String text, int start, int end, java.util.Map<String, Integer> seen) {
            int s = start;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            contentStart = s;
            content = text.substring(s, e);
            blank = content.isEmpty();
            Matcher b = BULLET.matcher(content);
            bullet = b.find() && b.end() > 0 && !content.startsWith("—") && !content.startsWith("\"");
            String bare = bullet ? content.substring(b.end()) : content;
            words = countWords(bare);
            teaser = ELLIPSIS.matcher(bare).find();
            formField = FORM_FIELD.matcher(bare).find();
            String key = BoilerplateLexicon.key(bare);
            // a sentence printed twice on one page is an image's alt text, a caption or a pinned teaser
            repeated = words >= 3 && seen.getOrDefault(key, 0) > 1;
            boolean shortLine = words <= 8;
            String r = shortLine && !key.isEmpty() ? BoilerplateLexicon.shortLineReason(key) : null;
            int colon = bare.indexOf(':');
            if (r == null && colon > 0 && words <= 20
                    && BoilerplateLexicon.RELATED_HEADINGS.contains(BoilerplateLexicon.key(bare.substring(0, colon)))) {
                r = "related-links";
                relatedPrefix = true;
            } else {
                relatedPrefix = false;
            }
            if (r == null && words <= 40 && BoilerplateLexicon.PROMO_PHRASES.matcher(bare).find()) {
                r = "promo";
            }
            if (r == null && words <= 30 && BoilerplateLexicon.FOOTER_PHRASES.matcher(bare).find()) {
                r = "footer";
            }
            if (r == null && key.startsWith("search") && words <= 4) {
                r = "search";
            }
            caption = words <= 60 && BoilerplateLexicon.CAPTION_MARKS.matcher(bare).find();
            date = !blank && words <= 14 && DATE.matcher(bare).find()
                    && !TERMINAL.matcher(bare).find() || (words <= 6 && DATE.matcher(bare).find());
            Matcher by = BYLINE.matcher(bare);
            byline = words <= 20 && by.matches() ? by.group(2).strip() : null;
            bio = words <= 60 && BIO.matcher(bare).matches();
            reason = r;
            boolean terminal = TERMINAL.matcher(bare).find();
            shape = blank ? "blank" : r != null ? "furniture" : words >= PROSE_WORDS && terminal ? "prose"
                    : terminal && words >= 4 ? "sentence" : words >= 15 ? "long" : "short";
            if (!blank) {
                describe(bare, terminal, key);
            }
        }

        String shape() {
            return shape;
        }

        /** The line's own features: its shape and size, how it ends, how it is written, and what it names. */
        private void describe(String bare, boolean terminal, String key) {
            features.add(LinearModel.BIAS);
            features.add("shape:" + shape);
            features.add("words:" + bucket(words, 1, 2, 3, 4, 6, 10, 20, 40, 80));
            features.add("chars:" + bucket(bare.length(), 1, 8, 16, 32, 64, 128, 256, 512));
            String end = teaser ? "ellipsis" : terminal ? "stop" : bare.endsWith(":") ? "colon"
                    : bare.endsWith("?") ? "question" : "none";
            features.add("end:" + end);
            features.add("shape:" + shape + "&end:" + end);
            if (reason != null) {
                features.add("reason:" + reason);
            }
            if (relatedPrefix) {
                features.add("relatedPrefix");
            }
            flag("bullet", bullet);
            flag("teaser", teaser);
            flag("formField", formField);
            flag("caption", caption);
            flag("date", date);
            flag("byline", byline != null);
            flag("bio", bio);
            flag("repeated", repeated);
            int capital = 0;
            int lettered = 0;
            int digits = 0;
            Matcher m = WORD.matcher(bare);
            while (m.find()) {
                char c = bare.charAt(m.start());
                if (Character.isLetter(c)) {
                    lettered++;
                    capital += Character.isUpperCase(c) ? 1 : 0;
                } else {
                    digits++;
                }
            }
            if (lettered >= 3) {
                features.add("capitals:" + bucket(10 * capital / lettered, 0, 3, 6, 9));
            }
            flag("numeric", words > 0 && 2 * digits >= words);
            flag("separators", bare.contains(" | ") || bare.contains(" · ") || bare.contains(" / "));
            flag("upper", lettered > 0 && bare.equals(bare.toUpperCase(java.util.Locale.ROOT))
                    && !bare.equals(bare.toLowerCase(java.util.Locale.ROOT)));
            flag("url", key.startsWith("http") || bare.contains("www.") || bare.contains("@"));
            // a headline run into its teaser with no space between them, as inline blocks copy
            flag("glued", GLUED.matcher(bare).find());
        }

        private void flag(String name, boolean on) {
            if (on) {
                features.add(name);
            }
        }

        private static int countWords(String s) {
            int n = 0;
            int cjk = 0;
            Matcher m = WORD.matcher(s);
            while (m.find()) {
                n++;
            }
            for (int i = 0; i < s.length(); i++) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI) {
                    cjk++;
                }
            }
            return n + cjk / 2;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
        }
    }
}
