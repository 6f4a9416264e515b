package org.councilcommons.maturity;

import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;

/**
 * Who may do what with maturity results: pure yes/no checks, unit-tested. Results are the council's own: not even
 * the site's administrators see a council's levels unless the council shares them.
 */
public final class MaturityPolicy {

    private MaturityPolicy() {}

    /** A council's editors complete its self-assessment, choose its sharing and ask or answer links. */
    public static boolean canAssess(Actor actor, Long councilId) {
        return actor.has(Role.COUNCIL_EDITOR) && councilId != null && councilId.equals(actor.councilId());
    }

    /** Every member of the council sees its own results, answers and history. */
    public static boolean isOwnCouncil(Actor actor, Long councilId) {
        return actor.isSignedIn() && councilId != null && councilId.equals(actor.councilId());
    }

    /** Another council's levels: when it shares with all members, or with linked councils and the two are linked. */
    public static boolean canSeeLevels(Actor actor, Long councilId, Sharing sharing, boolean linkedWithActorsCouncil) {
        if (isOwnCouncil(actor, councilId)) {
            return true;
        }
        return actor.isSignedIn() && (sharing == Sharing.MEMBERS || sharing == Sharing.LINKED && linkedWithActorsCouncil);
    }

    /** Peer suggestions are for the council's own members: they reveal who is ahead of it. */
    public static boolean canSeePeers(Actor actor, Long councilId) {
        return isOwnCouncil(actor, councilId);
    }
}
