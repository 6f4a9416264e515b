package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

// Pages and resources also read through this class after a service's transaction has ended: a short read
// transaction of its own keeps the container-managed EntityManager valid (without one, concurrent requests met
// "closed EntityManager" errors); inside a service it joins the service's transaction.
@Transactional
@ApplicationScoped
public class MemberRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    public Optional<Member> byEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", Member.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Member> byId(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }

    public Member add(Member member) {
        em.persist(member);
        return member;
    }
}
