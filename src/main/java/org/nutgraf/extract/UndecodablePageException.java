package org.nutgraf.extract;

/** A page's bytes are not valid text in the charset it declares (or in UTF-8 when it declares none). */
public final class UndecodablePageException extends RuntimeException {

    private final String charset;

    public UndecodablePageException(String charset, String message) {
        super(message);
        this.charset = charset;
    }

    /** The charset the bytes were decoded with, as named by the caller or the page. */
    public String charset() {
        return charset;
    }
}
