package org.councilcommons.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stages, steps and their revisions; councils' roadmaps and their steps. */
@ApplicationScoped
public class RoadmapRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    public List<Stage> stages() {
        return em.createQuery("select s from Stage s order by s.position", Stage.class).getResultList();
    }

    public Optional<Stage> stage(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Stage.class, key));
    }

    public Stage add(Stage stage) {
        em.persist(stage);
        return stage;
    }

    public void add(StageRevision revision) {
        em.persist(revision);
    }

    public List<StageRevision> stageRevisions(String stageKey) {
        return em.createQuery("select r from StageRevision r where r.stageKey = :k order by r.revision desc",
                StageRevision.class).setParameter("k", stageKey).getResultList();
    }

    public int lastStagePosition() {
        Integer max = em.createQuery("select max(s.position) from Stage s", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    public List<Step> steps() {
        return em.createQuery("select s from Step s order by s.position, s.key", Step.class).getResultList();
    }

    public Optional<Step> step(String key) {
        return key == null || key.length() > 60 ? Optional.empty() : Optional.ofNullable(em.find(Step.class, key));
    }

    public Step add(Step step) {
        em.persist(step);
        return step;
    }

    public void add(StepRevision revision) {
        em.persist(revision);
    }

    public List<StepRevision> revisions(String stepKey) {
        return em.createQuery("select r from StepRevision r where r.stepKey = :k order by r.revision desc", StepRevision.class)
                .setParameter("k", stepKey).getResultList();
    }

    public int lastPosition(String stageKey) {
        Integer max = em.createQuery("select max(s.position) from Step s where s.stageKey = :k", Integer.class)
                .setParameter("k", stageKey).getSingleResult();
        return max == null ? 0 : max;
    }

    public Optional<CouncilRoadmap> roadmap(Long councilId) {
        return Optional.ofNullable(em.find(CouncilRoadmap.class, councilId));
    }

    /** The council's roadmap, locked until the transaction ends: saves of one roadmap happen one at a time. */
    public Optional<CouncilRoadmap> roadmapForUpdate(Long councilId) {
        return Optional.ofNullable(em.find(CouncilRoadmap.class, councilId, LockModeType.PESSIMISTIC_WRITE));
    }

    public CouncilRoadmap add(CouncilRoadmap roadmap) {
        em.persist(roadmap);
        em.flush();
        return roadmap;
    }

    public List<CouncilStep> stepsOf(Long councilId) {
        return em.createQuery("select s from CouncilStep s where s.councilId = :c order by s.position, s.id", CouncilStep.class)
                .setParameter("c", councilId).getResultList();
    }

    public void add(CouncilStep step) {
        em.persist(step);
    }

    public void remove(CouncilStep step) {
        em.remove(step);
    }

    public void flush() {
        em.flush();
    }

    /** The councils that marked a step done. */
    public List<Long> councilsDone(String stepKey) {
        return em.createQuery("select s.councilId from CouncilStep s where s.stepKey = :k and s.status = :done"
                + " order by s.completedAt desc", Long.class)
                .setParameter("k", stepKey).setParameter("done", StepStatus.DONE).getResultList();
    }

    /** Open steps past their target date whose owner has not been reminded in the last week. */
    public List<CouncilStep> overdue(LocalDate today, Instant remindedBefore, int max) {
        return em.createQuery("select s from CouncilStep s where s.status in :open and s.targetDate < :today"
                + " and (s.remindedAt is null or s.remindedAt < :before) order by s.targetDate, s.id", CouncilStep.class)
                .setParameter("open", List.of(StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS))
                .setParameter("today", today).setParameter("before", remindedBefore).setMaxResults(max).getResultList();
    }

    /** Marks a step reminded unless another node just did; true when this call claimed it. */
    public boolean claimReminder(Long stepId, Instant remindedBefore, Instant now) {
        return em.createNativeQuery("update council_roadmap_step set reminded_at = ?1 where id = ?2"
                + " and (reminded_at is null or reminded_at < ?3)")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, stepId)
                .setParameter(3, java.sql.Timestamp.from(remindedBefore)).executeUpdate() == 1;
    }
}
