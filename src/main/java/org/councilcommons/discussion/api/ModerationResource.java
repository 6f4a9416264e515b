package org.councilcommons.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilcommons.discussion.ModerationService;

/** The moderation queue and member suspensions (moderators). */
@Path("v1/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    public record Suspension(Integer days, String reason) {}

    public record FlagView(String reason, Instant createdAt) {}

    public record QueueItem(long threadId, String threadTitle, int post, String state, List<FlagView> flags) {}

    @Inject
    ModerationService moderation;

    @GET
    @Path("queue")
    public List<QueueItem> queue() {
        return moderation.queue().stream().map(e -> new QueueItem(e.thread().id(), e.thread().title(), e.post().number(),
                e.post().isHidden() ? "hidden" : "visible",
                e.flags().stream().map(f -> new FlagView(f.reason(), f.createdAt())).toList())).toList();
    }

    @POST
    @Path("members/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> suspend(@PathParam("id") long id, Suspension body) {
        var member = moderation.suspend(id, body == null || body.days() == null ? 0 : body.days(),
                body == null ? null : body.reason());
        return Map.of("suspendedUntil", member.suspendedUntil().toString());
    }
}
