package org.councilcommons.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.councilcommons.identity.ApiTokenService;
import org.councilcommons.platform.errors.InvalidInput;

/** Exchanges an e-mail address and password for an API token, shown once. */
@Path("v1/auth/tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenResource {

    public record TokenRequest(String email, String password, String name) {}

    public record TokenIssued(String token, String name) {}

    @Inject
    ApiTokenService tokens;

    @POST
    public Response issue(TokenRequest request) {
        if (request == null || request.email() == null || request.password() == null) {
            throw InvalidInput.of(request == null || request.email() == null ? "email" : "password",
                    "Send both email and password");
        }
        String name = request.name() == null ? "API token" : request.name();
        return Response.status(201).entity(new TokenIssued(tokens.issue(request.email(), request.password(), name), name)).build();
    }
}
