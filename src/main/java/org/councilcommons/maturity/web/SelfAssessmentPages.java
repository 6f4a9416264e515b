package org.councilcommons.maturity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilcommons.council.Council;
import org.councilcommons.maturity.Answer;
import org.councilcommons.maturity.Assessment;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityModel;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.maturity.Scoring;
import org.councilcommons.maturity.Sharing;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pages;

/**
 * The self-assessment journey as a GOV.UK task list: one page per dimension, saved as the council goes, then a
 * check-your-answers page and submission. Also the hub with the council's history and its sharing choice.
 */
@Named("selfAssessment")
@RequestScoped
public class SelfAssessmentPages {

    @Inject
    MaturityService maturity;

    private List<FieldError> errors = List.of();
    private Optional<Assessment> draft;
    private String notice;

    /** A dimension's place in the task list. */
    public record Task(Dimension dimension, int answered, String status) {}

    /** A line of the check-your-answers page: the level the answers give, and why. */
    public record Preview(Dimension dimension, List<String> answers, int level, String levelName, String why,
            boolean complete) {}

    // read once per request: the pages ask for these many times while rendering
    private Council council;
    private List<Assessment> history;
    private Sharing sharing;

    /** Called on GET of the hub and the journey pages; a signed-in member without a council is told why. */
    public void load() {
        try {
            council = maturity.ownCouncil();
        } catch (AccessDenied e) {
            notice = e.getMessage();
        }
    }

    public void loadDimension() {
        load();
        if (notice == null && getDimension() == null) {
            Pages.sendError(404);
        }
    }

    public String getNotice() {
        return notice;
    }

    public Council getCouncil() {
        if (council == null && notice == null) {
            council = maturity.ownCouncil();
        }
        return council;
    }

    public MaturityModel getModel() {
        return maturity.model();
    }

    public boolean isCanAssess() {
        return maturity.canAssess();
    }

    public Assessment getDraft() {
        if (draft == null) {
            draft = notice == null ? maturity.draft() : Optional.empty();
        }
        return draft.orElse(null);
    }

    public List<Assessment> getHistory() {
        if (history == null) {
            history = notice == null ? maturity.ownHistory().submissions() : List.of();
        }
        return history;
    }

    public List<Task> getTasks() {
        Map<String, Answer> answers = getDraft() == null ? Map.of() : getDraft().answers();
        List<Task> tasks = new ArrayList<>();
        for (Dimension d : maturity.model().dimensions()) {
            int answered = (int) d.statements().stream().filter(s -> answers.containsKey(s.key())).count();
            tasks.add(new Task(d, answered, answered == 0 ? "Not yet started"
                    : answered == d.statements().size() ? "Completed" : "In progress"));
        }
        return tasks;
    }

    public long getCompletedTasks() {
        return getTasks().stream().filter(t -> t.status().equals("Completed")).count();
    }

    public String start() {
        try {
            maturity.startOrContinue();
            Pages.redirect("/manage/maturity/questions/" + maturity.model().dimensions().getFirst().key());
        } catch (AccessDenied e) {
            errors = List.of(new FieldError("start", e.getMessage()));
        }
        return null;
    }

    // ---- one dimension's questions

    public Dimension getDimension() {
        return maturity.model().dimension(String.valueOf(Pages.param("dimension"))).orElse(null);
    }

    /** The answer shown for a statement: what was just sent (after an error), else what the draft holds. */
    public List<Option> options(String statementKey) {
        String chosen = Pages.param(statementKey);
        if (chosen == null && getDraft() != null) {
            Answer saved = getDraft().answers().get(statementKey);
            chosen = saved == null ? null : saved.key();
        }
        String selected = chosen;
        return Arrays.stream(Answer.values()).map(a -> new Option(a.key(), a.label(), a.key().equals(selected))).toList();
    }

    public String saveAndContinue() {
        return save(true);
    }

    public String saveForLater() {
        return save(false);
    }

    private String save(boolean complete) {
        Dimension dimension = getDimension();
        if (dimension == null) {
            Pages.sendError(404);
            return null;
        }
        Map<String, String> given = new HashMap<>();
        dimension.statements().forEach(s -> given.put(s.key(), Pages.param(s.key())));
        try {
            Assessment saved = maturity.saveAnswers(dimension.key(), given, complete);
            if (!complete) {
                Pages.redirect("/manage/maturity?done=saved");
                return null;
            }
            Dimension next = maturity.model().dimensions().stream()
                    .filter(d -> d.statements().stream().anyMatch(s -> !saved.answers().containsKey(s.key())))
                    .findFirst().orElse(null);
            Pages.redirect(next == null ? "/manage/maturity/check" : "/manage/maturity/questions/" + next.key());
        } catch (InvalidInput | AccessDenied e) {
            errors = e instanceof InvalidInput invalid ? invalid.errors() : List.of(new FieldError("save", e.getMessage()));
        }
        return null;
    }

    // ---- check your answers

    public List<Preview> getPreview() {
        Map<String, Answer> answers = getDraft() == null ? Map.of() : getDraft().answers();
        MaturityModel model = maturity.model();
        return model.dimensions().stream().map(d -> {
            Scoring.Result r = Scoring.score(model, d, answers);
            List<String> given = d.statements().stream().map(s -> answers.containsKey(s.key())
                    ? answers.get(s.key()).label() + ": " + s.text() : "Not answered: " + s.text()).toList();
            boolean complete = d.statements().stream().allMatch(s -> answers.containsKey(s.key()));
            return new Preview(d, given, r.level(), model.levelName(r.level()), r.why(), complete);
        }).toList();
    }

    public String submit() {
        try {
            Assessment submitted = maturity.submitDraft();
            Pages.redirect("/manage/maturity/results/" + submitted.id() + "?done=submitted");
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (AccessDenied e) {
            errors = List.of(new FieldError("submit", e.getMessage()));
        }
        return null;
    }

    // ---- sharing

    public Sharing getSharing() {
        if (sharing == null) {
            sharing = maturity.sharing();
        }
        return sharing;
    }

    public List<Option> getSharingOptions() {
        Sharing current = Pages.param("sharing") == null ? getSharing() : Sharing.parse(Pages.param("sharing")).orElse(null);
        return Arrays.stream(Sharing.values()).map(s -> new Option(s.key(), s.label(), s == current)).toList();
    }

    public String share() {
        Optional<Sharing> sharing = Sharing.parse(Pages.param("sharing"));
        if (sharing.isEmpty()) {
            errors = List.of(new FieldError("sharing", "Choose who can see your council's levels"));
            return null;
        }
        try {
            maturity.share(sharing.get());
            Pages.redirect("/manage/maturity?done=shared");
        } catch (AccessDenied e) {
            errors = List.of(new FieldError("sharing", e.getMessage()));
        }
        return null;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getDone() {
        return Pages.param("done");
    }
}
