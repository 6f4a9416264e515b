package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.councilcommons.platform.security.SsoCredential;

/**
 * Single sign-on through a council's identity provider. The provider has verified the address, so a newcomer
 * from a council's domain joins that council at once; anyone else waits for an administrator, as with
 * registration. A provider that does not vouch for the e-mail address is not trusted with it.
 */
@ApplicationScoped
public class SsoIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(SsoIdentityStore.class.getName());

    @Inject
    MemberRepository members;

    @Inject
    CouncilDirectory councils;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Transactional
    public CredentialValidationResult validate(SsoCredential credential) {
        if (credential.email() == null || !credential.emailVerified() || !Emails.looksValid(credential.email())) {
            LOG.warning("Single sign-on without a verified e-mail address (subject " + credential.subject() + ")");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Instant now = Instant.now(clock);
        Optional<Member> found = members.byEmail(credential.email());
        Member member = found.orElseGet(() -> {
            String name = credential.name() == null || credential.name().isBlank() ? credential.email() : credential.name();
            // they sign in through their provider; this password exists only so the column is never empty
            Member created = Member.registered(credential.email(), name, null,
                    hasher.hash(UUID.randomUUID().toString().toCharArray()), now);
            return members.add(created);
        });
        member.confirmEmail(councils.councilForDomain(member.emailDomain()).orElse(null), now);
        return member.isActive() ? Callers.result(member) : CredentialValidationResult.INVALID_RESULT;
    }
}
