package org.councilcommons.discussion;

import java.time.Duration;
import java.time.Instant;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;

/** Who may do what in discussions: pure yes/no checks (after Discourse's Guardian), unit-tested. */
public final class DiscussionPolicy {

    /** How long an author may edit their own post; moderators always can. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    private DiscussionPolicy() {}

    public static boolean isModerator(Actor actor) {
        return actor.has(Role.MODERATOR) || actor.isAdministrator();
    }

    /** Signed-in, not suspended; a locked thread takes replies from moderators only. */
    public static boolean canReply(Actor actor, boolean suspended, DiscussionThread thread) {
        return actor.isSignedIn() && !suspended && (!thread.isLocked() || isModerator(actor));
    }

    public static boolean canStartThread(Actor actor, boolean suspended) {
        return actor.isSignedIn() && !suspended;
    }

    public static boolean canEdit(Actor actor, Post post, Instant now) {
        if (isModerator(actor)) {
            return true;
        }
        return actor.isSignedIn() && actor.memberId().equals(post.authorId()) && !post.isDeleted()
                && post.createdAt().plus(EDIT_WINDOW).isAfter(now);
    }

    public static boolean canDelete(Actor actor, Post post) {
        return isModerator(actor) || actor.isSignedIn() && actor.memberId().equals(post.authorId());
    }

    /** The thread's author or a moderator chooses the accepted answer. */
    public static boolean canAccept(Actor actor, DiscussionThread thread) {
        return isModerator(actor) || actor.isSignedIn() && actor.memberId().equals(thread.authorId());
    }

    /** Anyone signed in may flag someone else's post. */
    public static boolean canFlag(Actor actor, Post post) {
        return actor.isSignedIn() && !actor.memberId().equals(post.authorId());
    }

    /** What a reader sees of a post: moderators see hidden text; nobody sees deleted text. */
    public static boolean canReadText(Actor actor, Post post) {
        if (post.isDeleted()) {
            return false;
        }
        return !post.isHidden() || isModerator(actor) || actor.isSignedIn() && actor.memberId().equals(post.authorId());
    }
}
