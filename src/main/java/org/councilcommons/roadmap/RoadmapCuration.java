package org.councilcommons.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.audit.AuditLog;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;

/**
 * Moderators curate the network roadmap: they add and edit steps and stages, and every edit is kept as a revision.
 * An edit made from an old copy is refused rather than silently overwriting someone else's.
 */
@ApplicationScoped
public class RoadmapCuration {

    @Inject
    RoadmapRepository repository;

    @Inject
    MaturityService maturity;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;


    public boolean canCurate() {
        return RoadmapPolicy.canCurate(caller.actor());
    }

    @Transactional
    public List<StepRevision> revisions(String key) {
        repository.step(key).orElseThrow(() -> new NotFound("The roadmap has no step " + key));
        return repository.revisions(key);
    }

    /** A moderator's new step, at the end of its stage; the key comes from the title when none is given. */
    @Transactional
    public Step addStep(String key, StepText text) {
        Actor actor = requireCurator();
        String chosen = key == null || key.isBlank() ? keyFrom(text.title()) : key.strip();
        List<FieldError> errors = check(text);
        if (!chosen.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            errors.add(new FieldError("key", "Give a key of 2 to 60 lower-case letters, digits and dashes"));
        } else if (repository.step(chosen).isPresent()) {
            errors.add(new FieldError("key", "There is already a step with the key " + chosen));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = Instant.now(clock);
        Step step = new Step(chosen, repository.lastPosition(text.stageKey()) + 1, text, actor.memberId(), now);
        repository.add(step);
        repository.flush();
        repository.add(new StepRevision(chosen, step.revision(), text, actor.memberId(), now));
        repository.flush(); // a clash with a step added at the same moment surfaces here, as a conflict
        audit.record(actor.memberId(), "roadmap.step.added", "roadmap_step", chosen, text.title());
        return step;
    }

    /** A moderator's edit; the previous text stays in the revisions. A stale {@code expectedVersion} is refused. */
    @Transactional
    public Step editStep(String key, Integer expectedVersion, StepText text) {
        Actor actor = requireCurator();
        Step step = repository.step(key).orElseThrow(() -> new NotFound("The roadmap has no step " + key));
        List<FieldError> errors = check(text);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (expectedVersion != null && expectedVersion != step.version()) {
            throw new StateConflict("Someone else changed this step since you opened it. Reload it to see their"
                    + " changes, then make yours again.");
        }
        if (!text.stageKey().equals(step.stageKey())) {
            step.moveTo(text.stageKey(), repository.lastPosition(text.stageKey()) + 1);
        }
        repository.add(step.revise(text, actor.memberId(), Instant.now(clock)));
        repository.flush();
        audit.record(actor.memberId(), "roadmap.step.edited", "roadmap_step", key, "revision " + step.revision());
        return step;
    }

    @Transactional
    public Stage stage(String key) {
        return repository.stage(key).orElseThrow(() -> new NotFound("The roadmap has no stage " + key));
    }

    @Transactional
    public List<StageRevision> stageRevisions(String key) {
        stage(key);
        return repository.stageRevisions(key);
    }

    /** A moderator's new stage, after the others; the key comes from the name when none is given. */
    @Transactional
    public Stage addStage(String key, String name, String summary) {
        Actor actor = requireCurator();
        String chosen = key == null || key.isBlank() ? keyFrom(name) : key.strip();
        List<FieldError> errors = checkStage(name, summary);
        if (!chosen.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            errors.add(new FieldError("key", "Give a key of 2 to 60 lower-case letters, digits and dashes"));
        } else if (repository.stage(chosen).isPresent()) {
            errors.add(new FieldError("key", "There is already a stage with the key " + chosen));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = Instant.now(clock);
        Stage stage = repository.add(new Stage(chosen, repository.lastStagePosition() + 1, name.strip(), summary.strip(),
                actor.memberId(), now));
        repository.flush();
        repository.add(new StageRevision(chosen, stage.revision(), stage.name(), stage.summary(), actor.memberId(), now));
        repository.flush();
        audit.record(actor.memberId(), "roadmap.stage.added", "roadmap_stage", chosen, stage.name());
        return stage;
    }

    /** A moderator renames or re-describes a stage; the previous text stays in its revisions. */
    @Transactional
    public Stage editStage(String key, Integer expectedVersion, String name, String summary) {
        Actor actor = requireCurator();
        Stage stage = stage(key);
        List<FieldError> errors = checkStage(name, summary);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (expectedVersion != null && expectedVersion != stage.version()) {
            throw new StateConflict("Someone else changed this stage since you opened it. Reload it to see their"
                    + " changes, then make yours again.");
        }
        repository.add(stage.revise(name.strip(), summary.strip(), actor.memberId(), Instant.now(clock)));
        repository.flush();
        audit.record(actor.memberId(), "roadmap.stage.edited", "roadmap_stage", key, "revision " + stage.revision());
        return stage;
    }

    private static List<FieldError> checkStage(String name, String summary) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "name", name == null ? null : name.strip(), "Enter a name", Stage.MAX_NAME);
        required(errors, "summary", summary == null ? null : summary.strip(), "Say what the stage is about", Stage.MAX_SUMMARY);
        return errors;
    }

    List<FieldError> check(StepText text) {
        List<FieldError> errors = new ArrayList<>();
        if (repository.stage(text.stageKey()).isEmpty()) {
            errors.add(new FieldError("stage", "Choose the stage this step belongs to"));
        }
        required(errors, "title", text.title(), "Enter a title", StepText.MAX_TITLE);
        required(errors, "summary", text.summary(), "Say what the step is and why it matters", StepText.MAX_TEXT);
        required(errors, "doneLooksLike", text.doneLooksLike(), "Say what done looks like", StepText.MAX_TEXT);
        required(errors, "evidence", text.evidence(), "Say what evidence a council can point to", StepText.MAX_TEXT);
        required(errors, "searchTerms", text.searchTerms(), "Give the words that find case studies about this step",
                StepText.MAX_SEARCH);
        if (text.dimensions().isEmpty()) {
            errors.add(new FieldError("dimensions", "Choose at least one maturity dimension this step moves"));
        }
        for (String d : text.dimensions()) {
            if (maturity.model().dimension(d).isEmpty()) {
                errors.add(new FieldError("dimensions", "The maturity model has no dimension " + d));
            }
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "Keep it to " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
        }
    }

    static String keyFrom(String title) {
        String key = (title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return key.length() > 60 ? key.substring(0, 60).replaceAll("-+$", "") : key;
    }

    private Actor requireCurator() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!RoadmapPolicy.canCurate(actor)) {
            throw new AccessDenied("Only moderators can change the network roadmap");
        }
        return actor;
    }
}
