package org.nutgraf.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article in metadata: Open Graph and article meta tags, JSON-LD, {@code <time>},
 * rel=author, and its language ({@code <html lang>}, {@code og:locale}, {@code Content-Language}). JSON-LD is read with a small scanner for the few string fields needed, so no JSON library is pulled
 * in and malformed blocks (common in the wild) cost nothing but the field.
 */
record PageMetadata(String title, String byline, String published, String articleBody, String language) {

    private static final Pattern JSON_STRING_FIELD = Pattern.compile(
            "\"(headline|datePublished|articleBody|name|@type)\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final Pattern JSON_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(\\[\\s*)?(\\{[^{}]*?\"name\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"|\"((?:[^\"\\\\]++|\\\\.)*+)\")");

    static PageMetadata read(Document doc) {
        String headline = null;
        String datePublished = null;
        String articleBody = null;
        List<String> authors = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            Matcher m = JSON_STRING_FIELD.matcher(json);
            while (m.find()) {
                String value = unescape(m.group(2));
                switch (m.group(1)) {
                    case "headline" -> headline = headline == null ? value : headline;
                    case "datePublished" -> datePublished = datePublished == null ? value : datePublished;
                    case "articleBody" -> articleBody = articleBody == null || value.length() > articleBody.length()
                            ? value : articleBody;
                    default -> { }
                }
            }
            Matcher a = JSON_AUTHOR.matcher(json);
            while (a.find()) {
                String name = a.group(3) != null ? a.group(3) : a.group(4);
                if (name != null && !name.isBlank() && !name.startsWith("http") && !authors.contains(name)) {
                    authors.add(unescape(name));
                }
            }
        }
        String title = first(meta(doc, "og:title"), headline, meta(doc, "twitter:title"), text(doc, "h1"),
                doc.title());
        title = title == null ? null : HtmlArticleExtractor.cleanTitle(title);
        // JSON-LD first: a meta "author" often names the publisher (e.g. the media group) rather than the writer
        String byline = first(authors.isEmpty() ? null : String.join(", ", authors), meta(doc, "author"),
                meta(doc, "article:author"), text(doc, "[rel=author]"), text(doc, "[itemprop=author]"),
                text(doc, ".byline"), text(doc, ".author"));
        if (byline != null) {
            byline = HtmlArticleExtractor.normalise(byline.replaceFirst("(?i)^\\s*by\\s+", ""));
            if (byline.startsWith("http") || byline.length() > 120) {
                byline = null;
            }
        }
        String published = first(meta(doc, "article:published_time"), datePublished,
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"), attr(doc, "time[datetime]", "datetime"),
                attr(doc, "[itemprop=datePublished]", "content"));
        String language = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"),
                attr(doc, "meta[http-equiv=content-language]", "content"));
        return new PageMetadata(title, byline, published, articleBody == null ? null : articleBody.strip(),
                language == null ? null : language.strip().replace('_', '-'));
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (e == null) {
            return null;
        }
        String c = e.attr("content").strip();
        return c.isEmpty() ? null : c;
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String t = HtmlArticleExtractor.normalise(e.text());
        return t.isEmpty() ? null : t;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException e) {
                            out.append('u');
                        }
                    }
                }
                default -> out.append(n);
            }
        }
        // articleBody is sometimes HTML-escaped text; decode the entities the way a browser would show them
        return org.jsoup.parser.Parser.unescapeEntities(out.toString(), false);
    }
}
