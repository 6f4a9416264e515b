package org.councilcommons.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

// Pages and resources also read through this class after a service's transaction has ended: a short read
// transaction of its own keeps the container-managed EntityManager valid (without one, concurrent requests met
// "closed EntityManager" errors); inside a service it joins the service's transaction.
@Transactional
@ApplicationScoped
public class CaseStudyRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    /** Published case studies not updated since {@code cutoff} and not chased since then: id, council id, title. */
    @SuppressWarnings("unchecked")
    public List<Object[]> stale(java.time.Instant cutoff, int max) {
        return em.createNativeQuery("select id, council_id, title from case_study where editorial_state = 'PUBLISHED'"
                + " and updated_at < ?1 and (stale_reminded_at is null or stale_reminded_at < ?1) order by updated_at, id")
                .setParameter(1, java.sql.Timestamp.from(cutoff)).setMaxResults(max).getResultList();
    }

    /** Records a reminder unless another node (or an earlier run) just did; true when this call claimed it. */
    public boolean claimStaleReminder(long id, java.time.Instant cutoff, java.time.Instant now) {
        return em.createNativeQuery("update case_study set stale_reminded_at = ?1 where id = ?2"
                + " and (stale_reminded_at is null or stale_reminded_at < ?3)")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, id)
                .setParameter(3, java.sql.Timestamp.from(cutoff)).executeUpdate() == 1;
    }

    public Optional<CaseStudy> byId(long id) {
        return Optional.ofNullable(em.find(CaseStudy.class, id));
    }

    public void add(CaseStudy caseStudy) {
        em.persist(caseStudy);
        em.flush();
    }

    public void addRevision(CaseStudyRevision revision) {
        em.persist(revision);
    }

    /** Writes pending changes now, so a version clash surfaces inside the service method and the new version is known. */
    public void flush() {
        em.flush();
    }

    public int lastRevisionNumber(long caseStudyId) {
        Integer n = em.createQuery("select max(r.number) from CaseStudyRevision r where r.caseStudyId = :id", Integer.class)
                .setParameter("id", caseStudyId).getSingleResult();
        return n == null ? 0 : n;
    }

    public List<CaseStudyRevision> revisions(long caseStudyId) {
        return em.createQuery("select r from CaseStudyRevision r where r.caseStudyId = :id order by r.number desc",
                        CaseStudyRevision.class)
                .setParameter("id", caseStudyId).getResultList();
    }

    /**
     * A page of case studies matching the filter, newest first. {@code councilIds} limits the result to those
     * councils (null: any), which is how drafts stay within the councils a caller edits for.
     */
    public List<CaseStudy> find(CaseStudyFilter filter, List<Long> councilIds, int first, int max) {
        TypedQuery<CaseStudy> q = em.createQuery("select c from CaseStudy c" + where(filter, councilIds)
                + " order by c.publishedAt desc, c.updatedAt desc, c.id desc", CaseStudy.class);
        bind(filter, councilIds).forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(CaseStudyFilter filter, List<Long> councilIds) {
        TypedQuery<Long> q = em.createQuery("select count(c) from CaseStudy c" + where(filter, councilIds), Long.class);
        bind(filter, councilIds).forEach(q::setParameter);
        return q.getSingleResult();
    }

    /**
     * Published case studies in id order, a page at a time (rebuilding the search index). Ids first, so the
     * database sorts only ids; then the page with its collections fetched in batches rather than one by one.
     */
    public List<CaseStudy> publishedAfter(long afterId, int limit) {
        List<Long> ids = em.createQuery("select c.id from CaseStudy c where c.state = :published and c.id > :after"
                        + " order by c.id", Long.class)
                .setParameter("published", EditorialState.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CaseStudy c where c.id in :ids order by c.id", CaseStudy.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.themes")
                .setHint("eclipselink.batch", "c.barriers")
                .setHint("eclipselink.batch", "c.outcomes")
                .getResultList();
    }

    public long countPublished() {
        return em.createQuery("select count(c) from CaseStudy c where c.state = :published", Long.class)
                .setParameter("published", EditorialState.PUBLISHED).getSingleResult();
    }

    /** The ids of a council's published case studies. */
    public List<Long> publishedIdsOf(Long councilId) {
        return em.createQuery("select c.id from CaseStudy c where c.councilId = :council and c.state = :published", Long.class)
                .setParameter("council", councilId).setParameter("published", EditorialState.PUBLISHED).getResultList();
    }

    /** How many published case studies tackle each barrier, for the home page. */
    public Map<Barrier, Long> publishedByBarrier() {
        Map<Barrier, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select b, count(c) from CaseStudy c join c.barriers b"
                + " where c.state = :published group by b", Object[].class)
                .setParameter("published", EditorialState.PUBLISHED).getResultList()) {
            counts.put((Barrier) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Published case studies per council and topic (a barrier key or a theme in lower case): what a council can
     * show others, for peer suggestions. One row per council and topic, so its size is bounded by the councils.
     */
    public Map<Long, Map<String, Long>> publishedTopicsByCouncil() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select c.councilId, b, count(c) from CaseStudy c join c.barriers b"
                + " where c.state = :published group by c.councilId, b", Object[].class)
                .setParameter("published", EditorialState.PUBLISHED).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge(((Barrier) row[1]).key(),
                    ((Number) row[2]).longValue(), Long::sum);
        }
        for (Object[] row : em.createQuery("select c.councilId, t, count(c) from CaseStudy c join c.themes t"
                + " where c.state = :published group by c.councilId, t", Object[].class)
                .setParameter("published", EditorialState.PUBLISHED).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).merge(((String) row[1]).toLowerCase(Locale.ROOT),
                    ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    private static String where(CaseStudyFilter f, List<Long> councilIds) {
        List<String> clauses = new ArrayList<>();
        if (f.state() != null) {
            clauses.add("c.state = :state");
        }
        if (f.councilCode() != null) {
            clauses.add("c.councilId in (select k.id from Council k where k.code = :councilCode)");
        }
        if (f.councilType() != null) {
            clauses.add("c.councilId in (select k.id from Council k where k.type = :councilType)");
        }
        if (f.region() != null) {
            clauses.add("c.councilId in (select k.id from Council k where lower(k.region) = :region)");
        }
        if (f.theme() != null) {
            clauses.add(":theme member of c.themes");
        }
        if (f.barrier() != null) {
            clauses.add(":barrier member of c.barriers");
        }
        if (f.status() != null) {
            clauses.add("c.projectStatus = :status");
        }
        if (councilIds != null) {
            clauses.add(councilIds.isEmpty() ? "1 = 0" : "c.councilId in :councilIds");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static Map<String, Object> bind(CaseStudyFilter f, List<Long> councilIds) {
        Map<String, Object> p = new HashMap<>();
        if (f.state() != null) {
            p.put("state", f.state());
        }
        if (f.councilCode() != null) {
            p.put("councilCode", f.councilCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.councilType() != null) {
            p.put("councilType", f.councilType());
        }
        if (f.region() != null) {
            p.put("region", f.region().trim().toLowerCase(Locale.ROOT));
        }
        if (f.theme() != null) {
            p.put("theme", f.theme().trim().toLowerCase(Locale.ROOT));
        }
        if (f.barrier() != null) {
            p.put("barrier", f.barrier());
        }
        if (f.status() != null) {
            p.put("status", f.status());
        }
        if (councilIds != null && !councilIds.isEmpty()) {
            p.put("councilIds", councilIds);
        }
        return p;
    }
}
