package org.councilcommons.discussion.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilcommons.discussion.Category;
import org.councilcommons.discussion.DiscussionService;
import org.councilcommons.discussion.DiscussionThread;
import org.councilcommons.discussion.Post;

/** The JSON shapes of the discussion API. */
public final class ThreadViews {

    private ThreadViews() {}

    public record CategoryView(String key, String name, String description) {
        static CategoryView of(Category c) {
            return new CategoryView(c.key(), c.name(), c.description());
        }
    }

    public record ThreadSummary(long id, String title, String category, int posts, boolean solved, boolean locked,
            boolean pinned, Long caseStudyId, Long councilId, String stepKey, Instant createdAt, Instant lastPostedAt, String url) {
        static ThreadSummary of(DiscussionThread t) {
            return new ThreadSummary(t.id(), t.title(), t.categoryKey(), t.postCount(), t.isSolved(), t.isLocked(),
                    t.isPinned(), t.caseStudyId(), t.councilId(), t.stepKey(), t.createdAt(), t.lastPostedAt(), "/threads/" + t.id());
        }
    }

    public record ThreadListView(long total, int page, int size, List<ThreadSummary> threads) {}

    /** A post as a reader sees it: hidden or deleted text is replaced by a notice saying why. */
    public record PostView(int number, String author, String html, String raw, Integer replyTo, Instant createdAt,
            Instant editedAt, int helpful, String state, String notice, int version) {
        static PostView of(Post p, Map<Long, String> names, boolean readable) {
            String state = p.isDeleted() ? "deleted" : p.isHidden() ? "hidden" : "visible";
            String notice = p.isDeleted() ? "This post was deleted." : p.isHidden() ? "Hidden by moderators: " + p.hiddenReason() : null;
            return new PostView(p.number(), names.getOrDefault(p.authorId(), "A former member"),
                    readable ? p.html() : null, readable ? p.raw() : null, p.replyTo(), p.createdAt(), p.editedAt(),
                    p.helpfulCount(), state, notice, p.version());
        }
    }

    public record ThreadView(long id, String title, String category, String categoryName, Long caseStudyId,
            boolean locked, boolean pinned, Integer acceptedPost, int postCount, int page, int size, int pages,
            List<PostView> posts) {
        static ThreadView of(DiscussionService.ThreadPage p, List<PostView> posts) {
            DiscussionThread t = p.thread();
            return new ThreadView(t.id(), t.title(), t.categoryKey(), p.category().name(), t.caseStudyId(), t.isLocked(),
                    t.isPinned(), t.acceptedPost(), t.postCount(), p.page() + 1, p.size(), p.pages(), posts);
        }
    }
}
