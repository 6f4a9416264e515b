package org.councilcommons.identity;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller principal is the member's id: it survives a change of e-mail address. */
final class Callers {

    private Callers() {}

    static CredentialValidationResult result(Member member) {
        Set<String> groups = member.roles().stream().map(Role::group).collect(Collectors.toSet());
        return new CredentialValidationResult(new CallerPrincipal(String.valueOf(member.id())), groups);
    }
}
