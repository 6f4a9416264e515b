package org.councilcommons.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.search.SearchRequest;
import org.councilcommons.search.SearchResults;
import org.councilcommons.search.SearchService;

/** Search over published case studies (and, later, discussions): {@code GET /api/v1/search}. */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("barrier") String barrier, @QueryParam("theme") String theme,
            @QueryParam("councilType") String councilType, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("maturity") String maturity) {
        return search.search(new SearchRequest(q, type, barrier, theme, councilType, region, status, sort,
                number("page", page, 1), number("size", size, 10), maturity, 0));
    }

    @GET
    @Path("suggest")
    public List<String> suggest(@QueryParam("q") String q) {
        return search.suggest(q);
    }

    private static int number(String field, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, field + " must be a whole number");
        }
    }
}
