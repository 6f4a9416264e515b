package org.councilcommons.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.discussion.DiscussionService;
import org.councilcommons.discussion.DiscussionThread;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.maturity.Assessment;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityModel;
import org.councilcommons.maturity.MaturityPolicy;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.audit.AuditLog;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.mail.Mail;
import org.councilcommons.search.SearchRequest;
import org.councilcommons.search.SearchResults;
import org.councilcommons.search.SearchService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The learning roadmap. The network roadmap (stages and steps) is public, curated by moderators through
 * {@link RoadmapCuration}; each step page gathers the case studies that address it, the councils that completed it,
 * its threads and the members offering help. A council's roadmap is proposed from its latest self-assessment
 * ({@link RoadmapProposal}); its editors then order, add, drop and track steps. Who reads a council's roadmap
 * follows its maturity sharing.
 */
@ApplicationScoped
public class RoadmapService {

    static final int MAX_STEPS = 60;
    static final int MAX_NOTES = 2000;
    static final int MAX_EVIDENCE = 4000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final int CASE_STUDIES_PER_STEP = 5;

    @Inject
    RoadmapRepository repository;

    @Inject
    MaturityService maturity;

    @Inject
    CouncilService councils;

    @Inject
    ProfileService profiles;

    @Inject
    DiscussionService discussions;

    @Inject
    SearchService search;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<Mail> mail;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    // ---- the network roadmap

    public record StageView(Stage stage, List<Step> steps) {}

    @Transactional
    public List<StageView> network() {
        List<Step> steps = repository.steps();
        return repository.stages().stream()
                .map(s -> new StageView(s, steps.stream().filter(p -> p.stageKey().equals(s.key())).toList())).toList();
    }

    @Transactional
    public Step step(String key) {
        return repository.step(key).orElseThrow(() -> new NotFound("The roadmap has no step " + key));
    }

    /**
     * Everything a step page shows. {@code searchNotice} says why there are no case studies when search is down;
     * councils that completed the step are those whose roadmap the caller may read; helpers are for members only.
     */
    public record StepPage(Step step, Stage stage, List<Dimension> dimensions, List<SearchResults.Hit> caseStudies,
            String searchNotice, List<Council> completedBy, List<ProfileService.Contact> helpers,
            Map<Long, Council> helperCouncils, List<DiscussionThread> threads) {
        /** The step's own thread: the first one started about it. */
        public Long threadId() {
            return threads.isEmpty() ? null : threads.getFirst().id();
        }
    }

    @Transactional
    public StepPage stepPage(String key) {
        Step step = step(key);
        Stage stage = repository.stage(step.stageKey()).orElseThrow();
        List<Dimension> dimensions = dimensionsOf(step);
        List<SearchResults.Hit> found = List.of();
        String notice = null;
        try {
            found = search.search(new SearchRequest(step.searchTerms(), "case_study", null, null, null, null, null,
                    SearchRequest.RELEVANCE, 1, CASE_STUDIES_PER_STEP)).results();
        } catch (CommonsException e) {
            notice = e.getMessage();
        }
        List<Council> completed = new ArrayList<>();
        List<ProfileService.Contact> helpers = List.of();
        Map<Long, Council> helperCouncils = Map.of();
        if (caller.isSignedIn()) {
            List<Long> visible = maturity.levelsVisibleAmong(List.copyOf(new LinkedHashSet<>(repository.councilsDone(key))));
            Map<Long, Council> byId = councils.byIds(visible);
            visible.stream().map(byId::get).filter(Objects::nonNull).forEach(completed::add);
            helpers = profiles.offersOfHelp().stream()
                    .filter(c -> dimensions.stream().anyMatch(d -> d.mentionedIn(c.helpsWith().toLowerCase(Locale.ROOT))))
                    .limit(12).toList();
            helperCouncils = councils.byIds(helpers.stream().map(ProfileService.Contact::councilId).toList());
        }
        return new StepPage(step, stage, dimensions, found, notice, completed, helpers, helperCouncils,
                discussions.threadsAboutStep(key, 10));
    }

