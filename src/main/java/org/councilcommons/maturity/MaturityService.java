package org.councilcommons.maturity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;

/**
 * Self-assessment: a council's editors fill in a draft over several sittings and submit it; every submission is
 * kept. Levels come from answers, or directly through the API. Reading results follows {@link MaturityPolicy}.
 */
@ApplicationScoped
public class MaturityService {

    @Inject
    MaturityRepository repository;

    @Inject
    CouncilService councils;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<MaturityChanged> changed;

    private MaturityModel model;

    @PostConstruct
    void loadModel() {
        model = MaturityModel.bundled();
    }

    public MaturityModel model() {
        return model;
    }

    /** The council the caller belongs to; a member without one cannot assess. */
    public Council ownCouncil() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (actor.councilId() == null) {
            throw new AccessDenied("Your account is not linked to a council yet, so there is no self-assessment to show");
        }
        return councils.get(actor.councilId());
    }

    /** The caller's council's open draft, if any. */
    @Transactional
    public Optional<Assessment> draft() {
        return repository.draftOf(ownCouncil().id());
    }

    /** The open draft, started now if there is none. */
    @Transactional
    public Assessment startOrContinue() {
        Council council = requireAssessor();
        return repository.draftOf(council.id()).orElseGet(() ->
                repository.add(Assessment.draft(council.id(), model, caller.actor().memberId(), Instant.now(clock))));
    }

    /**
     * Saves the answers for one dimension. With {@code complete}, every statement must be answered ("Save and
     * continue"); without, what was given is kept and the rest can wait ("Save and come back later").
     */
    @Transactional
    public Assessment saveAnswers(String dimensionKey, Map<String, String> given, boolean complete) {
        Dimension dimension = model.dimension(dimensionKey)
                .orElseThrow(() -> new NotFound("The maturity model has no dimension " + dimensionKey));
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Dimension.Statement s : dimension.statements()) {
            String raw = given.get(s.key());
            Optional<Answer> answer = Answer.parse(raw);
            if (answer.isPresent()) {
                answers.put(s.key(), answer.get());
            } else if (raw != null && !raw.isBlank()) {
                errors.add(new FieldError(s.key(), "Answer yes, partly or no"));
            } else if (complete) {
                errors.add(new FieldError(s.key(), "Select yes, partly or no for “" + s.text() + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Assessment draft = startOrContinue();
        draft.answer(answers, Instant.now(clock));
        return draft;
    }

    /** Submits the open draft; every statement must be answered. */
    @Transactional
    public Assessment submitDraft() {
        Council council = requireAssessor();
        Assessment draft = repository.draftOf(council.id())
                .orElseThrow(() -> new InvalidInput(List.of(new FieldError("assessment", "Start a self-assessment first"))));
        List<FieldError> errors = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            long unanswered = d.statements().stream().filter(s -> !draft.answers().containsKey(s.key())).count();
            if (unanswered > 0) {
                errors.add(new FieldError(d.key(), "Answer " + (unanswered == 1 ? "the last statement" : "all "
                        + unanswered + " statements") + " in “" + d.name() + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        draft.submit(model, caller.actor().memberId(), Instant.now(clock));
        repository.makeLatest(draft);
        changed.fire(new MaturityChanged(council.id()));
        return draft;
    }

    /** The API's submission: levels per dimension, all of them, 1 to 5. */
    @Transactional
    public Assessment submitLevels(String councilCode, Map<String, Integer> levels) {
        Council council = requireAssessorOf(councilCode);
        List<FieldError> errors = new ArrayList<>();
        for (String key : levels.keySet()) {
            if (model.dimension(key).isEmpty()) {
                errors.add(new FieldError("levels." + key, "The maturity model has no dimension " + key));
            }
        }
        for (Dimension d : model.dimensions()) {
            Integer level = levels.get(d.key());
            if (level == null) {
                errors.add(new FieldError("levels." + d.key(), "Give a level from 1 to 5 for " + d.name()));
            } else if (level < MaturityModel.LOWEST || level > MaturityModel.HIGHEST) {
                errors.add(new FieldError("levels." + d.key(), "Levels go from 1 to 5"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Assessment a = repository.add(Assessment.ofLevels(council.id(), model, levels, caller.actor().memberId(),
                Instant.now(clock)));
        repository.makeLatest(a);
        changed.fire(new MaturityChanged(council.id()));
        return a;
    }

    /** The API's submission with answers to every statement ("yes", "partly" or "no"). */
    @Transactional
    public Assessment submitAnswers(String councilCode, Map<String, String> given) {
        Council council = requireAssessorOf(councilCode);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String key : given.keySet()) {
            if (model.statements().stream().noneMatch(s -> s.key().equals(key))) {
                errors.add(new FieldError("answers." + key, "The maturity model has no statement " + key));
            }
        }
        for (Dimension.Statement s : model.statements()) {
            Optional<Answer> answer = Answer.parse(given.get(s.key()));
            if (answer.isEmpty()) {
                errors.add(new FieldError("answers." + s.key(), "Answer yes, partly or no"));
            } else {
                answers.put(s.key(), answer.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = Instant.now(clock);
        Assessment a = Assessment.draft(council.id(), model, caller.actor().memberId(), now);
        a.answer(answers, now);
        a.submit(model, caller.actor().memberId(), now);
        repository.add(a);
        repository.makeLatest(a);
        changed.fire(new MaturityChanged(council.id()));
        return a;
    }

    /** One council's submissions, newest first: its own members see all; others only what the council shares. */
    @Transactional
    public History history(String councilCode) {
        Council council = councils.get(councilCode);
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!canSeeLevelsOf(council.id())) {
            throw new AccessDenied(council.name() + " has not shared its maturity results with you");
        }
        return new History(council, repository.submitted(council.id()), MaturityPolicy.isOwnCouncil(actor, council.id()));
    }

    /** A council's submissions; {@code own} says whether the reader may also see the answers. */
    public record History(Council council, List<Assessment> submissions, boolean own) {
        public Optional<Assessment> latest() {
            return submissions.stream().findFirst();
        }

        /** The submission before this one, for "what changed since last time". */
        public Optional<Assessment> before(Assessment a) {
            int i = submissions.indexOf(a);
            return i >= 0 && i + 1 < submissions.size() ? Optional.of(submissions.get(i + 1)) : Optional.empty();
        }
    }

    /** One of the caller's own council's submissions, with the one before it. */
    @Transactional
    public History ownHistory() {
        return history(ownCouncil().code());
    }

    /** The levels the caller may see for a council (for its page), if any. */
    @Transactional
    public Optional<Assessment> sharedLatest(Long councilId) {
        return canSeeLevelsOf(councilId) ? repository.latest(councilId) : Optional.empty();
    }

    /**
     * Whether the caller may see a council's levels (and what follows from them, such as its roadmap): its own
     * members always; others as the council shares.
     */
    @Transactional
    public boolean canSeeLevelsOf(Long councilId) {
        Actor actor = caller.actor();
        return MaturityPolicy.canSeeLevels(actor, councilId, repository.sharing(councilId),
                actor.councilId() != null && repository.linked(actor.councilId(), councilId));
    }

    /** Of these councils, those whose levels the caller may see (as {@link #canSeeLevelsOf}), in the order given. */
    @Transactional
    public List<Long> levelsVisibleAmong(List<Long> councilIds) {
        Actor actor = caller.actor();
        if (!actor.isSignedIn() || councilIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Sharing> sharing = repository.sharingOfAll();
        java.util.Set<Long> linked = new java.util.HashSet<>();
        if (actor.councilId() != null) {
            repository.linksOf(actor.councilId()).stream().filter(CouncilLink::isActive)
                    .forEach(l -> linked.add(l.otherThan(actor.councilId())));
        }
        return councilIds.stream().filter(id -> MaturityPolicy.canSeeLevels(actor, id,
                sharing.getOrDefault(id, Sharing.PRIVATE), linked.contains(id))).toList();
    }

    /** A council's latest submission, whoever asks: for features that check {@link #canSeeLevelsOf} themselves. */
    @Transactional
    public Optional<Assessment> latestOf(Long councilId) {
        return repository.latest(councilId);
    }

    /** One submission by id, whoever asks: for features that check {@link #canSeeLevelsOf} themselves. */
    @Transactional
    public Optional<Assessment> submission(long id) {
        return repository.assessment(id).filter(a -> !a.isDraft());
    }

    /** The overall stage of the caller's council, from its latest submission, if it has one. */
    @Transactional
    public Optional<Integer> callerStage() {
        Long council = caller.actor().councilId();
        return council == null ? Optional.empty()
                : repository.latest(council).map(a -> Scoring.stage(a.levels().values()));
    }

    /** A council's overall stage when it shares its levels with all members; empty otherwise. */
    @Transactional
    public Optional<Integer> memberVisibleStage(Long councilId) {
        if (repository.sharing(councilId) != Sharing.MEMBERS) {
            return Optional.empty();
        }
        return repository.latest(councilId).map(a -> Scoring.stage(a.levels().values()));
    }

    /** Every council's overall stage that is shared with all members, by council id (for indexing many at once). */
    @Transactional
    public java.util.Map<Long, Integer> memberVisibleStages() {
        java.util.Map<Long, Sharing> sharing = repository.sharingOfAll();
        java.util.Map<Long, Integer> stages = new java.util.HashMap<>();
        repository.latestLevels().forEach((council, levels) -> {
            if (sharing.get(council) == Sharing.MEMBERS) {
                stages.put(council, Scoring.stage(levels.values()));
            }
        });
        return stages;
    }

    @Transactional
    public Sharing sharing() {
        return repository.sharing(ownCouncil().id());
    }

    @Transactional
    public void share(Sharing sharing) {
        Council council = requireAssessor();
        repository.sharingChoice(council.id()).choose(sharing, caller.actor().memberId(), Instant.now(clock));
        changed.fire(new MaturityChanged(council.id()));
    }

    public boolean canAssess() {
        return caller.actor().councilId() != null && MaturityPolicy.canAssess(caller.actor(), caller.actor().councilId());
    }

    private Council requireAssessor() {
        return requireAssessor("Only your council's editors can complete its self-assessment");
    }

    /** The caller's council, when the caller is one of its editors; otherwise refused with {@code refusal}. */
    Council requireAssessor(String refusal) {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (actor.councilId() == null || !MaturityPolicy.canAssess(actor, actor.councilId())) {
            throw new AccessDenied(refusal);
        }
        return councils.get(actor.councilId());
    }

    private Council requireAssessorOf(String councilCode) {
        Council council = councils.get(councilCode);
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!MaturityPolicy.canAssess(actor, council.id())) {
            throw new AccessDenied("Only " + council.name() + "'s editors can submit its self-assessment");
        }
        return council;
    }
}
