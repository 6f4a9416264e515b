package org.councilcommons.council.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRegistration;
import org.councilcommons.council.CouncilService;
import org.councilcommons.council.CouncilType;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Paging;

@Path("v1/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    public record CouncilRequest(String code, String name, String type, String region, Integer population,
            String website, Set<String> domains) {}

    public record CouncilList(long total, int page, int size, List<CouncilView> items) {}

    @Inject
    CouncilService councils;

    @GET
    public CouncilList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 50);
        CouncilService.Page found = councils.list(paging.index(), paging.size());
        return new CouncilList(found.total(), paging.page(), paging.size(),
                found.councils().stream().map(CouncilView::of).toList());
    }

    @GET
    @Path("{code}")
    public CouncilView get(@PathParam("code") String code) {
        return CouncilView.of(councils.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(CouncilRequest request) {
        if (request == null) {
            throw InvalidInput.of("body", "Send the council as a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        CouncilType type = CouncilType.parse(request.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("type", "Type must be one of: county, district, unitary, metropolitan_borough,"
                    + " london_borough, scottish, welsh, northern_irish"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Council council = councils.register(new CouncilRegistration(request.code(), request.name(), type,
                request.region(), request.population(), request.website(), request.domains()));
        return Response.created(URI.create("/api/v1/councils/" + council.code())).entity(CouncilView.of(council)).build();
    }

    /** Imports a council register as CSV (GSS code, name, type, region); all rows or none. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Map<String, Integer> importCsv(String csv) {
        return Map.of("added", councils.importCsv(csv));
    }
}