    public List<Dimension> dimensionsOf(Step step) {
        return step.dimensionKeys().stream().map(k -> maturity.model().dimension(k)).flatMap(Optional::stream).toList();
    }

    // ---- a council's roadmap

    /** One step of a council's roadmap as shown and served. */
    public record Item(Step step, StepStatus status, Long ownerId, String ownerName, LocalDate targetDate, String notes,
            String evidence, String reason, Long caseStudyId, boolean overdue) {}

    /** Steps by status, overall and per stage, for the progress chart. */
    public record Progress(Map<StepStatus, Integer> counts, List<StageProgress> stages) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(StepStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    public record StageProgress(Stage stage, Map<StepStatus, Integer> counts) {
        public int count(StepStatus status) {
            return counts.getOrDefault(status, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A council's roadmap. Not {@code saved}: the proposal from the latest self-assessment, shown until an editor
     * saves it. {@code moved} and {@code newSteps}: what changed since the assessment it was built from, and the
     * steps a new proposal adds.
     */
    public record CouncilView(Council council, boolean saved, int version, List<Item> items, Assessment latest,
            Assessment basedOn, List<RoadmapProposal.Moved> moved, List<RoadmapProposal.Proposed> newSteps,
            boolean canEdit, boolean own, Progress progress, List<ProfileService.Contact> members) {
        public boolean outOfDate() {
            return saved && latest != null && (basedOn == null || !latest.id().equals(basedOn.id()));
        }
    }

    /** What an editor sends for one step: the key, and optionally the rest. */
    public record StepChange(String key, String status, Long owner, String targetDate, String notes, String evidence) {}

    @Transactional
    public CouncilView councilRoadmap(String code) {
        Council council = councils.get(code);
        requireReader(council);
        return view(council);
    }

    /** Saves the whole roadmap: the steps in order with their tracking; steps left out are removed. */
    @Transactional
    public CouncilView save(String code, Integer expectedVersion, List<StepChange> changes) {
        Council council = requireEditor(code);
        Map<String, Step> steps = stepsByKey();
        Map<Long, ProfileService.Contact> members = new HashMap<>();
        profiles.membersOf(council.id()).forEach(m -> members.put(m.memberId(), m));
        List<Checked> checked = check(council, changes, steps, members);
        // the first save keeps the proposal: each step with the reason the proposal gave it
        Map<String, String> reasons = new HashMap<>();
        if (repository.roadmap(council.id()).isEmpty()) {
            maturity.latestOf(council.id()).ifPresent(a -> propose(a).forEach(p -> reasons.put(p.key(), p.reason())));
        }
        CouncilRoadmap roadmap = lockOrCreate(council, expectedVersion);
        Map<String, CouncilStep> existing = new HashMap<>();
        repository.stepsOf(council.id()).forEach(s -> existing.put(s.stepKey(), s));
        Instant now = Instant.now(clock);
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            CouncilStep step = existing.get(c.key());
            if (step == null) {
                step = new CouncilStep(council.id(), c.key(), i + 1, reasons.getOrDefault(c.key(), "Added by your council"), now);
                repository.add(step);
            }
            step.moveTo(i + 1);
            Long previousOwner = step.ownerId();
            step.change(c.status(), c.owner(), c.targetDate(), c.notes(), c.evidence(), now);
            if (c.owner() != null && !c.owner().equals(previousOwner) && !c.owner().equals(caller.actor().memberId())) {
                tellOwner(members.get(c.owner()), council, steps.get(c.key()), step);
            }
            kept.add(c.key());
        }
        existing.values().stream().filter(s -> !kept.contains(s.stepKey())).forEach(repository::remove);
        roadmap.touch(caller.actor().memberId(), now);
        repository.flush();
        audit.record(caller.actor().memberId(), "roadmap.saved", "council", council.code(), checked.size() + " steps");
        return view(council);
    }

    /**
     * After a new self-assessment: steps not started are put in the order the new levels suggest (with their new
     * reasons), newly proposed steps join them, and the roadmap is marked as built from the new assessment. Steps in
     * progress come first, done and dropped steps last, each keeping its tracking.
     */
    @Transactional
    public CouncilView refresh(String code, Integer expectedVersion) {
        Council council = requireEditor(code);
        Assessment latest = maturity.latestOf(council.id()).orElseThrow(() ->
                InvalidInput.of("assessment", "Complete a self-assessment first: the roadmap is proposed from it"));
        CouncilRoadmap roadmap = lockOrCreate(council, expectedVersion);
        List<RoadmapProposal.Proposed> proposal = propose(latest);
        Map<String, CouncilStep> existing = new HashMap<>();
        List<CouncilStep> current = repository.stepsOf(council.id());
        current.forEach(s -> existing.put(s.stepKey(), s));
        Instant now = Instant.now(clock);
        List<CouncilStep> order = new ArrayList<>();
        current.stream().filter(s -> s.status() == StepStatus.IN_PROGRESS).forEach(order::add);
        for (RoadmapProposal.Proposed p : proposal) {
            CouncilStep s = existing.get(p.key());
            if (s == null) {
                s = new CouncilStep(council.id(), p.key(), 0, p.reason(), now);
                repository.add(s);
                order.add(s);
            } else if (s.status() == StepStatus.NOT_STARTED) {
                s.because(p.reason());
                order.add(s);
            } else if (s.status() == StepStatus.IN_PROGRESS) {
                s.because(p.reason());
            }
        }
        current.stream().filter(s -> s.status() == StepStatus.NOT_STARTED && !order.contains(s)).forEach(order::add);
        current.stream().filter(s -> !s.status().isOpen()).forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i + 1);
        }
        roadmap.rebase(latest.id());
        roadmap.touch(caller.actor().memberId(), now);
        repository.flush();
        audit.record(caller.actor().memberId(), "roadmap.refreshed", "council", council.code(), "assessment " + latest.id());
        return view(council);
    }

    /**
     * Starts a case study draft from a completed step's evidence, for the editors to finish and publish; a second
     * request returns the draft already made.
     */
    @Transactional
    public long draftCaseStudy(String code, String stepKey) {
        Council council = requireEditor(code);
        CouncilStep done = repository.stepsOf(council.id()).stream().filter(s -> s.stepKey().equals(stepKey)).findFirst()
                .orElseThrow(() -> new NotFound("Your roadmap has no step " + stepKey));
        if (done.status() != StepStatus.DONE || done.evidence() == null || done.evidence().isBlank()) {
            throw InvalidInput.of("status", "Mark the step done, with its evidence, before writing it up as a case study");
        }
        if (done.caseStudyId() != null) {
            try {
                return caseStudies.get(done.caseStudyId()).id();
            } catch (NotFound e) {
                // the draft was deleted: make a new one
            }
        }
        Step step = step(stepKey);
        Set<Barrier> barriers = new LinkedHashSet<>();
        dimensionsOf(step).forEach(d -> d.barriers().forEach(b -> Barrier.parse(b).ifPresent(barriers::add)));
        String evidence = done.evidence().strip();
        String body = "## What we did\n\n" + (done.notes() == null || done.notes().isBlank() ? step.summary() : done.notes().strip())
                + "\n\n## What shows it worked\n\n" + evidence;
        String summary = evidence.length() > 1000 ? evidence.substring(0, 997) + "…" : evidence;
        long id = caseStudies.create(council.code(), new CaseStudyDraft(step.title(), summary, body, List.of("roadmap"),
                barriers, ProjectStatus.LIVE, List.of(), null, null, null, null, null, null, null)).id();
        done.published(id);
        return id;
    }

    /** A member given a step hears of it (after the save commits), with where to find it. */
    private void tellOwner(ProfileService.Contact owner, Council council, Step step, CouncilStep mine) {
        String due = mine.targetDate() == null ? "" : " The target date is " + mine.targetDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ".";
        mail.fire(new Mail(owner.email(), "Council Commons: you own “" + step.title() + "” on " + council.name()
                + "'s roadmap", "Hello " + owner.name() + ",\n\nYou are now the owner of the step “" + step.title()
                + "” on " + council.name() + "'s digital roadmap." + due + "\n\nSee the step, the councils that have"
                + " done it and their case studies:\n" + publicUrl + "/roadmap/steps/" + step.key()
                + "\n\nUpdate its status on the roadmap:\n" + publicUrl + "/councils/" + council.code() + "/roadmap#step-"
                + step.key() + "\n"));
    }

    public boolean canEdit(Council council) {
        return MaturityPolicy.canAssess(caller.actor(), council.id());
    }

    // ---- internals

    private record Checked(String key, StepStatus status, Long owner, LocalDate targetDate, String notes, String evidence) {}

    private List<Checked> check(Council council, List<StepChange> changes, Map<String, Step> steps,
            Map<Long, ProfileService.Contact> members) {
        if (changes == null) {
            throw InvalidInput.of("steps", "Send the roadmap's steps, in order");
        }
        if (changes.size() > MAX_STEPS) {
            throw InvalidInput.of("steps", "A roadmap can have at most " + MAX_STEPS + " steps");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            StepChange c = changes.get(i);
            String at = "steps[" + i + "].";
            if (c == null || c.key() == null || c.key().isBlank()) {
                errors.add(new FieldError(at + "key", "Give the step's key"));
                continue;
            }
            String key = c.key().strip();
            if (!steps.containsKey(key)) {
                errors.add(new FieldError(at + "key", "The roadmap has no step " + key));
                continue;
            }
            if (!seen.add(key)) {
                errors.add(new FieldError(at + "key", "The step " + key + " is listed twice"));
            }
            StepStatus status = StepStatus.NOT_STARTED;
            if (c.status() != null && !c.status().isBlank()) {
                Optional<StepStatus> parsed = StepStatus.parse(c.status());
                if (parsed.isEmpty()) {
                    errors.add(new FieldError(at + "status", "Status is one of not-started, in-progress, done or dropped"));
                } else {
                    status = parsed.get();
                }
            }
            if (c.owner() != null && !members.containsKey(c.owner())) {
                errors.add(new FieldError(at + "owner", "The owner must be an active member of " + council.name()));
            }
            LocalDate target = null;
            if (c.targetDate() != null && !c.targetDate().isBlank()) {
                try {
                    target = LocalDate.parse(c.targetDate().strip());
                    if (target.isBefore(EARLIEST) || target.isAfter(LATEST)) {
                        errors.add(new FieldError(at + "targetDate", "The target date must be between 2000 and 2100"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at + "targetDate", "Give the target date as a real date, like 2027-03-31"));
                }
            }
            String notes = blankToNull(c.notes());
            if (notes != null && notes.length() > MAX_NOTES) {
                errors.add(new FieldError(at + "notes", "Notes must be 2,000 characters or fewer"));
            }
            String evidence = blankToNull(c.evidence());
            if (evidence != null && evidence.length() > MAX_EVIDENCE) {
                errors.add(new FieldError(at + "evidence", "Evidence must be 4,000 characters or fewer"));
            }
            if (status == StepStatus.DONE && evidence == null) {
                errors.add(new FieldError(at + "evidence", "Say what shows this step is done, for example a report, a"
                        + " decision or a page others can see"));
            }
            checked.add(new Checked(key, status, c.owner(), target, notes, evidence));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return checked;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private CouncilRoadmap lockOrCreate(Council council, Integer expectedVersion) {
        Optional<CouncilRoadmap> locked = repository.roadmapForUpdate(council.id());
        if (locked.isPresent()) {
            if (expectedVersion != null && expectedVersion != locked.get().version()) {
                throw new StateConflict("Someone else at " + council.name() + " changed this roadmap since you opened"
                        + " it. Reload it to see their changes, then make yours again.");
            }
            return locked.get();
        }
        Long basedOn = maturity.latestOf(council.id()).map(Assessment::id).orElse(null);
        return repository.add(new CouncilRoadmap(council.id(), basedOn, caller.actor().memberId(), Instant.now(clock)));
    }

    private Map<String, Step> stepsByKey() {
        Map<String, Step> steps = new HashMap<>();
        repository.steps().forEach(s -> steps.put(s.key(), s));
        return steps;
    }

    List<RoadmapProposal.Proposed> propose(Assessment assessment) {
        MaturityModel model = maturity.model();
        List<Step> steps = network().stream().flatMap(s -> s.steps().stream()).toList();
        List<RoadmapProposal.Outline> outlines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            outlines.add(new RoadmapProposal.Outline(steps.get(i).key(), steps.get(i).dimensionKeys(), i));
        }
        return RoadmapProposal.propose(assessment.levels(), outlines,
                k -> model.dimension(k).map(Dimension::name).orElse(k), model::levelName, MaturityModel.HIGHEST);
    }

    private CouncilView view(Council council) {
        Optional<CouncilRoadmap> saved = repository.roadmap(council.id());
        Assessment latest = maturity.latestOf(council.id()).orElse(null);
        Map<String, Step> steps = stepsByKey();
        LocalDate today = LocalDate.now(clock);
        List<ProfileService.Contact> members = profiles.membersOf(council.id());
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.memberId(), m.name()));
        List<Item> items = new ArrayList<>();
        Assessment basedOn = null;
        List<RoadmapProposal.Moved> moved = List.of();
        List<RoadmapProposal.Proposed> newSteps = List.of();
        if (saved.isPresent()) {
            List<CouncilStep> mine = repository.stepsOf(council.id());
            Map<Long, String> owners = new HashMap<>(names);
            Set<Long> unknown = new HashSet<>();
            mine.stream().map(CouncilStep::ownerId).filter(Objects::nonNull).filter(o -> !owners.containsKey(o)).forEach(unknown::add);
            owners.putAll(profiles.namesOf(unknown));
            for (CouncilStep s : mine) {
                items.add(new Item(steps.get(s.stepKey()), s.status(), s.ownerId(), s.ownerId() == null ? null
                        : owners.getOrDefault(s.ownerId(), "A former member"), s.targetDate(), s.notes(), s.evidence(),
                        s.reason(), s.caseStudyId(), s.isOverdue(today)));
            }
            basedOn = saved.get().basedOn() == null ? null : maturity.submission(saved.get().basedOn()).orElse(null);
            if (latest != null && (basedOn == null || !latest.id().equals(basedOn.id()))) {
                List<String> order = maturity.model().dimensions().stream().map(Dimension::key).toList();
                moved = basedOn == null ? List.of() : RoadmapProposal.moved(basedOn.levels(), latest.levels(), order);
                Set<String> planned = new HashSet<>();
                mine.forEach(s -> planned.add(s.stepKey()));
                newSteps = propose(latest).stream().filter(p -> !planned.contains(p.key())).toList();
            }
        } else if (latest != null) {
            for (RoadmapProposal.Proposed p : propose(latest)) {
                items.add(new Item(steps.get(p.key()), StepStatus.NOT_STARTED, null, null, null, null, null, p.reason(),
                        null, false));
            }
            basedOn = latest;
        }
        boolean own = MaturityPolicy.isOwnCouncil(caller.actor(), council.id());
        return new CouncilView(council, saved.isPresent(), saved.map(CouncilRoadmap::version).orElse(0), items, latest,
                basedOn, moved, newSteps, canEdit(council), own, progress(items), own ? members : List.of());
    }

    private Progress progress(List<Item> items) {
        Map<StepStatus, Integer> counts = new EnumMap<>(StepStatus.class);
        Map<String, Map<StepStatus, Integer>> byStage = new HashMap<>();
        for (Item i : items) {
            counts.merge(i.status(), 1, Integer::sum);
            byStage.computeIfAbsent(i.step().stageKey(), k -> new EnumMap<>(StepStatus.class)).merge(i.status(), 1, Integer::sum);
        }
        List<StageProgress> stages = repository.stages().stream().filter(s -> byStage.containsKey(s.key()))
                .map(s -> new StageProgress(s, byStage.get(s.key()))).toList();
        return new Progress(counts, stages);
    }

    private void requireReader(Council council) {
        if (!caller.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!maturity.canSeeLevelsOf(council.id())) {
            throw new AccessDenied(council.name() + " has not shared its roadmap with you");
        }
    }

    private Council requireEditor(String code) {
        Council council = councils.get(code);
        if (!caller.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!canEdit(council)) {
            throw new AccessDenied("Only " + council.name() + "'s editors can change its roadmap");
        }
        return council;
    }
}
