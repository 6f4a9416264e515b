package org.councilcommons.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.MemberRepository;
import org.councilcommons.platform.audit.AuditLog;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;

/**
 * Flags and the moderators' actions on them: one queue for everything flagged; a post flagged by three members is
 * hidden until reviewed; every action is in the audit log with its reason, and the reason is shown to the author.
 */
@ApplicationScoped
public class ModerationService {

    /** Open flags from this many members hide a post until a moderator looks at it. */
    public static final int HIDE_AFTER_FLAGS = 3;

    @Inject
    DiscussionRepository repository;

    @Inject
    MemberRepository members;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    DiscussionService discussions;

    @Inject
    org.councilcommons.platform.outbox.SearchOutbox outbox;

    /** One entry of the moderation queue: a post and its open flags. */
    public record QueueEntry(Post post, DiscussionThread thread, List<PostFlag> flags) {}

    @Transactional
    public void flag(long threadId, int number, String reason) {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        if (!DiscussionPolicy.canFlag(actor, post)) {
            throw InvalidInput.of("reason", "You cannot flag your own post");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why this post needs a moderator");
        }
        if (reason.length() > 300) {
            throw InvalidInput.of("reason", "The reason must be 300 characters or fewer");
        }
        if (repository.flagged(post.id(), actor.memberId())) {
            throw new StateConflict("You have already flagged this post; a moderator will look at it");
        }
        repository.add(new PostFlag(post.id(), actor.memberId(), reason, Instant.now(clock)));
        repository.flush();
        if (!post.isHidden() && repository.openFlagCount(post.id()) >= HIDE_AFTER_FLAGS) {
            post.hide("Hidden after flags from " + HIDE_AFTER_FLAGS + " members, until a moderator reviews it");
            audit.record(null, "post.auto-hidden", "post", post.id(), "flagged by " + HIDE_AFTER_FLAGS + " members");
            discussions.indexAgain(post);
        }
    }

    @Transactional
    public List<QueueEntry> queue() {
        requireModerator();
        return repository.openFlags().stream().map(PostFlag::postId).distinct()
                .map(id -> repository.post(id).orElseThrow())
                .map(p -> new QueueEntry(p, repository.thread(p.threadId()).orElseThrow(), repository.openFlagsOf(p.id())))
                .toList();
    }

    /** Hides a post with a reason the author sees; resolves its flags. */
    @Transactional
    public void hide(long threadId, int number, String reason) {
        Actor actor = requireModerator();
        requireReason(reason);
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        post.hide(reason.strip());
        discussions.indexAgain(post);
        resolveFlags(post, "hidden", actor);
        audit.record(actor.memberId(), "post.hidden", "post", post.id(), reason.strip());
    }

    /** Restores a hidden post (the flags were not upheld). */
    @Transactional
    public void restore(long threadId, int number, String reason) {
        Actor actor = requireModerator();
        Post post = repository.post(threadId, number).orElseThrow(() -> new NotFound("There is no post " + number));
        post.restore();
        discussions.indexAgain(post);
        resolveFlags(post, "restored", actor);
        audit.record(actor.memberId(), "post.restored", "post", post.id(), reason == null ? "" : reason.strip());
    }

    @Transactional
    public DiscussionThread lock(long threadId, boolean locked, String reason) {
        Actor actor = requireModerator();
        DiscussionThread thread = repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("There is no thread " + threadId));
        thread.lock(locked);
        audit.record(actor.memberId(), locked ? "thread.locked" : "thread.unlocked", "thread", threadId, reason == null ? "" : reason);
        return thread;
    }

    @Transactional
    public DiscussionThread pin(long threadId, boolean pinned) {
        Actor actor = requireModerator();
        DiscussionThread thread = repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("There is no thread " + threadId));
        thread.pin(pinned);
        audit.record(actor.memberId(), pinned ? "thread.pinned" : "thread.unpinned", "thread", threadId, "");
        return thread;
    }

    @Transactional
    public DiscussionThread move(long threadId, String categoryKey, String reason) {
        Actor actor = requireModerator();
        if (repository.category(categoryKey).isEmpty()) {
            throw InvalidInput.of("category", "There is no category " + categoryKey);
        }
        DiscussionThread thread = repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("There is no thread " + threadId));
        String from = thread.categoryKey();
        thread.moveTo(categoryKey);
        // the barrier facet of the thread and its replies follows the category
        outbox.changed(DiscussionService.SEARCH_THREAD, threadId);
        repository.postIdsOf(threadId).forEach(id -> outbox.changed(DiscussionService.SEARCH_POST, id));
        audit.record(actor.memberId(), "thread.moved", "thread", threadId, from + " → " + categoryKey
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        return thread;
    }

    /** Stops a member posting for some days; the reason is shown to them when they try. */
    @Transactional
    public Member suspend(long memberId, int days, String reason) {
        Actor actor = requireModerator();
        requireReason(reason);
        if (days < 1 || days > 365) {
            throw InvalidInput.of("days", "Suspend for 1 to 365 days");
        }
        Member member = members.byId(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId));
        if (member.id().equals(actor.memberId())) {
            throw InvalidInput.of("member", "You cannot suspend yourself");
        }
        member.suspend(Instant.now(clock).plus(Duration.ofDays(days)), reason.strip());
        audit.record(actor.memberId(), "member.suspended", "member", memberId, days + " days: " + reason.strip());
        return member;
    }

    private void resolveFlags(Post post, String outcome, Actor actor) {
        Instant now = Instant.now(clock);
        repository.openFlagsOf(post.id()).forEach(f -> f.resolve(outcome, actor.memberId(), now));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Give a reason: the member will see it");
        }
        if (reason.length() > 300) {
            throw InvalidInput.of("reason", "The reason must be 300 characters or fewer");
        }
    }

    private Actor requireModerator() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!DiscussionPolicy.isModerator(actor)) {
            throw new AccessDenied("Only moderators can do that");
        }
        return actor;
    }
}
