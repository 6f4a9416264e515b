package org.councilcommons.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes audit entries in the acting transaction (the act and its record commit together) and reads them back. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(actorId, action, subjectType, subjectId == null ? null : String.valueOf(subjectId),
                detail, Instant.now(clock)));
    }

    /** Newest first. */
    @Transactional
    public List<AuditEntry> page(int first, int max) {
        return em.createQuery("select a from AuditEntry a order by a.createdAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }
}
