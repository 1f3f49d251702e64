package org.nutgraf.summary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sentence scorers a caller can choose. Each id is also a constant, because annotations (the OpenAPI
 * enumeration of {@code algorithm}) can name only constants; a test holds the document to {@link #values()}.
 */
public enum Algorithm {
    /** The first sentences: the journalist's own ranking in inverted-pyramid news. */
    LEAD(Algorithm.LEAD_ID),
    /** TextRank (Mihalcea and Tarau, 2004): PageRank over word-overlap similarity. */
    TEXTRANK(Algorithm.TEXTRANK_ID),
    /** LexRank (Erkan and Radev, 2004): PageRank over TF-IDF cosine similarity. */
    LEXRANK(Algorithm.LEXRANK_ID),
    /** Centroid (Radev et al., 2004): similarity to the article's TF-IDF centroid. */
    CENTROID(Algorithm.CENTROID_ID),
    /** Nutgraf's default: the learnt scorer over {@link SentenceFeatures}, near-duplicates removed, coherence kept. */
    NEWS(Algorithm.NEWS_ID);

    public static final String LEAD_ID = "lead";
    public static final String TEXTRANK_ID = "textrank";
    public static final String LEXRANK_ID = "lexrank";
    public static final String CENTROID_ID = "centroid";
    public static final String NEWS_ID = "news";

    /** The id of the scorer used when the caller names none. */
    public static final String DEFAULT_ID = NEWS_ID;

    private final String id;

    Algorithm(String id) {
        this.id = id;
    }

    /** The name used in the API. */
    public String id() {
        return id;
    }

    /** The algorithm with this API name, ignoring case. */
    public static Optional<Algorithm> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The API names, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Algorithm::id).collect(Collectors.joining(", "));
    }
}
