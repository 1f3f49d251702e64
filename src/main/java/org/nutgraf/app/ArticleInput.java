package org.nutgraf.app;

/**
 * What the caller sent: plain text, or a page's HTML (as decoded JSON text, or as raw bytes with the charset its
 * Content-Type declared), with an optional headline.
 *
 * @param text      plain text, or null
 * @param html      HTML already decoded (the JSON {@code html} field), or null
 * @param htmlBytes HTML as sent in a text/html body, or null
 * @param charset   the charset a text/html body declared, or null
 * @param title     the caller's headline, or null
 */
public record ArticleInput(String text, String html, byte[] htmlBytes, String charset, String title) {

    /** Plain text. */
    public static ArticleInput text(String text, String title) {
        return new ArticleInput(text, null, null, null, title);
    }

    /** What a JSON request holds: its text or its html, never both. */
    public static ArticleInput of(SummaryRequest request) {
        if (request == null) {
            throw ProblemException.invalid("The body is empty; send {\"text\": \"...\"}");
        }
        if (request.text() != null && request.html() != null) {
            throw ProblemException.invalid("Send the article as 'text' or as 'html', not both");
        }
        return new ArticleInput(request.text(), request.html(), null, null, request.title());
    }

    /** What a text/plain body (decoded strictly) or a text/html body (decoded later, by the page's rules) holds. */
    public static ArticleInput of(byte[] body, String contentType, String title) {
        boolean html = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
        return html
                ? new ArticleInput(null, null, body, PlainText.declaredCharset(contentType), title)
                : text(PlainText.decode(body, contentType), title);
    }

    /** True when the caller sent HTML. */
    public boolean isHtml() {
        return html != null || htmlBytes != null;
    }

    /** SHA-256 (hex) of what was sent: the text or the HTML as UTF-8, or the HTML body's bytes as they came. */
    public String sha256() {
        byte[] bytes = htmlBytes != null ? htmlBytes
                : (html != null ? html : text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** What identifies the input for the cache: its form (and declared charset) with the digest of its content. */
    public String identity() {
        String form = htmlBytes != null ? "bytes:" + charset : html != null ? "html" : "text";
        return form + ":" + sha256();
    }
}
