package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.TooManyRequests;
import org.councilcommons.platform.security.BearerCredential;
import org.councilcommons.platform.web.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API tokens: issued for an e-mail and password (throttled like any sign-in) or by a signed-in member, named,
 * listed and revoked by their owner, and validated as bearer credentials. A token acts with its owner's roles.
 */
@ApplicationScoped
public class ApiTokenService implements IdentityStore {

    static final int MAX_ACTIVE_TOKENS = 20;

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    MemberRepository members;

    @Inject
    SignInService signIn;

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "commons.behind-proxy", defaultValue = "false")
    boolean behindProxy;

    @Inject
    Clock clock;

    /** A token for whoever proves the password. */
    @Transactional
    public ApiToken.Issued issue(String email, String password, String tokenName) {
        SignInService.Outcome outcome = signIn.signIn(email, password == null ? new char[0] : password.toCharArray(),
                ClientAddress.of(request, behindProxy));
        return switch (outcome) {
            case SignInService.Outcome.Success success -> create(success.member(), tokenName);
            case SignInService.Outcome.Throttled throttled -> throw new TooManyRequests(throttled.retryAfter());
            case SignInService.Outcome.NotActive notActive -> throw new AccessDenied(SignInService.explain(notActive.status()));
            case SignInService.Outcome.WrongCredentials wrong -> throw new NotSignedIn();
        };
    }

    /** A token for the signed-in member (from their account page). */
    @Transactional
    public ApiToken.Issued issueForCaller(String tokenName) {
        return create(caller.member().orElseThrow(NotSignedIn::new), tokenName);
    }

    private ApiToken.Issued create(Member member, String tokenName) {
        String name = tokenName == null || tokenName.isBlank() ? "API token" : tokenName.strip();
        if (name.length() > 100) {
            throw InvalidInput.of("name", "The token's name must be 100 characters or fewer");
        }
        if (mine(member.id()).size() >= MAX_ACTIVE_TOKENS) {
            throw InvalidInput.of("name", "You have " + MAX_ACTIVE_TOKENS + " tokens: revoke one you no longer use first");
        }
        ApiToken.Issued issued = ApiToken.issue(member.id(), name, Instant.now(clock));
        em.persist(issued.token());
        return issued;
    }

    /** The caller's own tokens that still work, newest first. */
    @Transactional
    public List<ApiToken> mine() {
        return mine(caller.member().orElseThrow(NotSignedIn::new).id());
    }

    private List<ApiToken> mine(Long memberId) {
        return em.createQuery("select t from ApiToken t where t.memberId = :m and t.revokedAt is null"
                        + " order by t.createdAt desc", ApiToken.class)
                .setParameter("m", memberId).getResultList();
    }

    /** Revokes one of the caller's tokens; someone else's token is "not found", so ids reveal nothing. */
    @Transactional
    public void revoke(long tokenId) {
        Member me = caller.member().orElseThrow(NotSignedIn::new);
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, tokenId))
                .filter(t -> t.memberId().equals(me.id()) && t.isActive())
                .orElseThrow(() -> new NotFound("You have no active token with the id " + tokenId));
        token.revoke(Instant.now(clock));
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
        return members.byId(token.get().memberId()).filter(Member::isActive).map(Callers::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
