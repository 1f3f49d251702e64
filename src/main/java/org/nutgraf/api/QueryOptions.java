package org.nutgraf.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.nutgraf.app.ProblemException;
import org.nutgraf.app.SummaryOptions;

import java.util.Set;

/**
 * Reads summary options from query parameters. Parsed here rather than by JAX-RS, which answers 404 to a
 * parameter it cannot convert; ours answer 400 naming the parameter, checked by the same constraints as the JSON
 * options. Thread-safe.
 */
@ApplicationScoped
public class QueryOptions {

    private final Validator validator;

    public QueryOptions(Validator validator) {
        this.validator = validator;
    }

    /** The options, or a 400 naming the first parameter that is not a number or is out of range. */
    public SummaryOptions parse(String algorithm, String sentences, String ratio, String maxWords, String maxChars,
                                String order, String preset, String clean, String include, String claims,
                                String maxClaims, String minScore) {
        SummaryOptions options = new SummaryOptions(algorithm, integer("sentences", sentences), decimal("ratio", ratio),
                integer("maxWords", maxWords), integer("maxChars", maxChars), order, preset, bool("clean", clean),
                include, bool("claims", claims), integer("maxClaims", maxClaims), decimal("minScore", minScore));
        Set<ConstraintViolation<SummaryOptions>> violations = validator.validate(options);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return options;
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name + " must be true or false");
        };
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name + " must be a whole number");
        }
    }

    private static Double decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name + " must be a number");
        }
    }
}
