package org.councilcommons.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.councilcommons.platform.outbox.SearchEvent;

/** Reads the search outbox. */
@ApplicationScoped
public class OutboxReader {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Transactional
    public List<SearchEvent> after(long fromExclusive, int limit) {
        return em.createQuery("select e from SearchEvent e where e.id > :from order by e.id", SearchEvent.class)
                .setParameter("from", fromExclusive).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long maxId() {
        Long max = em.createQuery("select max(e.id) from SearchEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
