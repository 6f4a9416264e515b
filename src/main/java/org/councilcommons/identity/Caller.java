package org.councilcommons.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is making this request, as the services see it: a member (with roles and council) or nobody.
 * Services decide access with it; pages and resources never decide alone.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    MemberRepository members;

    private Optional<Member> member;

    public Optional<Member> member() {
        if (member == null) {
            Principal principal = security.getCallerPrincipal();
            member = Optional.empty();
            if (principal != null) {
                try {
                    member = members.byId(Long.parseLong(principal.getName()));
                } catch (NumberFormatException e) {
                    member = Optional.empty();
                }
            }
        }
        return member;
    }

    public boolean isSignedIn() {
        return member().isPresent();
    }

    public boolean has(Role role) {
        return member().map(m -> m.has(role)).orElse(false);
    }

    public Optional<Long> memberId() {
        return member().map(Member::id);
    }

    public Optional<Long> councilId() {
        return member().map(Member::councilId);
    }

    /** A view of this caller for the pure policy checks. */
    public Actor actor() {
        return member().map(m -> new Actor(m.id(), m.councilId(), m.roles())).orElse(Actor.ANONYMOUS);
    }
}
