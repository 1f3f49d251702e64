package org.nutgraf.extract;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a web page: headline, byline and date from the page's metadata, and the body paragraphs by
 * scoring DOM blocks on text and link density (after Readability), with page furniture pruned first.
 *
 * <p>Stateless and thread-safe: one instance can serve every request.
 */
public final class HtmlArticleExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "nav", "aside", "footer", "button", "input", "select", "textarea", "label",
            "dialog", "figcaption", "menu", "link", "meta", "video", "audio", "picture", "map");
    /** Dropped tags that never show prose as text, whatever they hold. */
    private static final Set<String> NEVER_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "link", "meta", "video", "audio", "picture", "map");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "figure", "header", "form", "center", "address", "hr", "body", "br");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd",
            "h2", "h3", "h4", "h5", "h6");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|commentlist|disqus|related|share|sharing|social|cookies?|consent|gdpr"
                    + "|newsletter|subscribe|subscription|signup|promo|outbrain|taboola|sidebar|footer|nav|navbar"
                    + "|navigation|menu|breadcrumbs?|advert|advertisement|ads?|ad-slot|sponsor(ed)?|popup|modal"
                    + "|recommend(ed|ations)?|trending|popular|most-read|toolbar|masthead|banner|pagination"
                    + "|pager|tags|tag-list|author-bio|bio|caption|credit|hidden|visually-hidden|sr-only|skip"
                    + "|print-only|more-stories|read-more|readmore|next-article|paywall|byline|dateline|meta"
                    + "|timestamp|rating|print|email|login|rss)([-_\\s]|$)");
    private static final Pattern CONTENT = Pattern.compile(
            "(?i)(article|body|content|entry|main|post|story|text|blog|news)");
    /** Readability's threshold: a rival within three quarters of the best marks a chunked story. */
    private static final double RIVAL_SHARE = 0.75;
    /** A twin container needs about two real paragraphs of score to count as a chunk of the story. */
    private static final double TWIN_MIN = 20;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—·•:-]\\s+[^|–—·•]{2,60}$");

    /** Extracts from page bytes; {@code declaredCharset} is the Content-Type charset, or {@code null}. */
    public ExtractedArticle extract(byte[] page, String declaredCharset) {
        if (page == null) {
            throw new IllegalArgumentException("page bytes are required");
        }
        PageDecoder.Decoded decoded = PageDecoder.decode(page, declaredCharset);
        return extract(decoded.text(), decoded.charset());
    }

    /** Extracts from markup already decoded; the result's charset is then {@code null}. */
    public ExtractedArticle extract(String html) {
        if (html == null) {
            throw new IllegalArgumentException("html is required");
        }
        return extract(html, null);
    }

    private ExtractedArticle extract(String html, Charset charset) {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.read(doc);
        Element body = doc.body();
        prune(body);
        List<String> paragraphs = bodyParagraphs(body, meta.title());
        String source = "dom";
        String jsonLdBody = meta.articleBody();
        if (jsonLdBody != null && prefersJsonLd(jsonLdBody, paragraphs)) {
            paragraphs = splitParagraphs(jsonLdBody);
            source = "json-ld";
        }
        return new ExtractedArticle(meta.title(), meta.byline(), meta.published(), paragraphs,
                charset == null ? null : charset.name(), source, meta.language());
    }

    /** The page's own articleBody wins only when the DOM gave little, since many sites truncate it to a teaser. */
    private static boolean prefersJsonLd(String jsonLdBody, List<String> paragraphs) {
        int domLength = paragraphs.stream().mapToInt(String::length).sum();
        return jsonLdBody.length() >= 500 && domLength < jsonLdBody.length() * 0.5;
    }

    static List<String> splitParagraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            String t = normalise(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- pruning ----------------------------------------------------------------------------------------------

    static void prune(Element body) {
        // class names lie ("no-sidebar", "elementor-widget"): never prune by name what holds most of the prose
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (Element p : body.select("p")) {
            int n = p.text().length();
            if (n < 40) {
                continue;
            }
            total += n;
            for (Element a = p; a != null; a = a.parent()) {
                prose.merge(a, n, Integer::sum);
            }
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            boolean mostOfTheProse = prose.getOrDefault(e, 0) > total * 0.5;
            if (NEVER_TEXT_TAGS.contains(tag) || (DROP_TAGS.contains(tag) || isHidden(e)) && !mostOfTheProse) {
                // a hidden block or an aside that holds most of the prose is the story itself: streamed pages
                // park it hidden until a script shows it, some themes wrap it in an aside
                doomed.add(e);
            } else if (isFurniture(e) && prose.getOrDefault(e, 0) <= total * 0.3) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("p") || e.hasAttr("itemprop")
                && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("dialog") || role.equals("alert")) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank() || !FURNITURE.matcher(names).find()) {
            return false;
        }
        // "post-content sharing-enabled" is content first; "comment-content" is a comment all the same
        return !CONTENT.matcher(names.replaceAll("(?i)\\S*(comment|related|share)\\S*", "")).find();
    }

    // ---- blocks -----------------------------------------------------------------------------------------------

    /** A run of text between block boundaries, with how much of it is link text. */
    private record Block(Element owner, String text, int linkChars) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] links = {0};
        collect(root, root, text, links, out, false);
        flush(root, text, links, out);
        return out;
    }

    private static void collect(Node node, Element owner, StringBuilder text, int[] links, List<Block> out,
                                boolean inLink) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                int before = text.length();
                appendCollapsed(text, s);
                if (inLink) {
                    links[0] += text.length() - before;
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append('\n');
                    }
                    continue;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush(owner, text, links, out);
                    collect(e, e, text, links, out, inLink);
                    flush(e, text, links, out);
                } else {
                    collect(e, owner, text, links, out, inLink || tag.equals("a"));
                }
            }
        }
    }

    private static void appendCollapsed(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' '
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    private static void flush(Element owner, StringBuilder text, int[] links, List<Block> out) {
        String t = text.toString();
        text.setLength(0);
        int l = links[0];
        links[0] = 0;
        for (String line : t.split("\n")) {
            String n = normalise(line);
            if (!n.isEmpty()) {
                out.add(new Block(owner, n, Math.min(l, n.length())));
                l = Math.max(0, l - n.length());
            }
        }
    }

    static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
    }

    // ---- scoring ----------------------------------------------------------------------------------------------

    private static List<String> bodyParagraphs(Element body, String title) {
        List<Block> all = blocks(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, int[]> textAndLinks = new IdentityHashMap<>();
        for (Block b : all) {
            Element e = b.owner();
            int depth = 0;
            for (Element a = e; a != null && depth < 40; a = a.parent(), depth++) {
                int[] tl = textAndLinks.computeIfAbsent(a, k -> new int[2]);
                tl[0] += b.text().length();
                tl[1] += b.linkChars();
            }
            if (b.text().length() < 25 || b.linkDensity() > 0.5) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < 5; a = a.parent(), level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(a, score * share + (scores.containsKey(a) ? 0 : initial(a)), Double::sum);
            }
        }
        Element top = null;
        double best = -1;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            int[] tl = textAndLinks.get(s.getKey());
            double density = tl == null || tl[0] == 0 ? 0 : (double) tl[1] / tl[0];
            double score = s.getValue() * (1 - density);
            if (tl == null || tl[0] < 200) {
                // a headline box with a flattering class name is no article body
                score *= 0.1;
            }
            finals.put(s.getKey(), score);
            if (score > best) {
                best = score;
                top = s.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climbToSharedAncestor(top, best, finals);
        List<Element> chosen = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            chosen.add(top);
        } else {
            double threshold = Math.max(10, best * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == top) {
                    chosen.add(sibling);
                    continue;
                }
                Double s = scores.get(sibling);
                int[] tl = textAndLinks.get(sibling);
                double density = tl == null || tl[0] == 0 ? 0 : (double) tl[1] / tl[0];
                if (s != null && s * (1 - density) >= threshold) {
                    chosen.add(sibling);
                } else if (sibling.normalName().equals("p") && tl != null) {
                    String t = sibling.text();
                    if (t.length() > 80 && density < 0.25 || t.length() > 0 && density == 0 && t.endsWith(".")) {
                        chosen.add(sibling);
                    }
                }
            }
        }
        addTwins(body, top, chosen, scores);
        List<Block> kept = new ArrayList<>();
        String titleKey = title == null ? null : BoilerplateLexicon.key(title);
        for (Element c : chosen) {
            for (Block b : blocks(c)) {
                if (keep(b, titleKey)) {
                    kept.add(b);
                }
            }
        }
        return withoutRelatedHeadings(kept);
    }

    /**
     * Sites that split a story around ads repeat the same container (same tag, same classes) for every chunk;
     * those twins of the chosen container belong to the story wherever they sit.
     */
    private static void addTwins(Element body, Element top, List<Element> chosen, Map<Element, Double> scores) {
        String cls = top.className().strip();
        if (cls.isEmpty()) {
            return;
        }
        List<Element> twins = new ArrayList<>();
        for (Element e : body.getElementsByTag(top.normalName())) {
            if (e != top && cls.equals(e.className().strip()) && scores.getOrDefault(e, 0.0) >= TWIN_MIN
                    && chosen.stream().noneMatch(c -> c == e || e.parents().contains(c) || c.parents().contains(e))) {
                twins.add(e);
            }
        }
        if (twins.isEmpty()) {
            return;
        }
        twins.addAll(chosen);
        List<Element> ordered = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (twins.stream().anyMatch(t -> t == e)) {
                ordered.add(e);
            }
        }
        chosen.clear();
        chosen.addAll(ordered);
    }

    /**
     * Drops "Related stories" style headings. Cutting everything after such a heading was measured too: it lost
     * more story (headings inside the text) than teasers it saved (F1 0.969 against 0.970).
     */
    private static List<String> withoutRelatedHeadings(List<Block> kept) {
        List<String> out = new ArrayList<>();
        for (Block b : kept) {
            if (b.text().length() < 60 && BoilerplateLexicon.isRelatedHeading(BoilerplateLexicon.key(b.text()))) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    /**
     * Pages that cut the story into chunks between ads give several strong candidates that are cousins; the story
     * is their nearest common ancestor.
     */
    private static Element climbToSharedAncestor(Element top, double best, Map<Element, Double> finals) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> f : finals.entrySet()) {
            Element e = f.getKey();
            if (f.getValue() >= best * RIVAL_SHARE && e != top && !e.parents().contains(top)
                    && !top.parents().contains(e)) {
                rivals.add(e);
            }
        }
        if (rivals.isEmpty()) {
            return top;
        }
        Element a = top.parent();
        for (int depth = 0; a != null && depth < 4 && !a.normalName().equals("body"); a = a.parent(), depth++) {
            for (Element r : rivals) {
                if (r.parents().contains(a)) {
                    return a;
                }
            }
        }
        return top;
    }

    private static boolean keep(Block b, String titleKey) {
        String t = b.text();
        int words = t.split("\\s+").length;
        if (b.linkDensity() > 0.5 && words < 30) {
            return false;
        }
        String key = BoilerplateLexicon.key(t);
        if (key.isEmpty() || key.equals(titleKey)) {
            return false;
        }
        if (words <= 8 && BoilerplateLexicon.shortLineReason(key) != null
                && !BoilerplateLexicon.isRelatedHeading(key)) {
            return false;
        }
        if (words <= 40 && (BoilerplateLexicon.PROMO_PHRASES.matcher(t).find()
                || BoilerplateLexicon.FOOTER_PHRASES.matcher(t).find())) {
            return false;
        }
        return !b.owner().normalName().equals("h1");
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (!names.isBlank()) {
            if (CONTENT.matcher(names).find()) {
                s += 25;
            }
            if (FURNITURE.matcher(names).find()) {
                s -= 25;
            }
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            s += 50;
        }
        return s;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** Strips a " | Site name" tail from a document title. */
    static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = normalise(title);
        String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.split("\\s+").length >= 3 ? stripped : t;
    }
}
