package org.nutgraf.nlp;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reader of each language and need, in one place: CoreNLP's pipelines (loaded at start by {@link Pipelines})
 * for the English track, one Lucene reader per language for the others, made on first use (they load in
 * milliseconds). Thread-safe.
 */
@Singleton
public class Readers {

    private final Pipelines pipelines;
    private final Map<String, Reader> lucene = new ConcurrentHashMap<>();

    public Readers(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * The reader for an article in a language, for what the answer needs.
     *
     * @param language a primary tag of {@link Track#languages()}
     * @param need     whether named entities are needed; a track without them ignores it
     * @throws Pipelines.NotReadyException while CoreNLP's pipelines are still loading
     */
    public Reader reader(String language, Pipelines.Need need) {
        return switch (Track.of(language)) {
            case CORENLP -> pipelines.reader(need);
            case LUCENE -> lucene.computeIfAbsent(language, LuceneReader::of);
        };
    }
}
