package org.councilcommons.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Member;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.TooManyRequests;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Threads and posts: one method per action, each checking permission, validating, loading and acting in one
 * transaction (after Discourse's services). Retried posts with the same idempotency key create nothing new.
 */
@ApplicationScoped
public class DiscussionService {

    /** The outbox's names for what search indexes of discussion (a thread with its first post; each reply). */
    public static final String SEARCH_THREAD = "thread";
    public static final String SEARCH_POST = "post";

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_KEY = 100;

    @Inject
    DiscussionRepository repository;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    org.councilcommons.platform.outbox.SearchOutbox outbox;

    @Inject
    org.councilcommons.maturity.MaturityService maturity;

    @Inject
    org.councilcommons.council.CouncilService councils;

    /** Members newer than this post under the rules for newcomers (a rate limit; links held for review). */
    @Inject
    @ConfigProperty(name = "commons.discussion.new-member-days", defaultValue = "3")
    int newMemberDays;

    @Inject
    @ConfigProperty(name = "commons.discussion.new-member-posts-per-hour", defaultValue = "10")
    int newMemberPostsPerHour;

    /** A thread with one page of its posts. */
    public record ThreadPage(DiscussionThread thread, Category category, List<Post> posts, int page, int size) {
        public int pages() {
            return Math.max(1, (thread.postCount() + size - 1) / size);
        }
    }

    public record ThreadList(List<DiscussionThread> threads, long total, int page, int size) {}

    @Transactional
    public List<Category> categories() {
        return repository.categories();
    }

    @Transactional
    public ThreadList threads(String category, String filter, Long caseStudyId, int page, int size) {
        Optional<Category> chosen = category == null ? Optional.empty() : repository.category(category);
        if (category != null && chosen.isEmpty()) {
            throw new NotFound("There is no category " + category);
        }
        chosen.ifPresent(this::requireReader);
        if (filter != null && !List.of("unanswered", "solved", "mine", "watching").contains(filter)) {
            throw InvalidInput.of("filter", "Filter must be one of: unanswered, solved, mine, watching");
        }
        Long me = caller.memberId().orElse(null);
        if (("mine".equals(filter) || "watching".equals(filter)) && me == null) {
            throw new NotSignedIn();
        }
        java.util.Collection<Long> only = "watching".equals(filter) ? notifications.watchedThreads(me) : null;
        return new ThreadList(repository.threads(category, filter, me, caseStudyId, only, page * size, size),
                repository.countThreads(category, filter, me, caseStudyId, only), page, size);
    }

    /** The threads about a step of the learning roadmap, oldest first: the first is the step's own. */
    @Transactional
    public List<DiscussionThread> threadsAboutStep(String stepKey, int max) {
        return repository.threadsAboutStep(stepKey, max);
    }

    /** The newest threads about a council, for its page. */
    @Transactional
    public List<DiscussionThread> threadsAbout(Long councilId, int max) {
        return repository.threadsAboutCouncil(councilId, max);
    }

    @Transactional
    public ThreadPage thread(long id, int page, int size) {
        DiscussionThread thread = repository.thread(id).orElseThrow(() -> new NotFound("There is no thread " + id));
        Category category = repository.category(thread.categoryKey()).orElseThrow();
        requireReader(category);
        return new ThreadPage(thread, category, repository.posts(id, page * size, size), page, size);
    }

    /** Starts a thread with its first post; a retry with the same key returns the thread already made. */
    @Transactional
    public DiscussionThread start(String categoryKey, String title, String body, Long caseStudyId, String idempotencyKey) {
        return start(categoryKey, title, body, caseStudyId, null, idempotencyKey);
    }

    /** Starts a thread about a council (by GSS code) as well, or instead of a case study. */
    @Transactional
    public DiscussionThread start(String categoryKey, String title, String body, Long caseStudyId, String councilCode,
            String idempotencyKey) {
        return start(categoryKey, title, body, caseStudyId, councilCode, null, idempotencyKey);
    }

    /** Starts a thread about a step of the learning roadmap as well (by its key), or instead. */
    @Transactional
    public DiscussionThread start(String categoryKey, String title, String body, Long caseStudyId, String councilCode,
            String stepKey, String idempotencyKey) {
        Member me = poster();
        Optional<long[]> earlier = earlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return repository.thread(earlier.get()[0]).orElseThrow();
        }
        List<FieldError> errors = new ArrayList<>();
        if (categoryKey == null || repository.category(categoryKey).isEmpty()) {
            errors.add(new FieldError("category", "Choose a category"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Enter a title"));
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add(new FieldError("title", "The title must be " + MAX_TITLE + " characters or fewer"));
        }
        checkBody(body, errors);
        if (stepKey != null && !stepKey.isBlank() && !repository.stepExists(stepKey)) {
            errors.add(new FieldError("step", "The roadmap has no step " + stepKey));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Long councilId = null;
        if (councilCode != null && !councilCode.isBlank()) {
            try {
                councilId = councils.get(councilCode).id();
            } catch (NotFound e) {
                throw InvalidInput.of("council", "No council has the code " + councilCode);
            }
        }
        requireWriter(repository.category(categoryKey).orElseThrow());
        Instant now = Instant.now(clock);
        DiscussionThread thread = repository.add(new DiscussionThread(categoryKey, title, me.id(), caseStudyId, now));
        thread.about(councilId);
        thread.aboutStep(stepKey == null || stepKey.isBlank() ? null : stepKey);
        repository.flush();
        Post first = repository.add(new Post(thread.id(), thread.nextPostNumber(now), me.id(), body, null, now));
        repository.flush();
        remember(me, idempotencyKey, thread.id(), first.id(), now);
        holdLinksFromNewcomers(me, first, now);
        notifications.posted(thread, first, me);
        outbox.changed(SEARCH_THREAD, thread.id());
        return thread;
    }

    /** Replies to a thread; a retry with the same key returns the post already made. */
    @Transactional
    public Post reply(long threadId, String body, Integer replyTo, String idempotencyKey) {
        Member me = poster();
        // the thread's lock first: a retry sent at the same moment then waits and finds the post already made
        DiscussionThread thread = repository.threadForUpdate(threadId)
                .orElseThrow(() -> new NotFound("There is no thread " + threadId));
        Optional<long[]> earlier = earlier(me, idempotencyKey);
        if (earlier.isPresent()) {
            return repository.post(earlier.get()[1]).orElseThrow();
        }
        if (!DiscussionPolicy.canReply(caller.actor(), false, thread)) {
            throw new AccessDenied("This thread is locked: only moderators can reply");
        }
        requireWriter(repository.category(thread.categoryKey()).orElseThrow());
        List<FieldError> errors = new ArrayList<>();
        checkBody(body, errors);
        if (replyTo != null && (replyTo < 1 || replyTo > thread.postCount())) {
            errors.add(new FieldError("replyTo", "There is no post " + replyTo + " in this thread"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = Instant.now(clock);
        Post post = repository.add(new Post(thread.id(), thread.nextPostNumber(now), me.id(), body, replyTo, now));
        repository.flush();
        remember(me, idempotencyKey, thread.id(), post.id(), now);
        holdLinksFromNewcomers(me, post, now);
        notifications.posted(thread, post, me);
        outbox.changed(SEARCH_POST, post.id());
        return post;
    }

    /** Edits a post, keeping what it said before as a revision. */
    @Transactional
    public Post edit(long threadId, int number, String body) {
        Actor actor = requireSignedIn();
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        Instant now = Instant.now(clock);
        if (!DiscussionPolicy.canEdit(actor, post, now)) {
            throw new AccessDenied("You can edit your own posts for " + DiscussionPolicy.EDIT_WINDOW.toHours()
                    + " hours after writing them; moderators can edit any post");
        }
        List<FieldError> errors = new ArrayList<>();
        checkBody(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        repository.add(new PostRevision(post.id(), repository.revisionCount(post.id()) + 1, actor.memberId(), post.raw(), now));
        post.edit(body, now);
        indexAgain(post);
        return post;
    }

    @Transactional
    public List<PostRevision> revisions(long threadId, int number) {
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        if (!DiscussionPolicy.canReadText(caller.actor(), post)) {
            throw new NotFound("There is no post " + number);
        }
        return repository.revisions(post.id());
    }

    /** Soft delete: the number stays, the text goes from view (kept for moderators' records). */
    @Transactional
    public void delete(long threadId, int number) {
        Actor actor = requireSignedIn();
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        if (!DiscussionPolicy.canDelete(actor, post)) {
            throw new AccessDenied("You can delete your own posts only");
        }
        post.delete(Instant.now(clock));
        indexAgain(post);
    }

    /** Tells search a post changed: the first post is part of its thread's document, the others are their own. */
    void indexAgain(Post post) {
        if (post.number() == 1) {
            outbox.changed(SEARCH_THREAD, post.threadId());
        } else {
            outbox.changed(SEARCH_POST, post.id());
        }
    }

    /** Marks a reply as the answer (or clears it with null). */
    @Transactional
    public DiscussionThread accept(long threadId, Integer number) {
        Actor actor = requireSignedIn();
        DiscussionThread thread = repository.threadForUpdate(threadId)
                .orElseThrow(() -> new NotFound("There is no thread " + threadId));
        if (!DiscussionPolicy.canAccept(actor, thread)) {
            throw new AccessDenied("Only the thread's author or a moderator chooses its answer");
        }
        if (number == null) {
            throw InvalidInput.of("post", "Give the number of the reply that answers the thread");
        }
        thread.accept(number);
        return thread;
    }

    /** Marks a post helpful, or takes the mark back; returns whether it is now marked. */
    @Transactional
    public boolean helpful(long threadId, int number) {
        Actor actor = requireSignedIn();
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        if (actor.memberId().equals(post.authorId())) {
            throw InvalidInput.of("post", "You cannot mark your own post as helpful");
        }
        boolean marked = repository.toggleHelpful(post.id(), actor.memberId());
        post.helpful(marked ? 1 : -1);
        return marked;
    }

    /** Learning sets are for signed-in members to read. */
    private void requireReader(Category category) {
        if (category.isLearningSet() && !caller.isSignedIn()) {
            throw new NotSignedIn();
        }
    }

    /** Only councils at a learning set's stage (and moderators) write in it. */
    private void requireWriter(Category category) {
        if (category.isLearningSet() && !canWriteIn(category)) {
            throw new AccessDenied("This learning set is for councils at stage " + category.stage()
                    + ": your council's latest self-assessment puts it at another stage");
        }
    }

    public boolean canWriteIn(Category category) {
        return !category.isLearningSet() || DiscussionPolicy.isModerator(caller.actor())
                || maturity.callerStage().map(s -> s.equals(category.stage())).orElse(false);
    }

    private void checkBody(String body, List<FieldError> errors) {
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "Enter your post"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "Your post must be " + String.format("%,d", MAX_BODY) + " characters or fewer"));
        }
    }

    private Optional<long[]> earlier(Member me, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > MAX_KEY) {
            throw InvalidInput.of("Idempotency-Key", "The Idempotency-Key must be " + MAX_KEY + " characters or fewer");
        }
        return repository.idempotent(me.id(), key);
    }

    private void remember(Member me, String key, long threadId, long postId, Instant now) {
        if (key != null && !key.isBlank()) {
            repository.rememberIdempotent(me.id(), key, threadId, postId, now);
        }
    }

    private Member poster() {
        Member me = caller.member().orElseThrow(NotSignedIn::new);
        Instant now = Instant.now(clock);
        if (me.isSuspended(now)) {
            throw new AccessDenied("You cannot post until " + me.suspendedUntil() + ": " + me.suspensionReason());
        }
        if (isNewcomer(me, now) && repository.postsSince(me.id(), now.minus(Duration.ofHours(1))) >= newMemberPostsPerHour) {
            throw new TooManyRequests("New members can post " + newMemberPostsPerHour + " times an hour in their first "
                    + newMemberDays + " days. Please try again later.", Duration.ofMinutes(10));
        }
        return me;
    }

    private boolean isNewcomer(Member me, Instant now) {
        return !DiscussionPolicy.isModerator(caller.actor()) && me.createdAt() != null
                && me.createdAt().plus(Duration.ofDays(newMemberDays)).isAfter(now);
    }

    /** A newcomer's post with links waits, hidden, in the moderation queue: the commonest spam is a new account's link. */
    private void holdLinksFromNewcomers(Member me, Post post, Instant now) {
        if (isNewcomer(me, now) && post.html().contains("href=")) {
            post.hide("Held for review: links from members in their first " + newMemberDays + " days are checked by a moderator");
            repository.add(new PostFlag(post.id(), me.id(), "Held for review: a new member's post with links", now));
        }
    }

    private Actor requireSignedIn() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        return actor;
    }

    /** Whether the caller may read a post's text (hidden and deleted posts are shown as such). */
    public boolean canRead(Post post) {
        return DiscussionPolicy.canReadText(caller.actor(), post);
    }
}
