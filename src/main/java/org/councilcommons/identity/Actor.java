package org.councilcommons.identity;

import java.util.Set;

/** Who acts, as a plain value: what the per-feature policies decide on, so they can be unit-tested. */
public record Actor(Long memberId, Long councilId, Set<Role> roles) {

    public static final Actor ANONYMOUS = new Actor(null, null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean isSignedIn() {
        return memberId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** An editor of this council, or an administrator. */
    public boolean editsFor(Long council) {
        return isAdministrator() || (has(Role.COUNCIL_EDITOR) && councilId != null && councilId.equals(council));
    }
}
