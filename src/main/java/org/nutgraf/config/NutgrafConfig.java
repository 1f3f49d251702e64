package org.nutgraf.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Every setting of Nutgraf, read once at startup from {@code application.properties} or the environment. */
@ConfigMapping(prefix = "nutgraf")
public interface NutgrafConfig {

    /** The CoreNLP pipeline. */
    Nlp nlp();

    /** Input limits. */
    Limits limits();

    /** Summary defaults. */
    Summary summary();

    /** The CoreNLP pipeline that every request shares. */
    interface Nlp {
        /** The annotators, in order, as CoreNLP names them. */
        @WithDefault("tokenize,ssplit,pos,lemma")
        String annotators();

        /**
         * Further CoreNLP properties, passed as they are ({@code nutgraf.nlp.properties."pos.maxlen"=200}).
         * They override Nutgraf's own defaults.
         */
        Map<String, String> properties();
    }

    /** What a request may send. */
    interface Limits {
        /** The longest article text accepted, in characters; longer ones get 413. CoreNLP's server uses the same default. */
        @WithDefault("100000")
        int maxChars();
    }

    /** What a summary is when the caller does not say. */
    interface Summary {
        /** Sentences in a summary when no length option is given. */
        @WithDefault("3")
        int defaultSentences();

        /** Keywords returned. */
        @WithDefault("10")
        int keywords();

        /** Words per minute used for the reading-time statistic. */
        @WithDefault("230")
        int wordsPerMinute();
    }
}
