package org.councilcommons.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.discussion.DiscussionRepository;
import org.councilcommons.discussion.DiscussionThread;
import org.councilcommons.discussion.Post;
import org.councilcommons.platform.html.HtmlSanitiser;

/**
 * Reads threads and replies for the index. A thread is one document (its title and first post); each visible reply
 * is another, titled with its thread. Hidden and deleted posts are removed, so moderation reaches search at once.
 * A thread in a category named after a barrier carries that barrier, so the barrier filter finds discussion too.
 */
@ApplicationScoped
public class DiscussionDocuments {

    public static final String THREAD = org.councilcommons.discussion.DiscussionService.SEARCH_THREAD;
    public static final String POST = org.councilcommons.discussion.DiscussionService.SEARCH_POST;
    static final int POSTS_PER_PAGE = 50;

    @Inject
    DiscussionRepository discussions;

    /** Learning sets are for members, so they stay out of the public index. */
    static boolean searchable(DiscussionThread t) {
        return !t.categoryKey().startsWith("learning-set-");
    }

    @Transactional
    public Optional<SearchDocument> thread(long id) {
        return discussions.thread(id).filter(DiscussionDocuments::searchable).flatMap(t -> discussions.post(t.id(), 1).map(first -> threadDocument(t, first)));
    }

    @Transactional
    public Optional<SearchDocument> post(long id) {
        return discussions.post(id).filter(p -> p.number() > 1 && !p.isDeleted() && !p.isHidden())
                .flatMap(p -> discussions.thread(p.threadId()).filter(DiscussionDocuments::searchable).map(t -> postDocument(t, p)));
    }

    @Transactional
    public List<SearchDocument> threadsAfter(long afterId, int max) {
        return discussions.threadsAfter(afterId, max).stream().filter(DiscussionDocuments::searchable)
                .flatMap(t -> discussions.post(t.id(), 1).map(first -> threadDocument(t, first)).stream()).toList();
    }

    /** Replies after an id; {@code lastId} tells where the page ended even when some were hidden and skipped. */
    @Transactional
    public Page repliesAfter(long afterId, int max) {
        List<Post> posts = discussions.repliesAfter(afterId, max);
        Map<Long, DiscussionThread> threads = new java.util.HashMap<>();
        List<SearchDocument> docs = posts.stream().filter(p -> !p.isDeleted() && !p.isHidden())
                .map(p -> Map.entry(threads.computeIfAbsent(p.threadId(), id -> discussions.thread(id).orElseThrow()), p))
                .filter(e -> searchable(e.getKey())).map(e -> postDocument(e.getKey(), e.getValue())).toList();
        return new Page(docs, posts.isEmpty() ? afterId : posts.getLast().id(), posts.size());
    }

    public record Page(List<SearchDocument> documents, long lastId, int read) {}

    @Transactional
    public long count() {
        return discussions.countThreadsAndReplies();
    }

    @Transactional
    public List<Long> replyIdsOf(long threadId) {
        return discussions.postIdsOf(threadId);
    }

    private static SearchDocument threadDocument(DiscussionThread t, Post first) {
        String text = first.isDeleted() || first.isHidden() ? "" : HtmlSanitiser.text(first.html());
        return new SearchDocument(THREAD, t.id(), t.title(), text, "", List.of(), barriers(t), null, null, null, null,
                null, t.createdAt(), "/threads/" + t.id());
    }

    private static SearchDocument postDocument(DiscussionThread t, Post p) {
        int page = (p.number() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE;
        return new SearchDocument(POST, p.id(), t.title(), HtmlSanitiser.text(p.html()), "", List.of(), barriers(t), null,
                null, null, null, null, p.createdAt(),
                "/threads/" + t.id() + (page > 1 ? "?page=" + page : "") + "#post-" + p.number());
    }

    private static List<String> barriers(DiscussionThread t) {
        return Barrier.parse(t.categoryKey()).map(b -> List.of(b.key())).orElse(List.of());
    }
}
