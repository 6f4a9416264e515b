package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.security.BearerCredential;

/** Issues API tokens for an e-mail and password, and validates bearer tokens for the API. */
@ApplicationScoped
public class ApiTokenService implements IdentityStore {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Transactional
    public String issue(String email, String password, String tokenName) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Member> member = email == null ? Optional.empty() : members.byEmail(email);
        if (member.isEmpty()) {
            hasher.spendEquivalentTime(secret);
            throw new NotSignedIn();
        }
        if (!hasher.matches(secret, member.get().passwordHash())) {
            throw new NotSignedIn();
        }
        ApiToken.Issued issued = ApiToken.issue(member.get().id(),
                tokenName == null || tokenName.isBlank() ? "API token" : tokenName.trim(), Instant.now(clock));
        em.persist(issued.token());
        return issued.secret();
    }

    @Transactional
    public CredentialValidationResult validate(BearerCredential credential) {
        String secret = credential.token();
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(ApiToken::isActive);
        if (token.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return members.byId(token.get().memberId()).map(Callers::result).orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
