package org.nutgraf.cli;

import org.nutgraf.app.SummaryOptions;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.Iterator;

/**
 * What {@code summarize} accepts, declared once for picocli, which parses it and prints the usage, the help and
 * the errors from it. One flag per {@link SummaryOptions} component, named as the JSON option in kebab case
 * ({@code maxWords} is {@code --max-words}, a boolean is {@code --[no-]clean}); ranges are checked afterwards by
 * the service, in the API's words. Not thread-safe: one instance per command line.
 */
@Command(name = "java -jar quarkus-run.jar summarize", sortOptions = false, abbreviateSynopsis = true,
        usageHelpAutoWidth = true,
        description = "Summarises articles without a server, with the same answers as the API.",
        footer = "Exit status: 0 when every article was summarised, 1 when one failed, 2 for a usage error.")
final class SummarizeArguments {

    @Parameters(paramLabel = "FILE|FOLDER|-", description = {
            "FILE: an article (.txt as plain text, .html/.htm as a page); prints the API's JSON answer.",
            "FOLDER: every .txt/.html/.htm file in it; prints one NDJSON line per file.",
            "-: NDJSON articles on stdin ({\"id\", \"text\", \"title\", \"options\"}), as the batch endpoint reads them;"
                    + " prints NDJSON. The flags below apply to lines without options."})
    String target;

    @Option(names = "--title", paramLabel = "TEXT", description = "The headline, when known.")
    String title;

    @Option(names = "--algorithm", paramLabel = "NAME", completionCandidates = AlgorithmIds.class,
            description = "Sentence scorer: ${COMPLETION-CANDIDATES} (default " + Algorithm.DEFAULT_ID + ").")
    String algorithm;

    @Option(names = "--sentences", paramLabel = "N", description = "At most this many sentences.")
    Integer sentences;

    @Option(names = "--ratio", paramLabel = "R", description = "At most this share of the article's sentences.")
    Double ratio;

    @Option(names = "--max-words", paramLabel = "N", description = "At most this many words.")
    Integer maxWords;

    @Option(names = "--max-chars", paramLabel = "N", description = "At most this many characters.")
    Integer maxChars;

    @Option(names = "--order", paramLabel = "ORDER", description = "Order of the summary's sentences: "
            + SummaryOptions.ORDER_DOCUMENT + " (default) or " + SummaryOptions.ORDER_SCORE + ".")
    String order;

    @Option(names = "--preset", paramLabel = "NAME", completionCandidates = PresetIds.class,
            description = "A named length: ${COMPLETION-CANDIDATES}.")
    String preset;

    @Option(names = "--clean", negatable = true, description = "Remove page clutter from plain text (default: on).")
    Boolean clean;

    @Option(names = "--include", paramLabel = "PART", description = "Extra parts of the answer: "
            + SummaryOptions.INCLUDE_ARTICLE_TEXT + ".")
    String include;

    @Option(names = "--claims", negatable = true, description = "Find key claims too (default: on).")
    Boolean claims;

    @Option(names = "--max-claims", paramLabel = "N", description = "At most this many key claims.")
    Integer maxClaims;

    @Option(names = "--min-score", paramLabel = "S", description = "Only key claims at least this check-worthy.")
    Double minScore;

    @Option(names = "--language", paramLabel = "TAG", description = "The article's language (BCP 47: en, en-GB...), "
            + "when you know it better than detection.")
    String language;

    @Option(names = "--entities", negatable = true, description = "List the named entities (default: as --claims).")
    Boolean entities;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** The summary options given, unchecked: absent flags are null, so the service's defaults apply. */
    SummaryOptions options() {
        return new SummaryOptions(algorithm, sentences, ratio, maxWords, maxChars, order, preset, clean, include,
                claims, maxClaims, minScore, language, entities);
    }

    /** The algorithm ids, for the help. */
    static final class AlgorithmIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Algorithm.values()).map(Algorithm::id).iterator();
        }
    }

    /** The preset ids, for the help. */
    static final class PresetIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Preset.values()).map(Preset::id).iterator();
        }
    }
}
