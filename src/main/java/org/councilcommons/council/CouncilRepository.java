package org.councilcommons.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

// Pages and resources also read through this class after a service's transaction has ended: a short read
// transaction of its own keeps the container-managed EntityManager valid (without one, concurrent requests met
// "closed EntityManager" errors); inside a service it joins the service's transaction.
@Transactional
@ApplicationScoped
public class CouncilRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    public Optional<Council> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Council c where c.code = :code", Council.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Council> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Council.class, id));
    }

    public Map<Long, Council> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Council c where c.id in :ids", Council.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(Council::id, Function.identity()));
    }

    public List<Council> page(int first, int max) {
        return em.createQuery("select c from Council c order by c.name", Council.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Council c", Long.class).getSingleResult();
    }

    public boolean domainTaken(String domain) {
        return em.createNativeQuery("select count(*) from council_domain where domain = ?1")
                .setParameter(1, domain.toLowerCase(Locale.ROOT))
                .getSingleResult() instanceof Number n && n.longValue() > 0;
    }

    public Council add(Council council) {
        em.persist(council);
        // other features refer to councils by id alone, so EclipseLink cannot order their inserts after this one
        em.flush();
        return council;
    }
}
