package org.councilcommons.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Records that something searchable changed, in the caller's transaction: the change and its event commit
 * together or not at all, so the index can never miss a committed change.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<SearchChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, Long entityId) {
        em.persist(new SearchEvent(entityType, entityId, Instant.now(clock)));
        changed.fire(new SearchChanged(entityType, entityId));
    }
}
