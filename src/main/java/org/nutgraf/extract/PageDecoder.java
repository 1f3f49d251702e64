package org.nutgraf.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text by its byte-order mark, else the charset the server declared, else the one the page
 * declares, else UTF-8, and refuses bytes that are not valid in that charset rather than replacing them silently.
 */
final class PageDecoder {

    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it a little later. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private PageDecoder() {
    }

    /**
     * The charset to use, in the HTML standard's order: a byte-order mark, then the charset the server declared,
     * then the page's own meta declaration, then UTF-8.
     */
    static Charset choose(byte[] page, String declared) {
        if (page.length >= 3 && (page[0] & 0xff) == 0xEF && (page[1] & 0xff) == 0xBB && (page[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (page.length >= 2 && (page[0] & 0xff) == 0xFE && (page[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (page.length >= 2 && (page[0] & 0xff) == 0xFF && (page[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (declared != null && !declared.isBlank()) {
            return forName(declared.strip().replace("\"", ""), "declared by the caller");
        }
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset c = forName(m.group(1), "declared in the page's <meta>");
            // a page saved as UTF-16 cannot name itself in ASCII; the HTML standard reads such a claim as UTF-8
            return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        }
        return StandardCharsets.UTF_8;
    }

    /** Decodes strictly: malformed or unmappable input is an error, never a replacement character. */
    static String decode(byte[] page, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(page);
        try {
            CharBuffer out = decoder.decode(in);
            String text = out.toString();
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UndecodablePageException(charset.name(), "the page is not valid " + charset.name()
                    + " near byte " + in.position() + "; declare its charset (Content-Type: text/html; charset=...)");
        }
    }

    private static Charset forName(String name, String where) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // the HTML standard maps these labels to their supersets; browsers decode them so
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UndecodablePageException(name, "unknown charset '" + name + "' " + where);
        }
    }
}
