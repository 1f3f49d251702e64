package org.nutgraf.app;

import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

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

    /**
     * A 400 naming each value out of range as the caller names it, whether it came as JSON, a query parameter or
     * a command-line flag: {@code sentences must be greater than or equal to 1 (was 0)}.
     */
    public static ProblemException invalid(Collection<? extends ConstraintViolation<?>> violations) {
        return invalid(violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ProblemException::describe)
                .collect(Collectors.joining("; ")));
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // paths look like "summarizeJson.request.options.sentences": the caller knows only the last name
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")";
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

    /** The first line of a parser's message, without Java type names, at most 200 characters: safe to show. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.lines().findFirst().orElse("");
        // Jackson names Java types in some messages; callers know JSON types, not ours
        line = line.replaceAll("`[\\w.$]+\\.(\\w+)`", "$1").replaceAll("\\b(java|org|com)\\.[\\w.$]+", "value");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
