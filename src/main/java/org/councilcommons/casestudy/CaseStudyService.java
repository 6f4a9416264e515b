package org.councilcommons.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.Validation;
import org.councilcommons.platform.outbox.SearchOutbox;

/**
 * Every action on case studies, one method each: check permission, validate, load, act, record a revision and a
 * search event, all in one transaction.
 */
@ApplicationScoped
public class CaseStudyService {

    /** The entity type this feature writes to the search outbox. */
    public static final String SEARCH_TYPE = "case_study";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    CouncilRepository councils;

    @Inject
    Caller caller;

    @Inject
    Validation validation;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    public record Page(List<CaseStudySummary> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional
    public CaseStudy create(String councilCode, CaseStudyDraft draft) {
        Actor actor = signedIn();
        Council council = councils.byCode(councilCode)
                .orElseThrow(() -> InvalidInput.of("councilCode", councilCode == null || councilCode.isBlank()
                        ? "Choose the council this case study belongs to" : "No council has the code " + councilCode));
        if (!CaseStudyPolicy.canCreateFor(actor, council.id())) {
            throw new AccessDenied("You can only write case studies for your own council");
        }
        validation.require(draft, List.of());
        return add(council, draft, actor.memberId());
    }

    /** For start-up work (demo content), which has no caller. */
    @Transactional
    public CaseStudy createAtStart(Council council, CaseStudyDraft draft, boolean publish) {
        validation.require(draft, List.of());
        CaseStudy caseStudy = add(council, draft, null);
        if (publish) {
            caseStudy.publish(Instant.now(clock));
            record(caseStudy, CaseStudyRevision.Action.PUBLISHED, null);
        }
        return caseStudy;
    }

    private CaseStudy add(Council council, CaseStudyDraft draft, Long editorId) {
        CaseStudy caseStudy = new CaseStudy(council.id(), draft, Instant.now(clock));
        caseStudies.add(caseStudy);
        record(caseStudy, CaseStudyRevision.Action.CREATED, editorId);
        return caseStudy;
    }

    /** A published case study nobody has updated for a while. */
    public record Stale(long id, Long councilId, String title) {}

    /**
     * Published case studies not updated since {@code cutoff}, each claimed for one reminder (no other node or run
     * claims it again until it has been stale for another period). Outdated pages are what sank earlier
     * project-sharing sites, so their councils are asked to check them.
     */
    @Transactional
    public List<Stale> claimStale(Instant cutoff, int max) {
        Instant now = Instant.now(clock);
        List<Stale> claimed = new java.util.ArrayList<>();
        for (Object[] row : caseStudies.stale(cutoff, max)) {
            long id = ((Number) row[0]).longValue();
            if (caseStudies.claimStaleReminder(id, cutoff, now)) {
                claimed.add(new Stale(id, ((Number) row[1]).longValue(), (String) row[2]));
            }
        }
        return claimed;
    }

    @Transactional
    public CaseStudy update(long id, int expectedVersion, CaseStudyDraft draft) {
        Actor actor = signedIn();
        CaseStudy caseStudy = visible(id, actor);
        if (!CaseStudyPolicy.canEdit(actor, caseStudy)) {
            throw new AccessDenied("You can only edit case studies of your own council");
        }
        if (caseStudy.version() != expectedVersion) {
            throw new EditConflict(caseStudy.draft(), caseStudy.version(), draft);
        }
        validation.require(draft, List.of());
        caseStudy.revise(draft, Instant.now(clock));
        record(caseStudy, CaseStudyRevision.Action.EDITED, actor.memberId());
        return caseStudy;
    }

    @Transactional
    public CaseStudy publish(long id) {
        return changeState(id, "publish", CaseStudyRevision.Action.PUBLISHED, CaseStudy::publish);
    }

    @Transactional
    public CaseStudy withdraw(long id) {
        return changeState(id, "withdraw", CaseStudyRevision.Action.WITHDRAWN, CaseStudy::withdraw);
    }

    private CaseStudy changeState(long id, String verb, CaseStudyRevision.Action action,
            java.util.function.BiConsumer<CaseStudy, Instant> change) {
        Actor actor = signedIn();
        CaseStudy caseStudy = visible(id, actor);
        if (!CaseStudyPolicy.canPublish(actor, caseStudy)) {
            throw new AccessDenied("You can only " + verb + " case studies of your own council");
        }
        change.accept(caseStudy, Instant.now(clock));
        record(caseStudy, action, actor.memberId());
        return caseStudy;
    }

    /** A case study the caller may see; to everyone else it does not exist. */
    @Transactional
    public CaseStudy get(long id) {
        return visible(id, caller.actor());
    }

    @Transactional
    public boolean canEdit(CaseStudy caseStudy) {
        return CaseStudyPolicy.canEdit(caller.actor(), caseStudy);
    }

    @Transactional
    public List<CaseStudyRevision> revisions(long id) {
        visible(id, caller.actor());
        return caseStudies.revisions(id);
    }

    @Transactional
    public Page list(CaseStudyFilter filter, int page, int size) {
        Actor actor = caller.actor();
        List<Long> limitTo = null;
        if (filter.state() != EditorialState.PUBLISHED) {
            if (!CaseStudyPolicy.canSeeDrafts(actor)) {
                filter = filter.withState(EditorialState.PUBLISHED);
            } else if (!actor.isAdministrator()) {
                limitTo = List.of(actor.councilId());
            }
        }
        List<CaseStudy> found = caseStudies.find(filter, limitTo, page * size, size);
        long total = caseStudies.count(filter, limitTo);
        return new Page(summarise(found), total, page, size);
    }

    @Transactional
    public Map<Barrier, Long> publishedByBarrier() {
        return caseStudies.publishedByBarrier();
    }

    /** Published case studies per council id and topic (barrier key or lower-case theme). */
    @Transactional
    public Map<Long, Map<String, Long>> publishedTopicsByCouncil() {
        return caseStudies.publishedTopicsByCouncil();
    }

    private List<CaseStudySummary> summarise(List<CaseStudy> found) {
        Set<Long> ids = found.stream().map(CaseStudy::councilId).collect(Collectors.toSet());
        Map<Long, Council> byId = councils.byIds(ids);
        return found.stream().map(c -> {
            Council k = byId.get(c.councilId());
            return new CaseStudySummary(c.id(), c.title(), c.summary(), k.code(), k.name(), k.isSample(),
                    c.projectStatus(), c.state(), c.barriers(), c.themes(), c.publishedAt(), c.updatedAt());
        }).toList();
    }

    private CaseStudy visible(long id, Actor actor) {
        return caseStudies.byId(id)
                .filter(c -> CaseStudyPolicy.canView(actor, c))
                .orElseThrow(() -> new NotFound("No case study has the id " + id));
    }

    private Actor signedIn() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        return actor;
    }

    private void record(CaseStudy caseStudy, CaseStudyRevision.Action action, Long editorId) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("state", caseStudy.state().key());
        snapshot.put("content", caseStudy.draft());
        int number = caseStudies.lastRevisionNumber(caseStudy.id()) + 1;
        caseStudies.addRevision(new CaseStudyRevision(caseStudy.id(), number, action, editorId,
                Instant.now(clock), JSON.toJson(snapshot)));
        outbox.changed(SEARCH_TYPE, caseStudy.id());
        caseStudies.flush();
    }
}
