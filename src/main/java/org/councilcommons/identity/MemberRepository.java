package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

    /** Active members who said what they can help others with. */
    public List<Member> offeringHelp() {
        return em.createQuery("select m from Member m where m.helpsWith is not null and m.status = :active"
                + " and m.councilId is not null", Member.class)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    /** A council's active editors and those of its members who offer help: who another council can contact. */
    /** A council's active members, by name. */
    public List<Member> activeOf(Long councilId) {
        return em.createQuery("select m from Member m where m.councilId = :c and m.status = :active order by m.name, m.id",
                Member.class).setParameter("c", councilId).setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    public List<Member> contactsOf(Long councilId) {
        return em.createQuery("select m from Member m where m.councilId = :council and m.status = :active"
                + " and (m.helpsWith is not null or :editor member of m.roles) order by m.name", Member.class)
                .setParameter("council", councilId).setParameter("active", MemberStatus.ACTIVE)
                .setParameter("editor", Role.COUNCIL_EDITOR).getResultList();
    }

    /** Display names by member id, for showing who wrote what. */
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", java.util.List.copyOf(ids)).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /** Members whose name contains a word (case ignored): candidates for a mention. */
    public List<Member> named(String word) {
        return em.createQuery("select m from Member m where lower(m.name) like :w", Member.class)
                .setParameter("w", "%" + word.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .setMaxResults(200).getResultList();
    }
}
