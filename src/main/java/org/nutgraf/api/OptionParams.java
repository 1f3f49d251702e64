package org.nutgraf.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.nutgraf.app.ProblemException;
import org.nutgraf.app.SummaryOptions;

/**
 * The options of a text/plain or text/html request, as query parameters named as the JSON options are. Read as
 * text and converted here rather than by JAX-RS, which answers 404 to a parameter it cannot convert; ours answer
 * 400 naming the parameter. Ranges are checked with the JSON options' own constraints by the service, and the
 * OpenAPI document describes each parameter by its JSON option ({@link OptionDocs}).
 */
public class OptionParams {

    @Parameter(description = "The headline, when known.")
    @QueryParam("title")
    public String title;

    @QueryParam(SummaryOptions.ALGORITHM)
    public String algorithm;

    @QueryParam(SummaryOptions.SENTENCES)
    public String sentences;

    @QueryParam(SummaryOptions.RATIO)
    public String ratio;

    @QueryParam(SummaryOptions.MAX_WORDS)
    public String maxWords;

    @QueryParam(SummaryOptions.MAX_CHARS)
    public String maxChars;

    @QueryParam(SummaryOptions.ORDER)
    public String order;

    @QueryParam(SummaryOptions.PRESET)
    public String preset;

    @QueryParam(SummaryOptions.CLEAN)
    public String clean;

    @QueryParam(SummaryOptions.INCLUDE)
    public String include;

    @QueryParam(SummaryOptions.CLAIMS)
    public String claims;

    @QueryParam(SummaryOptions.MAX_CLAIMS)
    public String maxClaims;

    @QueryParam(SummaryOptions.MIN_SCORE)
    public String minScore;

    @QueryParam(SummaryOptions.LANGUAGE)
    public String language;

    @QueryParam(SummaryOptions.ENTITIES)
    public String entities;

    /** The options as sent; a 400 naming the first that is not a number or a boolean where one belongs. */
    SummaryOptions toOptions() {
        return new SummaryOptions(text(algorithm), integer(SummaryOptions.SENTENCES, sentences),
                decimal(SummaryOptions.RATIO, ratio), integer(SummaryOptions.MAX_WORDS, maxWords),
                integer(SummaryOptions.MAX_CHARS, maxChars), text(order), text(preset), bool(SummaryOptions.CLEAN, clean),
                text(include), bool(SummaryOptions.CLAIMS, claims), integer(SummaryOptions.MAX_CLAIMS, maxClaims),
                decimal(SummaryOptions.MIN_SCORE, minScore), text(language),
                bool(SummaryOptions.ENTITIES, entities));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Boolean bool(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name + " must be true or false");
        };
    }

    private static Integer integer(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name + " must be a whole number");
        }
    }

    private static Double decimal(String name, String value) {
        if (text(value) == null) {
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
