package org.nutgraf.extract;

import org.nutgraf.extract.PastedLines.Line;
import org.nutgraf.model.LinearModel;
import org.nutgraf.model.ModelFile;
import org.nutgraf.model.Provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the story in text pasted from a whole web page and lists the page furniture around and inside it.
 *
 * <p>The story is taken to be the run of lines with the most story in it (the Body Text Extraction idea of Finn et
 * al.: maximise story inside, clutter outside). How much a line is story comes from a learnt model
 * ({@code extract/pasted-lines.tsv}): a logistic regression over general signals of the line and its neighbours
 * (length, end punctuation, bullets, title case, runs of short lines, repeats, position, furniture phrases), trained
 * by {@code lab/run extract-train} on web pages copied whole from Chromium and dumped by a text browser, and on clean
 * texts, against their true main text. A line weighs its words times how far its probability stands above the
 * model's threshold; a heading that opens related links or comments ends the run. Lines outside the run are
 * removed with the reason their content or position suggests; inside it only lines that are plainly furniture
 * (captions, share buttons, promos, datelines, bylines, author bios) go.
 *
 * <p>Immutable and thread-safe: one instance can serve every request.
 */
public final class PastedTextCleaner {

    /** The bundled line model and its provenance, read once. */
    private static final class Bundled {
        static final ModelFile<LinearModel> FILE = ModelFile.linear("extract/pasted-lines.tsv");
    }

    /** The model file's header key whose value is the decision threshold on a line's probability. */
    public static final String THRESHOLD = "threshold";

    /** The model file's header key whose value is the probability under which a line inside the story's run goes too. */
    public static final String INSIDE_THRESHOLD = "inside-threshold";

    private final LinearModel model;
    private final double threshold;
    private final double insideThreshold;
    private final List<Provenance> models;

    /** A cleaner with the bundled line model and the thresholds its file's header gives. */
    public PastedTextCleaner() {
        this(Bundled.FILE.model(), Bundled.FILE.provenance().number(THRESHOLD),
                Bundled.FILE.provenance().number(INSIDE_THRESHOLD), List.of(Bundled.FILE.provenance()));
    }

    /** A cleaner with a line model and thresholds of its own, as the lab trains them. */
    public PastedTextCleaner(LinearModel model, double threshold, double insideThreshold) {
        this(model, threshold, insideThreshold, List.of());
    }

    private PastedTextCleaner(LinearModel model, double threshold, double insideThreshold, List<Provenance> models) {
        this.model = model;
        this.threshold = threshold;
        this.insideThreshold = insideThreshold;
        this.models = models;
    }

    /** The shipped model files this cleaner's decisions come from: the line model's, when bundled. */
    public List<Provenance> models() {
        return models;
    }

    /** One line of a text as the line model sees it: where it stands, its words, and its features. */
    public record LineView(int start, int end, int words, List<String> features) {
    }

    /** Every non-blank line of a text with its features, in order: what the lab labels and trains on. */
    public static List<LineView> lineViews(String text) {
        List<LineView> out = new ArrayList<>();
        for (Line l : PastedLines.split(text)) {
            if (!l.blank) {
                out.add(new LineView(l.contentStart, l.contentStart + l.content.length(), l.words,
                        List.copyOf(l.features)));
            }
        }
        return out;
    }

    /** Cleans one pasted page. Never returns {@code null}; text with no prose comes back with nothing removed. */
    public CleanedText clean(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        List<Line> lines = PastedLines.split(text);
        if (lines.stream().noneMatch(l -> l.shape().equals("prose") || l.shape().equals("sentence"))) {
            return new CleanedText(text, null, null, null, null, List.of());
        }
        for (Line l : lines) {
            if (!l.blank) {
                l.probability = LinearModel.probability(model.logit(l.features));
                // a heading that opens related links or comments ends the story: the run never crosses it
                l.weight = ("related-links".equals(l.reason) && !l.relatedPrefix) || "comments".equals(l.reason)
                        ? Double.NEGATIVE_INFINITY : Math.max(1, l.words) * (l.probability - threshold);
            }
        }
        int[] body = densestRun(lines);
        if (body == null) {
            return new CleanedText(text, null, null, null, null, List.of());
        }
        String[] reason = new String[lines.size()];
        int first = body[0];
        int last = body[1];
        // headlines the run begins with stand above the story, not in it: the title is the nearest of them
        for (int next = nextNonBlank(lines, first); headlineLike(lines.get(first)) && next >= 0 && next <= last;
                next = nextNonBlank(lines, first)) {
            first = next;
        }

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
                if (reason[i] == null && l.probability < insideThreshold) {
                    // the model is sure it is no story: a teaser or a menu line the run spans
                    reason[i] = l.teaser || l.words >= 5 ? "related-links" : "navigation";
                }
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
            if (headlineLike(l)) {
                return i;
            }
        }
        return -1;
    }

    /** A few words with no end stop that are no furniture, byline, date or caption: how a headline looks. */
    private static boolean headlineLike(Line l) {
        if (l.blank || l.reason != null || l.bullet || l.date || l.byline != null || l.caption || l.formField
                || l.bio || l.teaser) {
            return false;
        }
        boolean stop = l.content.endsWith(".") && !l.content.endsWith("..");
        return l.words >= 3 && l.words <= 30 && l.content.length() >= 15 && l.content.length() <= 250 && !stop;
    }

    /**
     * Maximum-sum run of line weights (Kadane): story lines weigh for, clutter against, so the run is the stretch
     * where the story is denser than the clutter around it.
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
}
