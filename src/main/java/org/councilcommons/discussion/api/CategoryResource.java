package org.councilcommons.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.councilcommons.discussion.Category;
import org.councilcommons.discussion.DiscussionService;
import org.councilcommons.discussion.NotificationService;
import org.councilcommons.platform.errors.NotFound;

@Path("v1/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    DiscussionService discussions;

    @Inject
    NotificationService notifications;

    @Inject
    AtomFeed feed;

    @GET
    public List<ThreadViews.CategoryView> categories() {
        return discussions.categories().stream().map(ThreadViews.CategoryView::of).toList();
    }

    @POST
    @Path("{key}/watch")
    public Map<String, Boolean> watch(@PathParam("key") String key) {
        requireCategory(key);
        notifications.watch("category", key, true);
        return Map.of("watching", true);
    }

    @DELETE
    @Path("{key}/watch")
    public Map<String, Boolean> unwatch(@PathParam("key") String key) {
        notifications.watch("category", key, false);
        return Map.of("watching", false);
    }

    /** The category's newest threads as an Atom feed (all threads are public). */
    @GET
    @Path("{key}/feed")
    @Produces("application/atom+xml")
    public String feed(@PathParam("key") String key) {
        Category category = requireCategory(key);
        if (category.isLearningSet()) {
            throw new NotFound("Learning sets have no public feed");
        }
        return feed.of(category, discussions.threads(key, null, null, 0, 30).threads());
    }

    private Category requireCategory(String key) {
        return discussions.categories().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("There is no category " + key));
    }
}
