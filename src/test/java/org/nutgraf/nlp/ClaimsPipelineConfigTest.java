package org.nutgraf.nlp;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nutgraf.config.NutgrafConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service's claims pipeline is the one the check-worthiness model was trained and evaluated with: the
 * configuration and the constants the training tools use must not drift apart.
 */
@QuarkusTest
class ClaimsPipelineConfigTest {

    @Inject
    NutgrafConfig config;

    @Test
    void theConfiguredClaimsPipelineIsTheOneTheModelWasMeasuredWith() {
        assertEquals(ArticleReader.CLAIMS_ANNOTATORS, config.nlp().claimsAnnotators());
        assertEquals(ArticleReader.CLAIMS_PROPERTIES, config.nlp().claimsProperties());
    }
}
