package org.councilcommons.maturity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// A short read transaction of its own when called outside a service (see CouncilRepository).
@Transactional
@ApplicationScoped
public class MaturityRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    public Optional<Assessment> assessment(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    public Optional<Assessment> draftOf(Long councilId) {
        return em.createQuery("select a from Assessment a where a.draftOf = :council", Assessment.class)
                .setParameter("council", councilId).getResultStream().findFirst();
    }

    /** A council's submissions, newest first. */
    public List<Assessment> submitted(Long councilId) {
        return em.createQuery("select a from Assessment a where a.councilId = :council and a.state = :submitted"
                + " order by a.submittedAt desc, a.id desc", Assessment.class)
                .setParameter("council", councilId).setParameter("submitted", Assessment.State.SUBMITTED)
                .getResultList();
    }

    public Optional<Assessment> latest(Long councilId) {
        // booleans as parameters: EclipseLink writes the literal true as 1, which H2 will not compare with a boolean
        return em.createQuery("select a from Assessment a where a.councilId = :council and a.latest = :yes",
                Assessment.class).setParameter("council", councilId).setParameter("yes", Boolean.TRUE)
                .getResultStream().findFirst();
    }

    /** Every council's latest levels in one query: what peer matching works on. */
    public Map<Long, Map<String, Integer>> latestLevels() {
        Map<Long, Map<String, Integer>> levels = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.council_id, l.dimension, l.maturity_level"
                + " from assessment a join assessment_level l on l.assessment_id = a.id where a.latest = true")
                .getResultList();
        for (Object[] row : rows) {
            levels.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).intValue());
        }
        return levels;
    }

    public Assessment add(Assessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    /** Makes this submission the council's latest, and no other. */
    public void makeLatest(Assessment assessment) {
        // native SQL: EclipseLink writes boolean literals of bulk updates as 0 and 1, which H2 refuses
        em.createNativeQuery("update assessment set latest = false where council_id = ?1 and latest = true")
                .setParameter(1, assessment.councilId()).executeUpdate();
        assessment.markLatest(true);
    }

    public Sharing sharing(Long councilId) {
        SharingChoice choice = em.find(SharingChoice.class, councilId);
        return choice == null ? Sharing.PRIVATE : choice.sharing();
    }

    public Map<Long, Sharing> sharingOfAll() {
        Map<Long, Sharing> all = new HashMap<>();
        em.createQuery("select s from SharingChoice s", SharingChoice.class).getResultList()
                .forEach(s -> all.put(s.councilId(), s.sharing()));
        return all;
    }

    public SharingChoice sharingChoice(Long councilId) {
        SharingChoice choice = em.find(SharingChoice.class, councilId, LockModeType.PESSIMISTIC_WRITE);
        if (choice == null) {
            choice = new SharingChoice(councilId);
            em.persist(choice);
        }
        return choice;
    }

    public Optional<CouncilLink> link(long id) {
        return Optional.ofNullable(em.find(CouncilLink.class, id));
    }

    /** Links and open requests a council is part of, newest first. */
    public List<CouncilLink> linksOf(Long councilId) {
        return em.createQuery("select l from CouncilLink l where (l.fromCouncilId = :c or l.toCouncilId = :c)"
                + " and l.state in :open order by l.requestedAt desc", CouncilLink.class)
                .setParameter("c", councilId)
                .setParameter("open", List.of(CouncilLink.State.REQUESTED, CouncilLink.State.ACCEPTED))
                .getResultList();
    }

    /** The open request or accepted link between two councils, whichever way it was asked. */
    public Optional<CouncilLink> openBetween(Long a, Long b) {
        return em.createQuery("select l from CouncilLink l where ((l.fromCouncilId = :a and l.toCouncilId = :b)"
                + " or (l.fromCouncilId = :b and l.toCouncilId = :a)) and l.state in :open", CouncilLink.class)
                .setParameter("a", a).setParameter("b", b)
                .setParameter("open", List.of(CouncilLink.State.REQUESTED, CouncilLink.State.ACCEPTED))
                .getResultStream().findFirst();
    }

    public boolean linked(Long a, Long b) {
        return openBetween(a, b).map(CouncilLink::isActive).orElse(false);
    }

    public CouncilLink add(CouncilLink link) {
        em.persist(link);
        return link;
    }
}
