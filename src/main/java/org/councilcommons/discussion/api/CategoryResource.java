package org.councilcommons.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.councilcommons.discussion.DiscussionService;

@Path("v1/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    DiscussionService discussions;

    @GET
    public List<ThreadViews.CategoryView> categories() {
        return discussions.categories().stream().map(ThreadViews.CategoryView::of).toList();
    }
}
