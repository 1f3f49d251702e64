package org.nutgraf.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * How articles in a language are read, decided here and nowhere else: English by CoreNLP (tags, lemmas and, when an
 * answer needs them, named entities, so key claims and entities are offered), every other language Nutgraf reads by
 * Lucene (words, stems, coarse tags; no entities). Each track has its own news scorer, trained by the lab on articles
 * read the same way.
 */
public enum Track {

    /** English, read by CoreNLP. */
    CORENLP(true),
    /** The languages Lucene's analyzers stem ({@link LuceneReader#languages()}). */
    LUCENE(false);

    /** The language CoreNLP reads here, with the models the build packages. */
    public static final String ENGLISH = "en";

    private final boolean entities;

    Track(boolean entities) {
        this.entities = entities;
    }

    /**
     * The track of a language Nutgraf reads.
     *
     * @param language a BCP 47 primary tag, one of {@link #languages()}
     * @throws IllegalArgumentException for a language Nutgraf does not read
     */
    public static Track of(String language) {
        if (ENGLISH.equals(language)) {
            return CORENLP;
        }
        if (LuceneReader.languages().contains(language)) {
            return LUCENE;
        }
        throw new IllegalArgumentException("Nutgraf does not read '" + language + "'");
    }

    /** Every language Nutgraf reads, by primary tag: English first, then those Lucene reads, sorted. */
    public static List<String> languages() {
        List<String> tags = new ArrayList<>(List.of(ENGLISH));
        LuceneReader.languages().stream().sorted().forEach(tags::add);
        return List.copyOf(tags);
    }

    /** Whether articles read on this track have named entities, and so key claims and entities. */
    public boolean hasEntities() {
        return entities;
    }

    /**
     * A reader of this track built alone, outside the service (the lab's training and evaluation): CoreNLP's
     * summary pipeline as {@code application.properties} configures it, or Lucene's reader for the language.
     */
    public Reader standalone(String language) {
        return this == CORENLP ? ArticleReader.load(PipelineSettings.bundled(Pipelines.Need.SUMMARY))
                : LuceneReader.of(language);
    }
}
