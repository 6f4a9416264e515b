package org.councilcommons.roadmap.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilcommons.roadmap.RoadmapProposal;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepRevision;
import org.councilcommons.roadmap.StepText;
import org.councilcommons.search.SearchResults;

/** The JSON shapes of the roadmap API. */
public final class RoadmapViews {

    private RoadmapViews() {}

    public record StepSummary(String key, String title, List<String> dimensions, String url) {
        static StepSummary of(Step s) {
            return new StepSummary(s.key(), s.title(), s.dimensionKeys(), "/roadmap/steps/" + s.key());
        }
    }

    public record StageView(String key, String name, String summary, List<StepSummary> steps) {}

    /** A stage as a moderator edits it: send {@code version} back with a change. */
    public record StageDetail(String key, String name, String summary, int position, int revision, int version,
            Instant updatedAt) {
        static StageDetail of(org.councilcommons.roadmap.Stage s) {
            return new StageDetail(s.key(), s.name(), s.summary(), s.position(), s.revision(), s.version(), s.updatedAt());
        }
    }

    public record StageRevisionView(int revision, Instant createdAt, String name, String summary) {
        static StageRevisionView of(org.councilcommons.roadmap.StageRevision r) {
            return new StageRevisionView(r.revision(), r.createdAt(), r.name(), r.summary());
        }
    }

    public record NetworkView(List<StageView> stages) {
        static NetworkView of(List<RoadmapService.StageView> network) {
            return new NetworkView(network.stream().map(s -> new StageView(s.stage().key(), s.stage().name(),
                    s.stage().summary(), s.steps().stream().map(StepSummary::of).toList())).toList());
        }
    }

    public record CaseStudyHit(long id, String title, String council, String url) {
        static CaseStudyHit of(SearchResults.Hit h) {
            return new CaseStudyHit(h.id(), h.title(), h.council(), h.url());
        }
    }

    public record CouncilRef(String code, String name, String url) {}

    public record Helper(String name, String jobTitle, String council, String helpsWith) {}

    public record ThreadRef(long id, String title, int posts, String url) {}

    /** A step page's content; {@code completedBy} and {@code helpers} are empty for callers not signed in. */
    public record StepView(String key, String stage, String title, String summary, String doneLooksLike,
            String evidence, List<String> dimensions, String searchTerms, int revision, int version, Instant updatedAt,
            List<CaseStudyHit> caseStudies, String caseStudiesNotice, Long threadId, List<ThreadRef> threads,
            List<CouncilRef> completedBy, List<Helper> helpers) {
        static StepView of(RoadmapService.StepPage p) {
            Step s = p.step();
            return new StepView(s.key(), s.stageKey(), s.title(), s.summary(), s.doneLooksLike(), s.evidence(),
                    s.dimensionKeys(), s.searchTerms(), s.revision(), s.version(), s.updatedAt(),
                    p.caseStudies().stream().map(CaseStudyHit::of).toList(), p.searchNotice(), p.threadId(),
                    p.threads().stream().map(t -> new ThreadRef(t.id(), t.title(), t.postCount(), "/threads/" + t.id())).toList(),
                    p.completedBy().stream().map(c -> new CouncilRef(c.code(), c.name(), "/councils/" + c.code())).toList(),
                    p.helpers().stream().map(h -> new Helper(h.name(), h.jobTitle(),
                            p.helperCouncils().containsKey(h.councilId()) ? p.helperCouncils().get(h.councilId()).name() : null,
                            h.helpsWith())).toList());
        }
    }

    public record RevisionView(int revision, Instant createdAt, String stage, String title, String summary,
            String doneLooksLike, String evidence, List<String> dimensions, String searchTerms) {
        static RevisionView of(StepRevision r) {
            StepText t = r.text();
            return new RevisionView(r.revision(), r.createdAt(), t.stageKey(), t.title(), t.summary(), t.doneLooksLike(),
                    t.evidence(), t.dimensions(), t.searchTerms());
        }
    }

    public record CouncilStepView(String key, String title, String status, Long owner, String ownerName,
            LocalDate targetDate, String notes, String evidence, String reason, boolean overdue, Long caseStudyId) {
        static CouncilStepView of(RoadmapService.Item i) {
            return new CouncilStepView(i.step().key(), i.step().title(), i.status().key(), i.ownerId(), i.ownerName(),
                    i.targetDate(), i.notes(), i.evidence(), i.reason(), i.overdue(), i.caseStudyId());
        }
    }

    public record Moved(String dimension, int before, int after) {}

    public record NewStep(String key, String reason) {}

    /**
     * A council's roadmap. {@code saved} false: the proposal from its latest self-assessment, not yet kept.
     * {@code version}: send it back with a change, so a change made meanwhile by someone else is not overwritten.
     */
    public record CouncilRoadmapView(String council, boolean saved, int version, Long basedOnAssessment,
            Long latestAssessment, List<CouncilStepView> steps, List<Moved> moved, List<NewStep> proposedSteps,
            Map<String, Integer> progress) {
        static CouncilRoadmapView of(RoadmapService.CouncilView v) {
            Map<String, Integer> progress = new java.util.LinkedHashMap<>();
            for (var s : org.councilcommons.roadmap.StepStatus.values()) {
                progress.put(s.key(), v.progress().count(s));
            }
            return new CouncilRoadmapView(v.council().code(), v.saved(), v.version(),
                    v.basedOn() == null ? null : v.basedOn().id(), v.latest() == null ? null : v.latest().id(),
                    v.items().stream().map(CouncilStepView::of).toList(),
                    v.moved().stream().map((RoadmapProposal.Moved m) -> new Moved(m.dimension(), m.before(), m.after())).toList(),
                    v.newSteps().stream().map(p -> new NewStep(p.key(), p.reason())).toList(), progress);
        }
    }
}
