package org.councilcommons.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.stream.Stream;
import org.councilcommons.discussion.DiscussionService;
import org.councilcommons.discussion.DiscussionThread;
import org.councilcommons.discussion.ModerationService;
import org.councilcommons.discussion.Post;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Paging;

@Path("v1/threads")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    public record NewThread(String title, String body, String category, Long caseStudyId, String councilCode, String stepKey) {}

    public record NewPost(String body, Integer replyTo) {}

    public record Reason(String reason) {}

    public record Accept(Integer post) {}

    public record Move(String category, String reason) {}

    @Inject
    DiscussionService discussions;

    @Inject
    ModerationService moderation;

    @Inject
    ProfileService profiles;

    @Inject
    org.councilcommons.discussion.NotificationService notifications;

    @GET
    public ThreadViews.ThreadListView list(@QueryParam("category") String category, @QueryParam("filter") String filter,
            @QueryParam("caseStudy") Long caseStudy, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 30);
        DiscussionService.ThreadList found = discussions.threads(category, filter, caseStudy, paging.index(), paging.size());
        return new ThreadViews.ThreadListView(found.total(), paging.page(), paging.size(),
                found.threads().stream().map(ThreadViews.ThreadSummary::of).toList());
    }

    /** Starts a thread; send an {@code Idempotency-Key} so that a retried request creates one thread, not two. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewThread body, @HeaderParam("Idempotency-Key") String key) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the thread as a JSON object: title, body, category");
        }
        DiscussionThread thread = discussions.start(body.category(), body.title(), body.body(), body.caseStudyId(),
                body.councilCode(), body.stepKey(), key);
        return Response.created(URI.create("/api/v1/threads/" + thread.id())).entity(view(thread.id(), 0, 50)).build();
    }

    @GET
    @Path("{id}")
    public ThreadViews.ThreadView get(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 50);
        return view(id, paging.index(), paging.size());
    }

    private ThreadViews.ThreadView view(long id, int page, int size) {
        DiscussionService.ThreadPage p = discussions.thread(id, page, size);
        Map<Long, String> names = profiles.namesOf(p.posts().stream().map(Post::authorId).toList());
        return ThreadViews.ThreadView.of(p, p.posts().stream()
                .map(post -> ThreadViews.PostView.of(post, names, discussions.canRead(post))).toList());
    }

    /** Replies; the same {@code Idempotency-Key} again returns the post already made (201, same number). */
    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, NewPost body, @HeaderParam("Idempotency-Key") String key) {
        if (body == null) {
            throw InvalidInput.of("body", "Send the post as a JSON object: {\"body\": \"...\"}");
        }
        Post post = discussions.reply(id, body.body(), body.replyTo(), key);
        return Response.created(URI.create("/api/v1/threads/" + id + "/posts/" + post.number()))
                .entity(postView(post)).build();
    }

    @PUT
    @Path("{id}/posts/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ThreadViews.PostView edit(@PathParam("id") long id, @PathParam("number") int number, NewPost body) {
        return postView(discussions.edit(id, number, body == null ? null : body.body()));
    }

    @GET
    @Path("{id}/posts/{number}/revisions")
    public List<Map<String, Object>> revisions(@PathParam("id") long id, @PathParam("number") int number) {
        var revisions = discussions.revisions(id, number);
        Map<Long, String> names = profiles.namesOf(revisions.stream().map(r -> r.editorId()).toList());
        return revisions.stream().map(r -> Map.<String, Object>of("revision", r.revision(), "raw", r.raw(),
                "editedBy", names.getOrDefault(r.editorId(), "A former member"), "createdAt", r.createdAt().toString())).toList();
    }

    @DELETE
    @Path("{id}/posts/{number}")
    public Response delete(@PathParam("id") long id, @PathParam("number") int number) {
        discussions.delete(id, number);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/posts/{number}/helpful")
    public Map<String, Boolean> helpful(@PathParam("id") long id, @PathParam("number") int number) {
        return Map.of("helpful", discussions.helpful(id, number));
    }

    @POST
    @Path("{id}/posts/{number}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(@PathParam("id") long id, @PathParam("number") int number, Reason body) {
        moderation.flag(id, number, body == null ? null : body.reason());
        return Response.accepted(Map.of("message", "Thank you: a moderator will look at this post")).build();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public ThreadViews.ThreadSummary accept(@PathParam("id") long id, Accept body) {
        return ThreadViews.ThreadSummary.of(discussions.accept(id, body == null ? null : body.post()));
    }

    @POST
    @Path("{id}/watch")
    public Map<String, Boolean> watch(@PathParam("id") long id) {
        discussions.thread(id, 0, 1);
        notifications.watch("thread", Long.toString(id), true);
        return Map.of("watching", true);
    }

    @DELETE
    @Path("{id}/watch")
    public Map<String, Boolean> unwatch(@PathParam("id") long id) {
        notifications.watch("thread", Long.toString(id), false);
        return Map.of("watching", false);
    }

    // ---- moderators

    @POST
    @Path("{id}/posts/{number}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hide(@PathParam("id") long id, @PathParam("number") int number, Reason body) {
        moderation.hide(id, number, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/posts/{number}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(@PathParam("id") long id, @PathParam("number") int number, Reason body) {
        moderation.restore(id, number, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/{action: lock|unlock|pin|unpin}")
    public ThreadViews.ThreadSummary lockOrPin(@PathParam("id") long id, @PathParam("action") String action) {
        DiscussionThread t = switch (action) {
            case "lock" -> moderation.lock(id, true, null);
            case "unlock" -> moderation.lock(id, false, null);
            case "pin" -> moderation.pin(id, true);
            default -> moderation.pin(id, false);
        };
        return ThreadViews.ThreadSummary.of(t);
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public ThreadViews.ThreadSummary move(@PathParam("id") long id, Move body) {
        return ThreadViews.ThreadSummary.of(moderation.move(id, body == null ? null : body.category(),
                body == null ? null : body.reason()));
    }

    private ThreadViews.PostView postView(Post post) {
        Map<Long, String> names = profiles.namesOf(Stream.of(post.authorId()).toList());
        return ThreadViews.PostView.of(post, names, discussions.canRead(post));
    }
}
