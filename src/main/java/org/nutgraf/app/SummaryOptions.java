package org.nutgraf.app;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to summarise. Every length limit given is honoured at once; with none, the summary has 3 sentences.
 *
 * @param algorithm the sentence scorer
 * @param sentences at most this many sentences
 * @param ratio     at most this share of the article's sentences
 * @param maxWords  at most this many words
 * @param maxChars  at most this many characters
 * @param order     {@code document} (default) or {@code score}
 * @param preset    a named length: {@code push-alert}, {@code social}, {@code newsletter} or {@code brief}
 * @param clean     whether to remove page clutter from plain text first (default true)
 * @param include   extra parts of the answer: {@code articleText}
 * @param claims    whether to find key claims too (default true); false skips NER
 * @param maxClaims at most this many key claims
 * @param minScore  only claims at least this check-worthy
 */
@Schema(name = "SummaryOptions", description = "How to summarise. Any combination of sentences, ratio, maxWords and "
        + "maxChars may be given and all are honoured at once; a sentence is never cut. With no length option and no "
        + "preset the summary has 3 sentences.")
public record SummaryOptions(
        @Schema(description = "Sentence scorer: lead, textrank, lexrank, centroid or news.", defaultValue = "news",
                enumeration = {"lead", "textrank", "lexrank", "centroid", "news"})
        String algorithm,
        @Schema(description = "At most this many sentences.", minimum = "1", maximum = "1000", example = "3")
        @Min(1) @Max(1000) Integer sentences,
        @Schema(description = "At most this share of the article's sentences (at least one).", minimum = "0",
                exclusiveMinimum = true, maximum = "1")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double ratio,
        @Schema(description = "At most this many words in the whole summary.", minimum = "1")
        @Min(1) @Max(1_000_000) Integer maxWords,
        @Schema(description = "At most this many characters in the whole summary (sentences joined by spaces).",
                minimum = "1")
        @Min(1) @Max(10_000_000) Integer maxChars,
        @Schema(description = "Order of summary.sentences: document (as in the article) or score (best first).",
                defaultValue = "document", enumeration = {"document", "score"})
        @Pattern(regexp = "document|score", message = "must be document or score") String order,
        @Schema(description = "A named length; explicit length options override its parts. push-alert: one sentence "
                + "of at most 120 characters; social: at most 280 characters; newsletter: at most 60 words; brief: "
                + "3 sentences. When no sentence fits a preset's limit, the best single sentence is given.",
                enumeration = {"push-alert", "social", "newsletter", "brief"})
        @Pattern(regexp = "push-alert|social|newsletter|brief", message = "must be push-alert, social, newsletter or brief")
        String preset,
        @Schema(description = "Remove page clutter (menus, related links, captions, bylines, promos, footers) from "
                + "plain text before summarising; false for callers who send clean text.", defaultValue = "true")
        Boolean clean,
        @Schema(description = "Extra parts of the answer, comma-separated: articleText (the text that offsets point "
                + "into, for HTML input).", example = "articleText")
        @Pattern(regexp = "articleText", message = "must be articleText") String include,
        @Schema(description = "Find key claims too (default true). false answers without keyClaims and skips the "
                + "named-entity annotator, which costs most of the NLP time.", defaultValue = "true")
        Boolean claims,
        @Schema(description = "At most this many key claims (default 5).", minimum = "1", maximum = "100")
        @Min(1) @Max(100) Integer maxClaims,
        @Schema(description = "Only key claims at least this check-worthy, 0 to 1 (default 0.4).", minimum = "0", maximum = "1")
        @DecimalMin("0") @DecimalMax("1") Double minScore) {

    /** No options: every default. */
    public static final SummaryOptions DEFAULTS =
            new SummaryOptions(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The most key claims to answer: the caller's, or the finder's default. */
    public int claimLimit() {
        return maxClaims != null ? maxClaims : org.nutgraf.claims.KeyClaimFinder.DEFAULT_MAX_CLAIMS;
    }

    /** The least check-worthiness a key claim needs: the caller's, or the finder's default. */
    public double claimFloor() {
        return minScore != null ? minScore : org.nutgraf.claims.KeyClaimFinder.DEFAULT_MIN_SCORE;
    }

    /** Whether key claims are wanted. */
    public boolean claimsWanted() {
        return claims == null || claims;
    }

    /** Whether plain text is cleaned of page clutter. */
    public boolean cleaning() {
        return clean == null || clean;
    }

    /** Whether the answer carries the analysed article text. */
    public boolean includeArticleText() {
        return "articleText".equals(include);
    }
}
