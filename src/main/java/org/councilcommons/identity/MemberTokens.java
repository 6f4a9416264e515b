package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MemberTokens {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    /** A usable token with one of these purposes, or nothing: unknown, used and expired look the same. */
    public Optional<MemberToken> usable(String secret, Set<MemberToken.Purpose> purposes, Instant now) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from MemberToken t where t.tokenHash = :hash", MemberToken.class)
                .setParameter("hash", ApiToken.hash(secret.trim()))
                .getResultStream().findFirst()
                .filter(t -> purposes.contains(t.purpose()) && t.isUsable(now));
    }

    /** Spends every open token of this kind, so an older link stops working once a newer one has been used. */
    public void spendAll(Long memberId, MemberToken.Purpose purpose, Instant now) {
        em.createQuery("select t from MemberToken t where t.memberId = :m and t.purpose = :p", MemberToken.class)
                .setParameter("m", memberId).setParameter("p", purpose).getResultList().stream()
                .filter(t -> t.isUsable(now)).forEach(t -> t.use(now));
    }
}
