package org.councilcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;
import org.junit.jupiter.api.Test;

class DiscussionPolicyTest {

    final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    final Actor author = new Actor(1L, 10L, Set.of(Role.MEMBER));
    final Actor other = new Actor(2L, 20L, Set.of(Role.MEMBER));
    final Actor moderator = new Actor(3L, null, Set.of(Role.MEMBER, Role.MODERATOR));

    Post postAt(Instant written) {
        return new Post(5L, 2, 1L, "hello", null, written);
    }

    @Test
    void authorsEditForADayAndModeratorsAlways() {
        Post recent = postAt(now.minus(Duration.ofHours(23)));
        Post old = postAt(now.minus(Duration.ofHours(25)));
        assertTrue(DiscussionPolicy.canEdit(author, recent, now));
        assertFalse(DiscussionPolicy.canEdit(author, old, now));
        assertFalse(DiscussionPolicy.canEdit(other, recent, now));
        assertTrue(DiscussionPolicy.canEdit(moderator, old, now));
        assertFalse(DiscussionPolicy.canEdit(Actor.ANONYMOUS, recent, now));
    }

    @Test
    void aLockedThreadTakesRepliesFromModeratorsOnly() {
        DiscussionThread thread = new DiscussionThread("skills", "t", 1L, null, now);
        assertTrue(DiscussionPolicy.canReply(other, false, thread));
        assertFalse(DiscussionPolicy.canReply(other, true, thread), "suspended");
        thread.lock(true);
        assertFalse(DiscussionPolicy.canReply(author, false, thread));
        assertTrue(DiscussionPolicy.canReply(moderator, false, thread));
    }

    @Test
    void hiddenTextIsForTheAuthorAndModeratorsAndDeletedTextForNobody() {
        Post post = postAt(now);
        post.hide("spam");
        assertTrue(DiscussionPolicy.canReadText(author, post));
        assertTrue(DiscussionPolicy.canReadText(moderator, post));
        assertFalse(DiscussionPolicy.canReadText(other, post));
        assertFalse(DiscussionPolicy.canReadText(Actor.ANONYMOUS, post));
        post.delete(now);
        assertFalse(DiscussionPolicy.canReadText(moderator, post));
    }

    @Test
    void nobodyFlagsTheirOwnPostAndOnlyTheAuthorOrAModeratorAccepts() {
        Post post = postAt(now);
        assertFalse(DiscussionPolicy.canFlag(author, post));
        assertTrue(DiscussionPolicy.canFlag(other, post));
        DiscussionThread thread = new DiscussionThread("skills", "t", 1L, null, now);
        assertTrue(DiscussionPolicy.canAccept(author, thread));
        assertFalse(DiscussionPolicy.canAccept(other, thread));
        assertTrue(DiscussionPolicy.canAccept(moderator, thread));
    }
}
