package org.councilcommons.maturity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;
import org.junit.jupiter.api.Test;

class MaturityPolicyTest {

    final Actor editorOf1 = new Actor(10L, 1L, Set.of(Role.MEMBER, Role.COUNCIL_EDITOR));
    final Actor memberOf1 = new Actor(11L, 1L, Set.of(Role.MEMBER));
    final Actor memberOf2 = new Actor(12L, 2L, Set.of(Role.MEMBER));
    final Actor administrator = new Actor(13L, null, Set.of(Role.MEMBER, Role.ADMINISTRATOR));

    @Test
    void onlyTheCouncilsOwnEditorsAssessIt() {
        assertTrue(MaturityPolicy.canAssess(editorOf1, 1L));
        assertFalse(MaturityPolicy.canAssess(editorOf1, 2L));
        assertFalse(MaturityPolicy.canAssess(memberOf1, 1L));
        assertFalse(MaturityPolicy.canAssess(administrator, 1L), "administrators do not assess councils");
    }

    @Test
    void privateResultsAreSeenByTheCouncilAlone() {
        assertTrue(MaturityPolicy.canSeeLevels(memberOf1, 1L, Sharing.PRIVATE, false));
        assertFalse(MaturityPolicy.canSeeLevels(memberOf2, 1L, Sharing.PRIVATE, true));
        assertFalse(MaturityPolicy.canSeeLevels(administrator, 1L, Sharing.PRIVATE, false), "not even administrators");
    }

    @Test
    void sharedResultsFollowTheCouncilsChoice() {
        assertFalse(MaturityPolicy.canSeeLevels(memberOf2, 1L, Sharing.LINKED, false));
        assertTrue(MaturityPolicy.canSeeLevels(memberOf2, 1L, Sharing.LINKED, true));
        assertTrue(MaturityPolicy.canSeeLevels(memberOf2, 1L, Sharing.MEMBERS, false));
        assertFalse(MaturityPolicy.canSeeLevels(Actor.ANONYMOUS, 1L, Sharing.MEMBERS, false), "members only, never public");
    }

    @Test
    void peerSuggestionsAreForTheCouncilsOwnMembers() {
        assertTrue(MaturityPolicy.canSeePeers(memberOf1, 1L));
        assertFalse(MaturityPolicy.canSeePeers(memberOf2, 1L));
        assertFalse(MaturityPolicy.canSeePeers(administrator, 1L));
    }
}
