package org.nutgraf.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the story in text pasted from a whole web page and lists the page furniture around and inside it.
 *
 * <p>The story is taken to be the run of lines with the most prose in it (the Body Text Extraction idea of Finn et
 * al.: maximise prose inside, clutter outside), where a line counts as prose by its length and terminal
 * punctuation, and menus, link lists, teasers and known furniture phrases count against. Lines outside the run are
 * removed with the reason their content or position suggests; inside it only lines that are plainly furniture
 * (captions, share buttons, promos, datelines, bylines, author bios) go.
 *
 * <p>Stateless and thread-safe: one instance can serve every request.
 */
public final class PastedTextCleaner {

    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00a0]*([•·●▪◦‣∙*►▸»>|-]|\\d{1,2}[.)])\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
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

    /** Cleans one pasted page. Never returns {@code null}; text with no prose comes back with nothing removed. */
    public CleanedText clean(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        List<Line> lines = split(text);
        halveIsolatedProse(lines);
        int[] body = densestRun(lines);
        if (body == null) {
            return new CleanedText(text, null, null, null, null, List.of());
        }
        String[] reason = new String[lines.size()];
        int first = body[0];
        int last = body[1];

        // outside the body run: everything goes; name it by what it is, else by where it stands
        boolean afterBreak = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank) {
                continue;
            }
            if (i >= first && i <= last) {
                reason[i] = insideReason(l, i == first || i == last || i == nextNonBlank(lines, first)
                        || i == previousNonBlank(lines, last));
                continue;
            }
            String r = l.reason;
            if (i > last) {
                if ("related-links".equals(r) || "comments".equals(r)) {
                    afterBreak = true;
                }
                if (r == null && l.date) {
                    r = afterBreak ? "related-links" : "dateline";
                }
                if (r == null) {
                    r = afterBreak || l.teaser || (!l.bullet && l.words >= 5) ? "related-links" : "footer";
                }
            } else {
                if (r == null && l.byline != null) {
                    r = "byline";
                }
                if (r == null && l.bio) {
                    r = "byline";
                }
                if (r == null && l.date) {
                    r = "dateline";
                }
                if (r == null) {
                    r = "navigation";
                }
            }
            reason[i] = r;
        }

        String title = null;
        Span titleSpan = null;
        int titleLine = findTitle(lines, first);
        if (titleLine >= 0) {
            Line t = lines.get(titleLine);
            title = t.content;
            titleSpan = new Span(t.contentStart, t.contentStart + t.content.length());
            for (int i = 0; i < first; i++) {
                if (!lines.get(i).blank && lines.get(i).content.equals(title)) {
                    reason[i] = "headline";
                }
            }
        }
        String byline = null;
        String published = null;
        for (int i = Math.max(0, titleLine); i <= last && (byline == null || published == null); i++) {
            Line l = lines.get(i);
            if (byline == null && l.byline != null && ("byline".equals(reason[i]))) {
                byline = l.byline;
            }
            if (published == null && "dateline".equals(reason[i])) {
                published = l.content;
            }
        }
        return new CleanedText(text, title, titleSpan, byline, published, removals(lines, reason));
    }

    private static String insideReason(Line l, boolean atEdge) {
        if (l.reason != null && (!"related-links".equals(l.reason) || l.relatedPrefix) && !"footer".equals(l.reason)) {
            return l.reason;
        }
        if (l.caption || l.repeated) {
            return "caption";
        }
        if (l.byline != null) {
            return "byline";
        }
        if (atEdge && l.bio) {
            return "byline";
        }
        if (l.date && l.words <= 8) {
            return "dateline";
        }
        if (l.formField) {
            return "navigation";
        }
        return null;
    }

    /** The nearest headline-like line above the body: a few words, no end stop, not furniture. */
    private static int findTitle(List<Line> lines, int first) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < 25; i--) {
            Line l = lines.get(i);
            if (l.blank) {
                continue;
            }
            seen++;
            if (l.reason != null || l.bullet || l.date || l.byline != null || l.caption || l.formField || l.bio) {
                continue;
            }
            boolean stop = l.content.endsWith(".") && !l.content.endsWith("..");
            if (l.words >= 3 && l.words <= 30 && l.content.length() >= 15 && l.content.length() <= 250 && !stop
                    && !l.teaser) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Maximum-sum run of line weights (Kadane): prose lines weigh their length, furniture weighs against, so the
     * run is the stretch where the story is denser than the clutter around it.
     */
    private static int[] densestRun(List<Line> lines) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            double w = lines.get(i).weight;
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += w;
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    /**
     * A prose line standing alone between menus, images or headings is a teaser more often than a paragraph; a
     * story's paragraphs come in runs.
     */
    private static void halveIsolatedProse(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.prose) {
                continue;
            }
            int p = previousNonBlank(lines, i);
            int n = nextNonBlank(lines, i);
            boolean before = p >= 0 && lines.get(p).prose;
            boolean after = n >= 0 && lines.get(n).prose;
            if (!before && !after) {
                l.weight *= 0.3;
            }
        }
    }

    private static List<Removal> removals(List<Line> lines, String[] reason) {
        List<Removal> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank) {
                continue;
            }
            String r = reason[i];
            if (r != null && r.equals(current)) {
                end = l.contentStart + l.content.length();
                continue;
            }
            if (current != null) {
                out.add(new Removal(start, end, current));
            }
            current = r;
            if (r != null) {
                start = l.contentStart;
                end = l.contentStart + l.content.length();
            }
        }
        if (current != null) {
            out.add(new Removal(start, end, current));
        }
        return out;
    }

    private static int nextNonBlank(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank) {
                return j;
            }
        }
        return -1;
    }

    private static int previousNonBlank(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).blank) {
                return j;
            }
        }
        return -1;
    }

    private static List<Line> split(String text) {
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
        return lines;
    }

    /** One line of the pasted text with the signals the cleaner reads from it. */
    private static final class Line {
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
        double weight;
        boolean prose;

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
            weight = blank ? 0 : weigh(bare, r);
        }

        private double weigh(String bare, String r) {
            int len = bare.codePointCount(0, bare.length());
            if (("related-links".equals(r) && !relatedPrefix) || "comments".equals(r)) {
                return -1000;
            }
            if (repeated) {
                return -(15 + len * 0.2);
            }
            if (r != null || formField) {
                return -150;
            }
            if (teaser) {
                return -Math.max(40, len);
            }
            boolean terminal = TERMINAL.matcher(bare).find();
            if (words >= PROSE_WORDS && terminal) {
                prose = !caption;
                return caption ? -len * 0.5 : len;
            }
            if (words >= 4 && terminal && !bullet) {
                return len * 0.3;
            }
            if (words >= 15) {
                return 0;
            }
            if (bullet) {
                return -(30 + len * 0.5);
            }
            return -(15 + len * 0.3);
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
