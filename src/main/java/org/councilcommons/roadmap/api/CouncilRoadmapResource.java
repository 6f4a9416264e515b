package org.councilcommons.roadmap.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.roadmap.RoadmapService;

/** A council's own roadmap: read as its maturity results are shared, changed by its editors. */
@Path("v1/councils/{code}/roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilRoadmapResource {

    /** The whole roadmap, steps in order; {@code version} as last read (optional, but without it the last save wins). */
    public record RoadmapRequest(Integer version, List<RoadmapService.StepChange> steps) {}

    @Inject
    RoadmapService roadmap;

    @GET
    public RoadmapViews.CouncilRoadmapView get(@PathParam("code") String code) {
        return RoadmapViews.CouncilRoadmapView.of(roadmap.councilRoadmap(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RoadmapViews.CouncilRoadmapView put(@PathParam("code") String code, RoadmapRequest body) {
        if (body == null) {
            throw InvalidInput.of("steps", "Send the roadmap as a JSON object with its steps, in order");
        }
        return RoadmapViews.CouncilRoadmapView.of(roadmap.save(code, body.version(), body.steps()));
    }

    /** After a new self-assessment: reorders the steps not started and adds the newly proposed ones. */
    @POST
    @Path("refresh")
    public RoadmapViews.CouncilRoadmapView refresh(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return RoadmapViews.CouncilRoadmapView.of(roadmap.refresh(code, version));
    }

    /** Starts a case study draft from a completed step's evidence. */
    @POST
    @Path("steps/{key}/case-study")
    public Response caseStudy(@PathParam("code") String code, @PathParam("key") String key) {
        long id = roadmap.draftCaseStudy(code, key);
        return Response.created(URI.create("/api/v1/case-studies/" + id))
                .entity(Map.of("caseStudyId", id, "editUrl", "/manage/case-studies/" + id + "/edit")).build();
    }
}
