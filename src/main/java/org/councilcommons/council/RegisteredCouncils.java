package org.councilcommons.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.councilcommons.identity.CouncilDirectory;

/** The council register, as identity sees it. */
// Pages and resources also read through this class after a service's transaction has ended: a short read
// transaction of its own keeps the container-managed EntityManager valid (without one, concurrent requests met
// "closed EntityManager" errors); inside a service it joins the service's transaction.
@Transactional
@ApplicationScoped
public class RegisteredCouncils implements CouncilDirectory {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    CouncilRepository councils;

    @Override
    public Optional<Long> councilForDomain(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        return em.createQuery("select c.id from Council c join c.domains d where d = :domain", Long.class)
                .setParameter("domain", domain.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> councilForCode(String code) {
        return councils.byCode(code).map(Council::id);
    }

    @Override
    public Optional<String> nameOf(Long councilId) {
        return councils.byId(councilId).map(Council::name);
    }

    @Override
    public Optional<String> codeOf(Long councilId) {
        return councils.byId(councilId).map(Council::code);
    }
}
