package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Checks an e-mail address and password. An unknown address costs the same time as a wrong password and gets
 * the same answer, so sign-in reveals nothing about who is a member.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<Member> member = members.byEmail(credential.getCaller());
        if (member.isEmpty()) {
            hasher.spendEquivalentTime(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.matches(password, member.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return Callers.result(member.get());
    }
}
