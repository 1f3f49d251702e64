package org.nutgraf.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Health, OpenAPI and Swagger UI, against the packaged jar. */
@QuarkusIntegrationTest
class PlatformEndpointsIT extends PlatformEndpointsTest {
}
