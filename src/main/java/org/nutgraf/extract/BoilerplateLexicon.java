package org.nutgraf.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short page-furniture phrases in several languages, by the reason a line holding one is removed. Kept small and
 * general on purpose: the cleaner leans on layout signals first, and these only name what the layout finds.
 */
final class BoilerplateLexicon {

    /** Headings that open a trailing block of teasers: nothing after them belongs to the story. */
    static final Set<String> RELATED_HEADINGS = Set.of(
            "you may also like", "you might also like", "you may like", "related", "related stories",
            "related articles", "related posts", "related news", "related content", "related coverage",
            "related topics", "read more", "read next", "more from", "more stories", "more news", "top news",
            "top stories", "most popular", "most read", "most viewed", "trending", "trending now", "recommended",
            "recommended for you", "recommended stories", "latest news", "latest stories", "latest", "see also",
            "also read", "what to read next", "more on this", "more on this story", "don't miss", "dont miss",
            "popular", "popular posts", "recent posts", "recent", "editor's picks", "editors picks", "up next",
            "from the web", "promoted stories", "sponsored stories",
            "more like this", "related post", "read also", "see more", "more", "keep reading", "next article", "previous article", "similar articles",
            "das könnte sie auch interessieren", "das könnte sie interessieren", "mehr zum thema", "weitere artikel",
            "ähnliche artikel", "meistgelesen", "meistgelesene artikel", "lesen sie auch", "auch interessant",
            "weitere nachrichten", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
            "les plus lus", "articles similaires", "vous aimerez aussi", "à voir aussi", "te puede interesar",
            "noticias relacionadas", "lo más leído", "lo mas leido", "también te puede interesar", "más noticias",
            "relacionados", "relacionadas", "potrebbe interessarti", "articoli correlati",
            "i più letti", "leia também", "voce pode gostar", "você também pode gostar", "veja também", "mais lidas", "notícias relacionadas", "lees ook",
            "meer nieuws", "gerelateerde artikelen", "читайте также", "похожие статьи", "関連記事", "相关文章",
            "相關文章", "관련기사");

    /** Headings that open the reader comments. */
    static final Set<String> COMMENT_HEADINGS = Set.of(
            "comments", "comment", "leave a comment", "leave a reply", "share your thoughts", "post a comment",
            "join the discussion", "join the conversation", "add a comment", "write a comment", "cancel reply",
            "show comments", "view comments", "discussion", "kommentare", "kommentar schreiben",
            "commentaires", "laisser un commentaire", "comentarios", "deja un comentario", "commenti",
            "lascia un commento", "reacties", "comentários", "комментарии", "コメント", "评论", "댓글");

    /** Whole short lines, by reason. */
    static final Map<String, Set<String>> SHORT_LINES = Map.of(
            "search", Set.of("search", "what are you looking for", "search for",
                    "type to search", "enter search term", "search this site", "suche", "suchen",
                    "recherche", "buscar", "cerca", "zoeken", "搜索", "검색"),
            "social", Set.of("connect with us", "follow us", "follow", "follow us on social media",
                    "follow us on twitter", "stay connected", "share", "share this", "share this article",
                    "share this story", "share on facebook", "share on twitter", "share via email", "tweet",
                    "facebook", "twitter", "whatsapp", "email", "e mail", "print", "linkedin", "pinterest", "reddit",
                    "pocket", "flipboard", "sms", "messenger", "telegram", "instagram", "youtube", "rss", "rss feed",
                    "like this", "like loading", "like us on facebook", "share article", "copy link", "link copied",
                    "folgen sie uns", "teilen", "artikel teilen", "suivez nous", "partager", "síguenos", "siguenos",
                    "compartir", "seguici", "condividi", "delen", "volg ons", "compartilhe", "поделиться"),
            "promo", Set.of("subscribe", "sign up", "sign in", "log in", "login", "register", "advertisement",
                    "sponsored", "sponsored content", "ad", "ads", "anzeige", "werbung", "publicité", "publicidad",
                    "pubblicità", "advertentie", "publicidade", "реклама", "newsletter", "get the newsletter",
                    "subscribe now", "subscribe to our newsletter", "sign up for our newsletter", "accept",
                    "accept cookies", "i agree", "got it", "ok", "close", "skip to content", "skip to main content",
                    "menu", "back to top", "loading", "play video", "watch", "listen", "download the app"),
            "footer", Set.of("contact us", "contact", "about us", "about", "terms of use", "terms of service",
                    "terms and conditions", "privacy", "privacy policy", "cookie policy", "cookies", "sitemap",
                    "site map", "careers", "impressum", "datenschutz", "kontakt", "mentions légales",
                    "aviso legal", "política de privacidad", "contatti", "privacybeleid", "help", "faq"));

