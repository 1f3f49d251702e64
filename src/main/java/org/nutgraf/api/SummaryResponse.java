package org.nutgraf.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** What Nutgraf answers for one article: the summary, keywords, statistics and how they were made. */
@Schema(name = "SummaryResponse", description = "The summary of one article, with its keywords, statistics and provenance.")
public record SummaryResponse(
        @Schema(description = "The extractive summary.") SummaryView summary,
        @Schema(description = "The article's key terms and phrases, best first.") List<KeywordView> keywords,
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
            @Schema(description = "The scorer's rating, 0 to 1; the article's best sentence scores 1.") double score,
            @Schema(description = "Order in which the scorer chose it, from 1.") int rank,
            @Schema(description = "The parts the score was built from, each 0 to 1 (position, centrality, "
                    + "titleOverlap, entityDensity, length, ...).") Map<String, Double> reasons) {
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
            @Schema(description = "The options in effect, defaults filled in.") Map<String, Object> options,
            @Schema(description = "Nutgraf's version.") String version,
            @Schema(description = "The CoreNLP annotators that read the article.") List<String> annotators,
            @Schema(description = "SHA-256 of the text sent (UTF-8), hex; with the version and options it "
                    + "identifies this answer: the same input always gives the same output.") String inputSha256) {
    }
}
