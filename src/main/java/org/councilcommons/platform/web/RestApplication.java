package org.councilcommons.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JSON API lives under /api/v1; the OpenAPI document describing it is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Council Commons API", version = "1",
        description = "Case studies, councils and (later) maturity, discussion and roadmaps of Council Commons."
                + " Reads are open; writes need 'Authorization: Bearer <token>' from POST /api/v1/auth/tokens."
                + " Errors are application/problem+json (RFC 9457).",
        license = @License(name = "Open Government Licence v3.0",
                url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
public class RestApplication extends Application {}
