package org.nutgraf.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.nutgraf.app.SummaryOptions;

/** The options of a text/plain or text/html request, as query parameters; read as text and checked by {@link QueryOptions}. */
public class OptionParams {

    @Parameter(description = "The headline, when known.")
    @QueryParam("title")
    public String title;

    @Parameter(description = "Sentence scorer.", schema = @Schema(enumeration = {"lead", "textrank", "lexrank", "centroid", "news"}, defaultValue = "news"))
    @QueryParam("algorithm")
    public String algorithm;

    @Parameter(description = "At most this many sentences, 1 to 1000 (3 when no length option or preset is given).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
    @QueryParam("sentences")
    public String sentences;

    @Parameter(description = "At most this share of the article's sentences, (0, 1].",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true, maximum = "1"))
    @QueryParam("ratio")
    public String ratio;

    @Parameter(description = "At most this many words.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("maxWords")
    public String maxWords;

    @Parameter(description = "At most this many characters.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("maxChars")
    public String maxChars;

    @Parameter(description = "document (default) or score.", schema = @Schema(enumeration = {"document", "score"}))
    @QueryParam("order")
    public String order;

    @Parameter(description = "A named length: push-alert (one sentence, at most 120 characters), social (at most 280 "
            + "characters), newsletter (at most 60 words) or brief (3 sentences).",
            schema = @Schema(enumeration = {"push-alert", "social", "newsletter", "brief"}))
    @QueryParam("preset")
    public String preset;

    @Parameter(description = "Remove page clutter from plain text first (default true).",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    @QueryParam("clean")
    public String clean;

    @Parameter(description = "Extra parts of the answer: articleText.", schema = @Schema(enumeration = {"articleText"}))
    @QueryParam("include")
    public String include;

    @Parameter(description = "Find key claims too (default true); false skips named-entity recognition.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
    @QueryParam("claims")
    public String claims;

    @Parameter(description = "At most this many key claims, 1 to 100 (default 5).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    @QueryParam("maxClaims")
    public String maxClaims;

    @Parameter(description = "Only key claims at least this check-worthy, 0 to 1 (default 0.4).",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    @QueryParam("minScore")
    public String minScore;

    /** The options, checked: 400 naming the first bad one. */
    SummaryOptions toOptions(QueryOptions parser) {
        return parser.parse(algorithm, sentences, ratio, maxWords, maxChars, order, preset, clean, include, claims,
                maxClaims, minScore);
    }
}
