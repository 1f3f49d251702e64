package org.nutgraf.nlp;

import org.nutgraf.article.Article;

import java.util.List;

/** Reads an article into sentences and tokens whose offsets point into the text given. Thread-safe. */
public interface Reader {

    /**
     * Reads an article and its headline.
     *
     * @param text  the article text; offsets in the result point into it
     * @param title the headline, or null or empty for none
     */
    Article read(String text, String title);

    /** What read it, in order: CoreNLP's annotators, or the names of the steps. */
    List<String> annotators();
}
