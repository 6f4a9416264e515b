package org.councilcommons.roadmap.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.roadmap.RoadmapReminders;
import org.councilcommons.roadmap.RoadmapCuration;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepText;

/** The network roadmap: read by anyone, curated by moderators. */
@Path("v1/roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    /** A moderator's step: {@code version} is the one read, so an edit made meanwhile is not overwritten. */
    public record StepRequest(String key, String stage, String title, String summary, String doneLooksLike,
            String evidence, List<String> dimensions, String searchTerms, Integer version) {
        StepText text() {
            return new StepText(stage, title, summary, doneLooksLike, evidence, dimensions, searchTerms);
        }
    }

    /** A moderator's stage: {@code version} is the one read. */
    public record StageRequest(String key, String name, String summary, Integer version) {}

    @Inject
    RoadmapService roadmap;

    @Inject
    RoadmapCuration curation;

    @Inject
    RoadmapReminders reminders;

    @Inject
    Caller caller;

    @GET
    public RoadmapViews.NetworkView network() {
        return RoadmapViews.NetworkView.of(roadmap.network());
    }

    @GET
    @Path("steps/{key}")
    public RoadmapViews.StepView step(@PathParam("key") String key) {
        return RoadmapViews.StepView.of(roadmap.stepPage(key));
    }

    @GET
    @Path("steps/{key}/revisions")
    public List<RoadmapViews.RevisionView> revisions(@PathParam("key") String key) {
        return curation.revisions(key).stream().map(RoadmapViews.RevisionView::of).toList();
    }

    @POST
    @Path("steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(StepRequest body) {
        Step step = curation.addStep(require(body).key(), body.text());
        return Response.created(URI.create("/api/v1/roadmap/steps/" + step.key()))
                .entity(RoadmapViews.StepView.of(roadmap.stepPage(step.key()))).build();
    }

    @PUT
    @Path("steps/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoadmapViews.StepView edit(@PathParam("key") String key, StepRequest body) {
        curation.editStep(key, require(body).version(), body.text());
        return RoadmapViews.StepView.of(roadmap.stepPage(key));
    }

    @GET
    @Path("stages/{key}")
    public RoadmapViews.StageDetail stage(@PathParam("key") String key) {
        return RoadmapViews.StageDetail.of(curation.stage(key));
    }

    @GET
    @Path("stages/{key}/revisions")
    public List<RoadmapViews.StageRevisionView> stageRevisions(@PathParam("key") String key) {
        return curation.stageRevisions(key).stream().map(RoadmapViews.StageRevisionView::of).toList();
    }

    @POST
    @Path("stages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addStage(StageRequest body) {
        StageRequest b = requireStage(body);
        var stage = curation.addStage(b.key(), b.name(), b.summary());
        return Response.created(URI.create("/api/v1/roadmap/stages/" + stage.key()))
                .entity(RoadmapViews.StageDetail.of(stage)).build();
    }

    @PUT
    @Path("stages/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoadmapViews.StageDetail editStage(@PathParam("key") String key, StageRequest body) {
        StageRequest b = requireStage(body);
        return RoadmapViews.StageDetail.of(curation.editStage(key, b.version(), b.name(), b.summary()));
    }

    private static StageRequest requireStage(StageRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the stage as a JSON object: name, summary");
        }
        return body;
    }

    /** Sends the reminders due now (administrators; the schedule does this by itself). */
    @POST
    @Path("reminders")
    public Map<String, Integer> sendReminders() {
        if (!caller.has(Role.ADMINISTRATOR)) {
            throw new AccessDenied("Only administrators can send reminders");
        }
        RoadmapReminders.Sent sent = reminders.send();
        return Map.of("overdueSteps", sent.overdueSteps(), "staleCaseStudies", sent.staleCaseStudies());
    }

    private static StepRequest require(StepRequest body) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the step as a JSON object: stage, title, summary, doneLooksLike,"
                    + " evidence, dimensions, searchTerms");
        }
        return body;
    }
}
