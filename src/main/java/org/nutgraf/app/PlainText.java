package org.nutgraf.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes a text/plain body strictly: UTF-8 or US-ASCII as declared, never a guess, never a silent replacement. */
public final class PlainText {

    private PlainText() {
    }

    public static String decode(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "invalid-encoding", "Invalid text encoding",
                    "The body is not valid " + charset.name() + "; send the text as UTF-8");
        }
    }

    /** The charset parameter of a Content-Type header, or null. */
    public static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).trim().replace("\"", "");
            }
        }
        return null;
    }

    private static Charset charset(String contentType) {
        String declared = declaredCharset(contentType);
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        return switch (declared.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "US-ASCII", "ASCII" -> StandardCharsets.US_ASCII;
            default -> throw new ProblemException(415, "unsupported-charset", "Unsupported charset",
                    "Text must be UTF-8 or US-ASCII; the body declares another charset");
        };
    }
}
