package org.councilcommons.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.councilcommons.identity.ApiToken;
import org.councilcommons.identity.ApiTokenService;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;

/** API tokens: exchange an e-mail and password for a token (shown once), list and revoke one's own. */
@Path("v1/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenResource {

    public record TokenRequest(String email, String password, String name) {}

    public record TokenIssued(long id, String token, String name) {}

    public record TokenInfo(long id, String name, Instant createdAt) {}

    @Inject
    ApiTokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(TokenRequest request) {
        if (request == null || request.email() == null || request.password() == null) {
            throw InvalidInput.of(request == null || request.email() == null ? "email" : "password",
                    "Send both email and password");
        }
        ApiToken.Issued issued = tokens.issue(request.email(), request.password(), request.name());
        return Response.status(201)
                .entity(new TokenIssued(issued.token().id(), issued.secret(), issued.token().name())).build();
    }

    /** The caller's active tokens (needs a token: this is how an integrator audits its own keys). */
    @GET
    public List<TokenInfo> mine() {
        return tokens.mine().stream().map(t -> new TokenInfo(t.id(), t.name(), t.createdAt())).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        try {
            tokens.revoke(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFound("You have no active token with the id " + id);
        }
        return Response.noContent().build();
    }
}
