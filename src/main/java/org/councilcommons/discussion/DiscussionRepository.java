package org.councilcommons.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// A short read transaction of its own when called outside a service (see CouncilRepository).
@Transactional
@ApplicationScoped
public class DiscussionRepository {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
    }

    public Optional<Category> category(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(Category.class, key));
    }

    public Optional<DiscussionThread> thread(long id) {
        return Optional.ofNullable(em.find(DiscussionThread.class, id));
    }

    /** The thread locked for this transaction: posts get their numbers one at a time. */
    public Optional<DiscussionThread> threadForUpdate(long id) {
        return Optional.ofNullable(em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Threads of a category (or all), pinned first, then most recently active; {@code filter} narrows them. */
    public List<DiscussionThread> threads(String category, String filter, Long memberId, Long caseStudyId,
            java.util.Collection<Long> onlyIds, int first, int max) {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<DiscussionThread> q = em.createQuery("select t from DiscussionThread t" + where(category, filter, memberId,
                caseStudyId, onlyIds) + " order by t.pinned desc, t.lastPostedAt desc, t.id desc", DiscussionThread.class);
        bind(q, category, filter, memberId, caseStudyId, onlyIds);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countThreads(String category, String filter, Long memberId, Long caseStudyId, java.util.Collection<Long> onlyIds) {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(t) from DiscussionThread t" + where(category, filter, memberId,
                caseStudyId, onlyIds), Long.class);
        bind(q, category, filter, memberId, caseStudyId, onlyIds);
        return q.getSingleResult();
    }

    private static String where(String category, String filter, Long memberId, Long caseStudyId,
            java.util.Collection<Long> onlyIds) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (onlyIds != null) {
            w.append(" and t.id in :only");
        }
        if (category != null) {
            w.append(" and t.categoryKey = :category");
        } else {
            // learning sets are read inside their own category, by members, never in the lists of everything
            w.append(" and t.categoryKey not like 'learning-set-%'");
        }
        if (caseStudyId != null) {
            w.append(" and t.caseStudyId = :caseStudy");
        }
        switch (filter == null ? "" : filter) {
            case "unanswered" -> w.append(" and t.postCount = 1");
            case "solved" -> w.append(" and t.acceptedPost is not null");
            case "mine" -> w.append(" and (t.authorId = :member or t.id in (select p.threadId from Post p where p.authorId = :member))");
            default -> { }
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String category, String filter, Long memberId, Long caseStudyId,
            java.util.Collection<Long> onlyIds) {
        if (onlyIds != null) {
            q.setParameter("only", List.copyOf(onlyIds));
        }
        if (category != null) {
            q.setParameter("category", category);
        }
        if (caseStudyId != null) {
            q.setParameter("caseStudy", caseStudyId);
        }
        if ("mine".equals(filter)) {
            q.setParameter("member", memberId);
        }
    }

    public List<Post> posts(long threadId, int first, int max) {
        return em.createQuery("select p from Post p where p.threadId = :thread order by p.number", Post.class)
                .setParameter("thread", threadId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public Optional<Post> post(long threadId, int number) {
        return em.createQuery("select p from Post p where p.threadId = :thread and p.number = :number", Post.class)
                .setParameter("thread", threadId).setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Post> post(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public void flush() {
        em.flush();
    }

    public int revisionCount(long postId) {
        return em.createQuery("select count(r) from PostRevision r where r.postId = :post", Long.class)
                .setParameter("post", postId).getSingleResult().intValue();
    }

    public List<PostRevision> revisions(long postId) {
        return em.createQuery("select r from PostRevision r where r.postId = :post order by r.revision desc",
                PostRevision.class).setParameter("post", postId).getResultList();
    }

    /** The thread and post a member's earlier request with this idempotency key created, if any. */
    public Optional<long[]> idempotent(long memberId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select thread_id, post_id from idempotent_post"
                + " where member_id = ?1 and idem_key = ?2").setParameter(1, memberId).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
    }

    public void rememberIdempotent(long memberId, String key, long threadId, long postId, Instant now) {
        em.createNativeQuery("insert into idempotent_post (member_id, idem_key, thread_id, post_id, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, memberId).setParameter(2, key).setParameter(3, threadId)
                .setParameter(4, postId).setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    /** Marks or unmarks a post helpful for a member; true when it is now marked. */
    public boolean toggleHelpful(long postId, long memberId) {
        int removed = em.createNativeQuery("delete from post_helpful where post_id = ?1 and member_id = ?2")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        if (removed > 0) {
            return false;
        }
        em.createNativeQuery("insert into post_helpful (post_id, member_id) values (?1, ?2)")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        return true;
    }

    public boolean flagged(long postId, long memberId) {
        return em.createQuery("select count(f) from PostFlag f where f.postId = :post and f.memberId = :member", Long.class)
                .setParameter("post", postId).setParameter("member", memberId).getSingleResult() > 0;
    }

    public long openFlagCount(long postId) {
        return em.createQuery("select count(f) from PostFlag f where f.postId = :post and f.resolvedAt is null", Long.class)
                .setParameter("post", postId).getSingleResult();
    }

    public List<PostFlag> openFlags() {
        return em.createQuery("select f from PostFlag f where f.resolvedAt is null order by f.createdAt", PostFlag.class)
                .getResultList();
    }

    public List<PostFlag> openFlagsOf(long postId) {
        return em.createQuery("select f from PostFlag f where f.postId = :post and f.resolvedAt is null", PostFlag.class)
                .setParameter("post", postId).getResultList();
    }

    public long postsSince(long authorId, Instant since) {
        return em.createQuery("select count(p) from Post p where p.authorId = :a and p.createdAt > :since", Long.class)
                .setParameter("a", authorId).setParameter("since", since).getSingleResult();
    }

    /** Threads with an id above {@code afterId}, in id order: the index rebuild reads them a page at a time. */
    public List<DiscussionThread> threadsAfter(long afterId, int max) {
        return em.createQuery("select t from DiscussionThread t where t.id > :after order by t.id", DiscussionThread.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** Replies (post 2 onwards) with an id above {@code afterId}, in id order, for the index rebuild. */
    public List<Post> repliesAfter(long afterId, int max) {
        return em.createQuery("select p from Post p where p.id > :after and p.number > 1 order by p.id", Post.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public List<Long> postIdsOf(long threadId) {
        return em.createQuery("select p.id from Post p where p.threadId = :t and p.number > 1", Long.class)
                .setParameter("t", threadId).getResultList();
    }

    public long countThreadsAndReplies() {
        return em.createQuery("select count(t) from DiscussionThread t", Long.class).getSingleResult()
                + em.createQuery("select count(p) from Post p where p.number > 1", Long.class).getSingleResult();
    }

    public List<DiscussionThread> threadsAboutStep(String stepKey, int max) {
        return em.createQuery("select t from DiscussionThread t where t.stepKey = :s order by t.createdAt, t.id",
                DiscussionThread.class).setParameter("s", stepKey).setMaxResults(max).getResultList();
    }

    /** Whether the learning roadmap has a step with this key (threads may be about one). */
    public boolean stepExists(String stepKey) {
        return stepKey.length() <= 60 && !em.createNativeQuery("select 1 from roadmap_step where step_key = ?1")
                .setParameter(1, stepKey).getResultList().isEmpty();
    }

    public List<DiscussionThread> threadsAboutCouncil(Long councilId, int max) {
        return em.createQuery("select t from DiscussionThread t where t.councilId = :c and t.categoryKey not like 'learning-set-%'"
                + " order by t.lastPostedAt desc", DiscussionThread.class).setParameter("c", councilId).setMaxResults(max)
                .getResultList();
    }
}
