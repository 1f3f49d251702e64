package org.nutgraf.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.Preset;

/**
 * How to summarise: the one declaration of every option. Its components are the JSON fields; the query parameters,
 * the command line's flags and {@code meta.options} of every answer are read from or written as this record, and
 * the OpenAPI document describes the query parameters by these components (see {@code api.OptionDocs}). Ranges
 * are the Bean Validation constraints here, which the OpenAPI document also shows. The name constants exist for
 * annotations, which can name only constants.
 *
 * @param algorithm the sentence scorer
 * @param sentences at most this many sentences
 * @param ratio     at most this share of the article's sentences
 * @param maxWords  at most this many words
 * @param maxChars  at most this many characters
 * @param order     {@code document} (default) or {@code score}
 * @param preset    a named length ({@link Preset})
 * @param clean     whether to remove page clutter from plain text first (default true)
 * @param include   extra parts of the answer: {@code articleText}
 * @param claims    whether to find key claims too (default true); false skips NER unless entities are asked for
 * @param maxClaims at most this many key claims
 * @param minScore  only claims at least this check-worthy
 * @param language  the article's language as a BCP 47 tag, when the caller knows it better than detection
 * @param entities  whether to list the named entities (default: as {@code claims}, whose NER they come from)
 */
@Schema(name = "SummaryOptions", description = "How to summarise. Any combination of sentences, ratio, maxWords and "
        + "maxChars may be given and all are honoured at once; a sentence is never cut. With no length option and no "
        + "preset the summary has 3 sentences.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryOptions(
        @Schema(description = "Sentence scorer.", defaultValue = Algorithm.DEFAULT_ID, enumeration = {
                Algorithm.LEAD_ID, Algorithm.TEXTRANK_ID, Algorithm.LEXRANK_ID, Algorithm.CENTROID_ID, Algorithm.NEWS_ID})
        String algorithm,
        @Schema(description = "At most this many sentences.", example = "3")
        @Min(1) @Max(1000) Integer sentences,
        @Schema(description = "At most this share of the article's sentences (at least one).")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double ratio,
        @Schema(description = "At most this many words in the whole summary.")
        @Min(1) @Max(1_000_000) Integer maxWords,
        @Schema(description = "At most this many characters in the whole summary (sentences joined by spaces).")
        @Min(1) @Max(10_000_000) Integer maxChars,
        @Schema(description = "Order of summary.sentences: document (as in the article) or score (best first).",
                defaultValue = ORDER_DOCUMENT, enumeration = {ORDER_DOCUMENT, ORDER_SCORE})
        @Pattern(regexp = ORDER_DOCUMENT + "|" + ORDER_SCORE, message = "must be " + ORDER_DOCUMENT + " or " + ORDER_SCORE)
        String order,
        // what each preset gives is added to the document from Preset itself (OptionDocs)
        @Schema(description = "A named length; explicit length options override its parts. When no sentence fits a "
                + "preset's limit, the best single sentence is given.", enumeration = {
                Preset.PUSH_ALERT_ID, Preset.SOCIAL_ID, Preset.NEWSLETTER_ID, Preset.BRIEF_ID})
        String preset,
        @Schema(description = "Remove page clutter (menus, related links, captions, bylines, promos, footers) from "
                + "plain text before summarising; false for callers who send clean text.", defaultValue = "true")
        Boolean clean,
        @Schema(description = "Extra parts of the answer: articleText (the text that offsets point into, for HTML "
                + "input).", enumeration = INCLUDE_ARTICLE_TEXT)
        @Pattern(regexp = INCLUDE_ARTICLE_TEXT, message = "must be " + INCLUDE_ARTICLE_TEXT) String include,
        @Schema(description = "Find key claims too. false answers without keyClaims and skips the named-entity "
                + "annotator, which costs most of the NLP time (unless entities=true).", defaultValue = "true")
        Boolean claims,
        @Schema(description = "At most this many key claims; up to " + KeyClaimFinder.MAX_CLAIMS + ", so that with "
                + "minScore 0 a whole transcript comes back ranked.", defaultValue = "" + KeyClaimFinder.DEFAULT_MAX_CLAIMS)
        @Min(1) @Max(KeyClaimFinder.MAX_CLAIMS) Integer maxClaims,
        @Schema(description = "Only key claims at least this check-worthy: checkWorthiness is the calibrated chance "
                + "that a news sentence states a fact.", defaultValue = "" + KeyClaimFinder.DEFAULT_MIN_SCORE)
        @DecimalMin("0") @DecimalMax("1") Double minScore,
        @Schema(description = "The article's language as a BCP 47 tag (en, en-GB...). Without it, a page's declared "
                + "language, else the language detected in the main text; an article in a language Nutgraf does not "
                + "read gets 422.", example = "en")
        @Size(max = 35) String language,
        @Schema(description = "List the people, organisations and places the article names (entities). Without it, "
                + "as claims: free when key claims run the named-entity annotator; with claims=false, true runs it "
                + "for the entities alone. English only.")
        Boolean entities) {

    public static final String ALGORITHM = "algorithm";
    public static final String SENTENCES = "sentences";
    public static final String RATIO = "ratio";
    public static final String MAX_WORDS = "maxWords";
    public static final String MAX_CHARS = "maxChars";
    public static final String ORDER = "order";
    public static final String PRESET = "preset";
    public static final String CLEAN = "clean";
    public static final String INCLUDE = "include";
    public static final String CLAIMS = "claims";
    public static final String MAX_CLAIMS = "maxClaims";
    public static final String MIN_SCORE = "minScore";
    public static final String LANGUAGE = "language";
    public static final String ENTITIES = "entities";

    public static final String ORDER_DOCUMENT = "document";
    public static final String ORDER_SCORE = "score";
    public static final String INCLUDE_ARTICLE_TEXT = "articleText";

    /** No options: every default. */
    public static final SummaryOptions DEFAULTS =
            new SummaryOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The most key claims to answer: the caller's, or the finder's default. */
    public int claimLimit() {
        return maxClaims != null ? maxClaims : KeyClaimFinder.DEFAULT_MAX_CLAIMS;
    }

    /** The least check-worthiness a key claim needs: the caller's, or the finder's default. */
    public double claimFloor() {
        return minScore != null ? minScore : KeyClaimFinder.DEFAULT_MIN_SCORE;
    }

    /** Whether key claims are wanted. */
    public boolean claimsWanted() {
        return claims == null || claims;
    }

    /** Whether named entities are wanted: as asked, else when key claims are (which run the NER they need). */
    public boolean entitiesWanted() {
        return entities != null ? entities : claimsWanted();
    }

    /** Whether plain text is cleaned of page clutter. */
    public boolean cleaning() {
        return clean == null || clean;
    }

    /** Whether the answer carries the analysed article text. */
    public boolean includeArticleText() {
        return INCLUDE_ARTICLE_TEXT.equals(include);
    }

    /** Whether summary sentences are listed best first rather than in article order. */
    public boolean byScore() {
        return ORDER_SCORE.equals(order);
    }
}
