package org.councilcommons.roadmap;

import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;

/**
 * Who may change the network roadmap. A council's own roadmap follows its maturity results: read as the council
 * shares them, changed by its editors (see {@link org.councilcommons.maturity.MaturityPolicy}).
 */
public final class RoadmapPolicy {

    private RoadmapPolicy() {}

    /** Moderators (and administrators) curate stages and steps, like the rest of the shared space. */
    public static boolean canCurate(Actor actor) {
        return actor.isSignedIn() && (actor.has(Role.MODERATOR) || actor.isAdministrator());
    }
}
