package org.nutgraf.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentence scorers a caller can choose. */
public enum Algorithm {
    /** The first sentences: the journalist's own ranking in inverted-pyramid news. */
    LEAD,
    /** TextRank (Mihalcea and Tarau, 2004): PageRank over word-overlap similarity. */
    TEXTRANK,
    /** LexRank (Erkan and Radev, 2004): PageRank over TF-IDF cosine similarity. */
    LEXRANK,
    /** Centroid (Radev et al., 2004): similarity to the article's TF-IDF centroid. */
    CENTROID,
    /** Nutgraf's default: position, centrality, title overlap and entity density, near-duplicates removed, coherence kept. */
    NEWS;

    /** The name used in the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
