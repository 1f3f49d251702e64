package org.nutgraf.nlp;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.nutgraf.config.NutgrafConfig;

/** Builds the shared CoreNLP pipeline when the application starts; a bad annotator setting stops the boot. */
public class NlpProducer {

    private static final Logger LOG = Logger.getLogger(NlpProducer.class);

    @Produces
    @Singleton
    @Startup
    ArticleReader articleReader(NutgrafConfig config) {
        ArticleReader reader = ArticleReader.load(config.nlp().annotators(), config.nlp().properties());
        LOG.infof("CoreNLP pipeline %s loaded in %d ms", reader.annotators(), reader.loadMillis());
        return reader;
    }
}
