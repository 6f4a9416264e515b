package org.councilcommons.maturity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.maturity.PeerService;
import org.councilcommons.maturity.Sharing;
import org.councilcommons.platform.errors.InvalidInput;

@Path("v1/councils/{code}/peers")
@Produces(MediaType.APPLICATION_JSON)
public class PeerResource {

    public record SharingRequest(String sharing) {}

    @Inject
    PeerService peers;

    @Inject
    MaturityService maturity;

    /** Similar councils, councils ahead on the weak dimensions, the cohort: for the council's own members. */
    @GET
    public MaturityViews.PeersView peers(@PathParam("code") String code) {
        return MaturityViews.PeersView.of(peers.peers(code));
    }

    /** Who sees the council's levels: {@code private}, {@code linked} or {@code members}. */
    @PUT
    @Path("sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> share(@PathParam("code") String code, SharingRequest request) {
        Sharing sharing = Sharing.parse(request == null ? null : request.sharing()).orElseThrow(() ->
                InvalidInput.of("sharing", "Sharing must be one of: private, linked, members"));
        if (!maturity.ownCouncil().code().equalsIgnoreCase(code)) {
            throw new org.councilcommons.platform.errors.AccessDenied("You can only choose your own council's sharing");
        }
        maturity.share(sharing);
        return Map.of("sharing", sharing.key());
    }
}
