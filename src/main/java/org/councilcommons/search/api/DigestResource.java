package org.councilcommons.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.councilcommons.search.SavedSearchService;

/** Sends every followed search's digest now (administrators; the schedule does this by itself). */
@Path("v1/admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    @Inject
    SavedSearchService saved;

    @POST
    public Map<String, Integer> sendNow() {
        return Map.of("sent", saved.sendNow());
    }
}
