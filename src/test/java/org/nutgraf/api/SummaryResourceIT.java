package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same behaviour, against the packaged jar. */
@QuarkusIntegrationTest
class SummaryResourceIT extends SummaryResourceTest {
}
