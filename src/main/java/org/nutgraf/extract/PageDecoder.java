package org.nutgraf.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

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
 * Turns page bytes into text as a browser does (the WHATWG encoding rules): a byte-order mark, else the charset the
 * server declared, else the one the page declares in its {@code <meta>}, else UTF-8; a label no one knows is passed
 * over. When the page is not valid in that charset, and most of what lies beyond ASCII does not decode in it (a
 * page that says UTF-8 and holds windows-1252, as many do), ICU's charset detector names the charset it is valid
 * in. A right declaration with a few bad bytes, or a page no charset fits, is decoded as a browser does: the bytes
 * that do not decode become U+FFFD. Only bytes that are not text at all are refused.
 */
final class PageDecoder {

    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it a little later. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    /** ICU's confidence (0 to 100) under which a detected charset is not tried. */
    private static final int MIN_CONFIDENCE = 10;
    /**
     * The share of characters that are U+FFFD or control characters past which decoded bytes are not text: a page
     * with a few bad bytes has far fewer, an image or a zip file far more.
     */
    private static final double MAX_NOT_TEXT = 0.1;

    /**
     * A page's text and the charset it was read in.
     *
     * @param text    the text, without a byte-order mark
     * @param charset the charset it was decoded from
     */
    record Decoded(String text, Charset charset) {
    }

    private PageDecoder() {
    }

    /**
     * Decodes a page.
     *
     * @param declared the charset the server declared (the Content-Type's), or null
     * @throws UndecodablePageException when the bytes are not text in any charset
     */
    static Decoded decode(byte[] page, String declared) {
        Charset bom = byteOrderMark(page);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return checked(new Decoded(replacing(page, skip, bom), bom));
        }
        Charset chosen = known(declared);
        if (chosen == null) {
            chosen = metaCharset(page);
        }
        if (chosen == null) {
            chosen = StandardCharsets.UTF_8;
        }
        String text = strict(page, chosen);
        if (text != null) {
            return new Decoded(text, chosen);
        }
        String replaced = replacing(page, 0, chosen);
        if (mostlyDecodes(replaced)) {
            // a right declaration with a few bad bytes: most of the text beyond ASCII decodes
            return checked(new Decoded(replaced, chosen));
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(page);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
            if (m.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset detected = known(m.getName());
            if (chosen.equals(detected)) {
                // the detector too reads the page as declared: a few bad bytes in a right declaration
                break;
            }
            if (detected != null) {
                text = strict(page, detected);
                if (text != null) {
                    return checked(new Decoded(text, detected));
                }
            }
        }
        return checked(new Decoded(replaced, chosen));
    }

    /** Whether more of the text's characters beyond ASCII decoded than became U+FFFD. */
    private static boolean mostlyDecodes(String text) {
        int decoded = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c > 0x7F) {
                decoded++;
            }
        }
        return decoded > replaced;
    }

    private static Charset byteOrderMark(byte[] page) {
        if (page.length >= 3 && (page[0] & 0xff) == 0xEF && (page[1] & 0xff) == 0xBB && (page[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (page.length >= 2 && (page[0] & 0xff) == 0xFE && (page[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (page.length >= 2 && (page[0] & 0xff) == 0xFF && (page[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset the page's own {@code <meta>} names, or null. */
    private static Charset metaCharset(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = known(m.group(1));
            if (c != null) {
                // a page saved as UTF-16 cannot name itself in ASCII; the HTML standard reads such a claim as UTF-8
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            }
        }
        return null;
    }

    /** Decodes strictly; null when a byte is malformed or unmappable in the charset. */
    private static String strict(byte[] page, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(page));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes as a browser does: what does not decode becomes U+FFFD. */
    private static String replacing(byte[] page, int skip, Charset charset) {
        return new String(page, skip, page.length - skip, charset);
    }

    /** The decoded text, unless it is mostly replacement and control characters: then the bytes are no text. */
    private static Decoded checked(Decoded decoded) {
        String text = decoded.text();
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                bad++;
            }
        }
        if (!text.isEmpty() && bad > MAX_NOT_TEXT * text.length()) {
            throw new UndecodablePageException(decoded.charset().name(), "the page is not text: " + bad + " of its "
                    + text.length() + " characters do not decode in " + decoded.charset().name()
                    + " or any charset detected");
        }
        return decoded;
    }

    /** The charset a label names, as browsers read labels (ISO-8859-1 and ASCII are windows-1252); null if unknown. */
    private static Charset known(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "");
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
