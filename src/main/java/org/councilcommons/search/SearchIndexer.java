package org.councilcommons.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.Term;
import org.councilcommons.platform.outbox.SearchChanged;
import org.councilcommons.platform.outbox.SearchEvent;
import org.councilcommons.platform.persistence.SchemaReady;

/**
 * The single indexer of this node: reads outbox events past the last applied one, re-reads each entity's current
 * state and upserts or deletes its document (idempotent, so order and repeats do not matter). It runs every
 * 200 ms and at once after a local commit. Events can commit out of id order (a slow transaction holds a lower
 * id), so each pass re-reads a trailing window of {@value #RESCAN_IDS} ids and skips those already applied.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    static final int RESCAN_IDS = 200;
    static final int BATCH = 500;
    static final int REBUILD_PAGE = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchIndex index;

    @Inject
    OutboxReader outbox;

    @Inject
    CaseStudyDocuments caseStudies;

    @Inject
    DiscussionDocuments discussion;

    private final ReentrantLock passLock = new ReentrantLock();
    /** Ids applied recently, so the trailing window is not applied again and again (bounded). */
    private final Set<Long> recent = java.util.Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 20 * RESCAN_IDS;
        }
    });
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    /** After the migrations and the demo content: open the index, rebuild it if needed, start indexing. */
    void onStart(@Observes @Priority(300) SchemaReady ready) {
        boolean rebuild = index.open();
        if (index.state() == SearchIndex.State.FAILED) {
            return;
        }
        tasks.add(scheduler.scheduleWithFixedDelay(this::passQuietly, 200, 200, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(index::commit, 1, 1, TimeUnit.SECONDS));
        if (rebuild) {
            scheduler.execute(this::rebuild);
        }
    }

    /** A change committed on this node: index it now rather than at the next tick. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged changed) {
        if (scheduler != null && index.state() == SearchIndex.State.READY) {
            scheduler.execute(this::passQuietly);
        }
    }

    /** Starts a rebuild in the background unless one is running; the site stays up meanwhile. */
    public boolean requestRebuild() {
        if (index.state() == SearchIndex.State.REBUILDING) {
            return false;
        }
        scheduler.execute(this::rebuild);
        return true;
    }

    private void passQuietly() {
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing pass failed; it will be retried", e);
        }
    }

    void pass() {
        if (index.state() != SearchIndex.State.READY || !passLock.tryLock()) {
            return;
        }
        try {
            long from = Math.max(0, index.appliedEventId() - RESCAN_IDS);
            List<SearchEvent> events;
            do {
                events = outbox.after(from, BATCH);
                apply(events);
                if (!events.isEmpty()) {
                    from = events.getLast().id();
                }
            } while (events.size() == BATCH);
        } finally {
            passLock.unlock();
        }
    }

    private void apply(List<SearchEvent> events) {
        Set<Map.Entry<String, Long>> entities = new LinkedHashSet<>();
        long maxId = 0;
        List<Long> applied = new ArrayList<>();
        for (SearchEvent e : events) {
            if (recent.contains(e.id())) {
                continue;
            }
            entities.add(Map.entry(e.entityType(), e.entityId()));
            applied.add(e.id());
            maxId = Math.max(maxId, e.id());
        }
        if (applied.isEmpty()) {
            return;
        }
        List<SearchDocument> upserts = new ArrayList<>();
        List<Term> deletions = new ArrayList<>();
        for (Map.Entry<String, Long> entity : entities) {
            long id = entity.getValue();
            Optional<SearchDocument> current = switch (entity.getKey()) {
                case CaseStudyDocuments.TYPE -> caseStudies.published(id);
                case DiscussionDocuments.THREAD -> discussion.thread(id);
                case DiscussionDocuments.POST -> discussion.post(id);
                default -> Optional.empty();
            };
            current.ifPresentOrElse(upserts::add, () -> deletions.add(SearchSchema.idTerm(entity.getKey(), id)));
        }
        index.apply(upserts, deletions, maxId);
        recent.addAll(applied);
    }

    /**
     * Rebuilds from the database: notes the newest event first, re-reads every published case study, then resumes
     * from that event, so a change made during the rebuild is applied afterwards.
     */
    void rebuild() {
        passLock.lock();
        try {
            long upTo = outbox.maxId();
            long total = caseStudies.countPublished() + discussion.count();
            index.clearForRebuild(total);
            LOG.info("Rebuilding the search index from the database: " + total + " published case studies, threads and replies");
            long started = System.nanoTime();
            long after = 0;
            long done = 0;
            List<SearchDocument> page;
            do {
                page = caseStudies.publishedAfter(after, REBUILD_PAGE);
                if (!page.isEmpty()) {
                    index.apply(page, List.of(), 0);
                    after = page.getLast().id();
                    done += page.size();
                    index.rebuildProgress(done);
                }
            } while (page.size() == REBUILD_PAGE);
            after = 0;
            do {
                page = discussion.threadsAfter(after, REBUILD_PAGE);
                if (!page.isEmpty()) {
                    index.apply(page, List.of(), 0);
                    after = page.getLast().id();
                    done += page.size();
                    index.rebuildProgress(done);
                }
            } while (page.size() == REBUILD_PAGE);
            DiscussionDocuments.Page replies;
            after = 0;
            do {
                replies = discussion.repliesAfter(after, REBUILD_PAGE);
                index.apply(replies.documents(), List.of(), 0);
                after = replies.lastId();
                done += replies.documents().size();
                index.rebuildProgress(done);
            } while (replies.read() == REBUILD_PAGE);
            index.apply(List.of(), List.of(), upTo);
            recent.clear();
            index.rebuilt();
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Search index rebuilt: " + done + " documents in " + ms + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
        } finally {
            passLock.unlock();
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }
}
