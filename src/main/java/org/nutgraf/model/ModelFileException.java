package org.nutgraf.model;

/** A shipped model file that is missing or cannot be read; the message names the file and what is wrong with it. */
public final class ModelFileException extends IllegalStateException {

    private final String file;

    public ModelFileException(String file, String reason) {
        super("model file " + file + ": " + reason);
        this.file = file;
    }

    public ModelFileException(String file, String reason, Throwable cause) {
        super("model file " + file + ": " + reason, cause);
        this.file = file;
    }

    /** The class-path name of the file. */
    public String file() {
        return file;
    }
}
