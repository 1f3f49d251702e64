package org.nutgraf.app;

/** Thrown where a request cannot be served; answered as a {@link Problem} with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public ProblemException(int status, String slug, String title, String detail, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds to send in Retry-After, or null for none. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A 400 for an option or field out of range. */
    public static ProblemException invalid(String detail) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail);
    }

    public Problem toProblem() {
        return Problem.of(slug, title, status, getMessage());
    }

    public int status() {
        return status;
    }

    /** The last part of the problem's type URI, naming its kind. */
    public String slug() {
        return slug;
    }
}