    /** Phrases that mark a line as promotion wherever they occur, in a line of modest length. */
    static final Pattern PROMO_PHRASES = Pattern.compile(
            "(?iu)\\b(subscribe (to|now|today)|sign up (for|to)|newsletter|we use cookies|this (web)?site uses cookies"
                    + "|accept (all )?cookies|cookie settings|by continuing to (use|browse)|join \\d+ other subscribers"
                    + "|enter your email|your email address|click here to subscribe|get our app|download our app"
                    + "|support (our|independent) journalism|become a (member|subscriber)|already a subscriber"
                    + "|abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|suscríbete|iscriviti|abonneer"
                    + "|assine|подпишитесь)\\b");

    /** Copyright and legal footer marks. */
    static final Pattern FOOTER_PHRASES = Pattern.compile(
            "(?iu)(©|\\(c\\) ?\\d{4}|\\bcopyright\\b|all rights reserved|alle rechte vorbehalten|tous droits réservés"
                    + "|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
                    + "|alle rechten voorbehouden|все права защищены|powered by wordpress|designed by)");

    /** Photo credits and caption markers. */
    static final Pattern CAPTION_MARKS = Pattern.compile(
            "(?iu)((^|[(\\[|]\\s*)(photo|photograph|image|picture|pic|foto|bild|credit|crédit|crédito|illustration"
                    + "|video)s?\\s*(:|by\\b|credit\\b|courtesy\\b)"
                    + "|(getty images?|shutterstock|istock(photo)?|ap photo|associated press|reuters|afp|epa|dpa"
                    + "|picture alliance|imago|alamy|bloomberg|/ap|\\(ap\\)|via getty)\\s*[)\\]]?\\s*$"
                    + "|^\\[[^\\]]*\\]$)");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private BoilerplateLexicon() {
    }

    /** Lower case, accents kept, punctuation and bullets folded to single spaces. */
    static String key(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
        return NOT_WORD.matcher(s).replaceAll(" ").strip().replace("'", "");
    }

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(more|other|latest|related|recommended|popular|top|trending|further|similar|most read)\\b.{0,30}"
                    + "\\b(stories|news|articles|posts|reads|reading|videos|coverage|headlines|links)$");

    /** Whether a line (as a {@link #key}) announces a block of links to other stories. */
    static boolean isRelatedHeading(String key) {
        return RELATED_HEADINGS.contains(key) || key.length() <= 50 && RELATED_HEADING.matcher(key).matches();
    }

    /** The reason for a short line that is nothing but page furniture, or {@code null}. */
    static String shortLineReason(String key) {
        if (isRelatedHeading(key)) {
            return "related-links";
        }
        if (COMMENT_HEADINGS.contains(key) || key.matches("\\d+ (comments?|responses?|replies|kommentare"
                + "|commentaires|comentarios|commenti|reacties)")) {
            return "comments";
        }
        for (Map.Entry<String, Set<String>> e : SHORT_LINES.entrySet()) {
            if (e.getValue().contains(key)) {
                return e.getKey();
            }
        }
        return null;
    }
}
