package org.nutgraf.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** What Nutgraf answers for one article: the summary, keywords, statistics and how they were made. */
@Schema(name = "SummaryResponse", description = "The summary of one article, with its keywords, statistics and provenance.")
public record SummaryResponse(
        @Schema(description = "The extractive summary.") SummaryView summary,
        @Schema(description = "The article's key terms and phrases, best first.") List<KeywordView> keywords,
        @Schema(description = "The check-worthy claims, most check-worthy first (absent with claims=false).")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ClaimView> keyClaims,
        @Schema(description = "The people, organisations and places the article names, most often named first "
                + "(absent with entities=false, and by default with claims=false).")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EntityView> entities,
        @Schema(description = "The article as found: headline, byline, date, and the page clutter removed.")
        ArticleView article,
        @Schema(description = "Counts over the article and the summary.") Stats stats,
        @Schema(description = "What produced this answer, so it can be cited and reproduced.") Meta meta) {

    /** The summary sentences and their joined text. */
    @Schema(name = "Summary")
    public record SummaryView(
            @Schema(description = "The chosen sentences joined by single spaces, in the order of sentences[].")
            String text,
            @Schema(description = "The chosen sentences, in document order unless order=score.")
            List<SentenceView> sentences) {
    }

    /** One chosen sentence. */
    @Schema(name = "SummarySentence")
    public record SentenceView(
            @Schema(description = "Position of the sentence in the article, from 0.") int index,
            @Schema(description = "The sentence exactly as written.") String text,
            @Schema(description = "Offset of its first character in the text sent, in UTF-16 code units "
                    + "(text.substring(start, end) is the sentence, as in Java and JavaScript).") int start,
            @Schema(description = "Offset just past its last character, in UTF-16 code units.") int end,
            @Schema(description = "The scorer's rating, 0 to 1. For news, the learnt model's probability that the "
                    + "sentence belongs in a summary; for the other scorers, relative to the article's best, which "
                    + "scores 1.") double score,
            @Schema(description = "Order in which the scorer chose it, from 1.") int rank,
            @Schema(description = "What drove the score. For news, what each group of signals added to the "
                    + "model's log-odds (position, centrality, headline, opening, length, names, numbers, quote, "
                    + "leans, piece, ...; negative values pulled it down), then how it stood against the lead: "
                    + "'lead', the bonus a sentence the lead would also give received (less where the article's "
                    + "signals trust its lead less), or 'departure', by how much a sentence outside the lead "
                    + "outscored the lead sentence it displaced. For the other scorers, the parts it was built "
                    + "from.") Map<String, Double> reasons,
            @Schema(description = "A W3C Web Annotation TextQuoteSelector, to find the sentence in a live page.")
            QuoteSelector selector) {
    }

    /** A W3C Web Annotation TextQuoteSelector: the exact text with a little context either side. */
    @Schema(name = "QuoteSelector")
    public record QuoteSelector(
            @Schema(description = "The sentence exactly.") String exact,
            @Schema(description = "Up to 32 characters before it.") String prefix,
            @Schema(description = "Up to 32 characters after it.") String suffix) {

        private static final int CONTEXT = 32;

        /** The selector of text[start, end). */
        public static QuoteSelector of(String text, int start, int end) {
            return new QuoteSelector(text.substring(start, end),
                    text.substring(Math.max(0, start - CONTEXT), start),
                    text.substring(end, Math.min(text.length(), end + CONTEXT)));
        }
    }

    /** One key claim. */
    @Schema(name = "KeyClaim")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimView(
            @Schema(description = "The claim sentence exactly as written.") String text,
            @Schema(description = "Position of the sentence in the article, from 0.") int sentenceIndex,
            @Schema(description = "Offset of its first character (same rule as summary sentences).") int start,
            @Schema(description = "Offset just past its last character.") int end,
            @Schema(description = "How worth checking it is, 0 to 1: a model learnt from debates' labelled claims and "
                    + "news, calibrated on news as the chance that a news sentence states a fact.")
            double checkWorthiness,
            @Schema(description = "Full Fact claim type.", enumeration = {"quantity", "prediction", "causal", "rule",
                    "personal-experience", "other"}) String type,
            @Schema(description = "Who the article says claims it, as written; absent when it names no one.") String speaker,
            @Schema(description = "The attribution as written (said, according to, told, ...).") String attribution,
            @Schema(description = "What makes it check-worthy and what hedges it, in text order.") List<SignalView> signals,
            @Schema(description = "Whether the summary also chose this sentence.") boolean inSummary,
            @Schema(description = "A W3C TextQuoteSelector for the claim.") QuoteSelector selector) {
    }

    /** One signal of a claim. */
    @Schema(name = "Signal")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignalView(
            @Schema(description = "What it is.", enumeration = {"PERCENT", "MONEY", "NUMBER", "DATE", "PERSON",
                    "ORGANIZATION", "LOCATION", "ATTRIBUTION", "HEDGE", "COMPARISON", "SUPERLATIVE"}) String kind,
            @Schema(description = "The words, as written.", example = "27%") String text,
            @Schema(description = "The normalised value of a quantity (27% is 0.27; £40 million is 40000000).",
                    example = "0.27") Double value,
            @Schema(description = "The unit of a quantity, e.g. the currency (GBP).") String unit,
            @Schema(description = "Offset of its first character.") int start,
            @Schema(description = "Offset just past its last character.") int end) {
    }

    /** One distinct named entity. */
    @Schema(name = "Entity")
    public record EntityView(
            @Schema(description = "Its fullest name: the longest of its mentions.", example = "Kassym-Jomart Tokayev")
            String text,
            @Schema(description = "Its class, as CoreNLP's named-entity recogniser names it; the one most of its "
                    + "mentions were given. The bundled 3-class model gives PERSON, ORGANIZATION and LOCATION; the "
                    + "others come from a pipeline configured with CoreNLP's fine-grained classes. Numbers, dates "
                    + "and titles are not listed.", enumeration = {"PERSON", "ORGANIZATION", "LOCATION", "MISC",
                    "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION"}) String type,
            @Schema(description = "How many times the article names it.") int count,
            @Schema(description = "Offset of the first character of its first mention (same rule as summary "
                    + "sentences).") int firstOffset,
            @Schema(description = "Every place the article names it, in text order. Mentions of one name are one "
                    + "entity; a person named by surname (\"Tokayev\") joins the one person whose full name ends "
                    + "so; an acronym the article defines in brackets after a name joins that name.")
            List<MentionView> mentions) {
    }

    /** One place an entity is named. */
    @Schema(name = "EntityMention")
    public record MentionView(
            @Schema(description = "The name as written there.", example = "Tokayev") String text,
            @Schema(description = "Offset of its first character in the text sent, in UTF-16 code units "
                    + "(text.substring(start, end) is the name).") int start,
            @Schema(description = "Offset just past its last character.") int end) {
    }

    /** The article as found in what the caller sent. */
    @Schema(name = "Article")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleView(
            @Schema(description = "The headline: the caller's, or the one found in the text or page.") String title,
            @Schema(description = "The byline, where the page has one.") String byline,
            @Schema(description = "The publication date as the page gives it, where it does.") String published,
            @Schema(description = "text or html: what the offsets point into is the text sent, or article.text.",
                    enumeration = {"text", "html"}) String source,
            @Schema(description = "Spans of the text sent that were left out as page clutter, with the reason.")
            List<RemovalView> removed,
            @Schema(description = "The text offsets point into (with include=articleText).") String text) {
    }

    /** A span of the caller's text left out. */
    @Schema(name = "Removal")
    public record RemovalView(
            @Schema(description = "Offset of its first character in the text sent (UTF-16 code units).") int start,
            @Schema(description = "Offset just past its last character.") int end,
            @Schema(description = "Why it was left out.", enumeration = {"navigation", "related-links", "caption",
                    "byline", "promo", "footer", "headline", "dateline", "social", "search", "comments"}) String reason) {
    }

    /** One keyword. */
    @Schema(name = "Keyword")
    public record KeywordView(
            @Schema(description = "The term or phrase as first written.") String text,
            @Schema(description = "Its lemmatised, lower-cased form.") String lemma,
            @Schema(description = "0 to 1; the top keyword scores 1.") double score,
            @Schema(description = "How often it occurs.") int count) {
    }

    /** Counts over the article and the summary. */
    @Schema(name = "Stats")
    public record Stats(
            @Schema(description = "Sentences in the article.") int sentences,
            @Schema(description = "Paragraphs in the article (line breaks separate them).") int paragraphs,
            @Schema(description = "Words in the article.") int words,
            @Schema(description = "Characters in the text sent (UTF-16 code units).") int characters,
            @Schema(description = "Minutes to read the article at the configured reading speed.") double readingTimeMinutes,
            @Schema(description = "Sentences in the summary.") int summarySentences,
            @Schema(description = "Words in the summary.") int summaryWords,
            @Schema(description = "The summary's words as a share of the article's, 0 to 1.") double summaryShare) {
    }

    /** How the answer was made. */
    @Schema(name = "Meta")
    public record Meta(
            @Schema(description = "The scorer used.") String algorithm,
            @Schema(description = "The options in effect, defaults filled in.") SummaryOptions options,
            @Schema(description = "Nutgraf's version.") String version,
            @Schema(description = "The CoreNLP annotators that read the article.") List<String> annotators,
            @Schema(description = "The language the article was read as (BCP 47 primary tag).", example = "en")
            String language,
            @Schema(description = "The language detector's confidence, 0 to 1, when the language was detected.")
            @JsonInclude(JsonInclude.Include.NON_NULL) Double languageConfidence,
            @Schema(description = "Where the language came from: option (the caller's), page (the page's declared "
                    + "language), detected, or default (too little text to tell; the first language configured).",
                    enumeration = {"option", "page", "detected", "default"}) String languageSource,
            @Schema(description = "Parts asked for that are not offered in the article's language: keyClaims and "
                    + "entities, which are found in English only.")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> notOffered,
            @Schema(description = "SHA-256 of the text sent (UTF-8), hex; with the version and options it "
                    + "identifies this answer: the same input always gives the same output.") String inputSha256,
            @Schema(description = "The model files the answer came from, each with the first 12 hex characters of "
                    + "its SHA-256: what found the story and the language, then what scored the summary and the "
                    + "claims. /q/health/ready lists every model with the command that remakes it.")
            List<ModelView> models) {
    }

    @Schema(name = "ModelFile", description = "A model file Nutgraf ships, as an answer names it.")
    public record ModelView(
            @Schema(description = "The file's name inside the service.", example = "summary/news-scorer.tsv")
            String file,
            @Schema(description = "The first 12 hex characters of the file's SHA-256.", example = "3f9a0c1e77b2")
            String sha256) {
    }
}
