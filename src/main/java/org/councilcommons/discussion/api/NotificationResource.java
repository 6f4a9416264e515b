package org.councilcommons.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilcommons.discussion.NotificationService;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.errors.AccessDenied;

/** A member's notifications, e-mail choice and what they watch. */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record NotificationView(long id, String kind, String summary, String url, boolean read, Instant createdAt) {}

    public record Notifications(long unread, String email, List<NotificationView> items) {}

    public record EmailChoice(String email) {}

    @Inject
    NotificationService notifications;

    @Inject
    Caller caller;

    @GET
    public Notifications mine() {
        return new Notifications(notifications.unread(), notifications.emailMode().name().toLowerCase(),
                notifications.mine(50).stream().map(n -> new NotificationView(n.id(), n.kind().name().toLowerCase(),
                        n.summary(), n.url(), n.isRead(), n.createdAt())).toList());
    }

    @POST
    @Path("read")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }

    /** {@code {"email": "immediate" | "daily" | "never"}}. */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> choose(EmailChoice choice) {
        notifications.chooseEmail(choice == null ? null : choice.email());
        return Map.of("email", notifications.emailMode().name().toLowerCase());
    }

    /** Sends the daily discussion digests that are due now (administrators; the schedule does this by itself). */
    @POST
    @Path("digests")
    public Map<String, Integer> sendDigests() {
        if (!caller.has(Role.ADMINISTRATOR)) {
            throw new AccessDenied("Only administrators can send digests");
        }
        return Map.of("sent", notifications.sendDailyDigests(true));
    }
}
