package org.nutgraf.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The API as a whole in the OpenAPI document: the relative server {@code /}, which Swagger UI's "Try it out" resolves
 * against the address the document was read from, whatever the port, the container's port mapping or the Kubernetes
 * Service ({@link ServerUrl} names {@code nutgraf.public-url} instead when it is set); and the optional API key.
 * Title, description, version and licence come from {@code quarkus.smallrye-openapi.info-*}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Nutgraf API", version = "1"),
        // not quarkus.smallrye-openapi.servers: Quarkus fixes that at build time and writes it over every filter
        servers = @Server(url = "/", description = "The address this document was read from"),
        securitySets = {
                // no key: the default, for local use
                @SecurityRequirementsSet({}),
                // a key, when the operator configures nutgraf.access.api-keys
                @SecurityRequirementsSet(@SecurityRequirement(name = "apiKey"))})
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key",
        description = "Needed only when the operator sets nutgraf.access.api-keys; otherwise send nothing.")
public class ApiDefinition extends Application {
}
