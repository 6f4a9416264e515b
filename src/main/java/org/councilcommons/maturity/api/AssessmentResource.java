package org.councilcommons.maturity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.councilcommons.maturity.Assessment;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.errors.InvalidInput;

@Path("v1/councils/{code}/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** Either levels per dimension, or answers ("yes", "partly", "no") per statement. */
    public record AssessmentRequest(Map<String, Integer> levels, Map<String, String> answers) {}

    @Inject
    MaturityService maturity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("code") String code, AssessmentRequest request) {
        if (request == null || (request.levels() == null) == (request.answers() == null)) {
            throw InvalidInput.of("levels", "Send either \"levels\" (a level from 1 to 5 per dimension) or \"answers\""
                    + " (yes, partly or no per statement), not both; GET /api/v1/maturity/model lists the keys");
        }
        Assessment a = request.levels() != null ? maturity.submitLevels(code, request.levels())
                : maturity.submitAnswers(code, request.answers());
        return Response.created(URI.create("/api/v1/councils/" + code + "/assessments"))
                .entity(MaturityViews.AssessmentView.of(a, true)).build();
    }

    /** The council's submissions, newest first: for its own members, or where it shares its levels. */
    @GET
    public MaturityViews.HistoryView history(@PathParam("code") String code) {
        MaturityService.History h = maturity.history(code);
        return new MaturityViews.HistoryView(h.council().code(),
                h.submissions().stream().map(a -> MaturityViews.AssessmentView.of(a, h.own())).toList());
    }
}
