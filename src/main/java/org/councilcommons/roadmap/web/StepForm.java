package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.councilcommons.identity.Caller;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapCuration;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepText;

/**
 * A moderator adds or edits a step of the network roadmap. The form shows what was typed after any problem (a
 * mistake, or someone else's edit made meanwhile); on a first GET it shows the step as saved.
 */
@Named("stepForm")
@RequestScoped
public class StepForm {

    @Inject
    RoadmapService roadmap;

    @Inject
    RoadmapCuration curation;

    @Inject
    MaturityService maturity;

    @Inject
    Caller caller;

    private Step step;
    private boolean stepRead;
    private List<FieldError> errors = List.of();
    private Step conflict;

    /** GET: moderators only (others are asked to sign in, or refused); an unknown step is a 404. */
    public void load() {
        if (!caller.isSignedIn()) {
            Pages.signInFirst(getReturnTo());
            return;
        }
        if (!curation.canCurate()) {
            Pages.forbid("Only moderators can change the network roadmap");
            return;
        }
        if (getKey() != null && getStep() == null) {
            Pages.sendError(404);
        }
    }

    /** The step being edited (its key arrives as {@code step}, from the address or the form); null for a new one. */
    public String getKey() {
        return Pages.param("step");
    }

    public Step getStep() {
        if (!stepRead && getKey() != null) {
            stepRead = true;
            try {
                step = roadmap.step(getKey());
            } catch (NotFound e) {
                step = null;
            }
        }
        return step;
    }

    public boolean isNew() {
        return getKey() == null;
    }

    private boolean postback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    /** A text field's value: what was sent, on a postback; otherwise the saved step's. */
    public String value(String field) {
        if (postback()) {
            return Pages.rawParam(field);
        }
        Step s = getStep();
        if (s == null) {
            return null;
        }
        return switch (field) {
            case "title" -> s.title();
            case "summary" -> s.summary();
            case "doneLooksLike" -> s.doneLooksLike();
            case "evidence" -> s.evidence();
            case "searchTerms" -> s.searchTerms();
            default -> null;
        };
    }

    /** The version the editor started from; after a conflict, the one now saved, so the next save is deliberate. */
    public Integer getVersion() {
        if (conflict != null) {
            return conflict.version();
        }
        if (postback() && Pages.param("version") != null) {
            return Integer.valueOf(Pages.param("version"));
        }
        return getStep() == null ? null : getStep().version();
    }

    public List<Option> getStageOptions() {
        String chosen = postback() ? Pages.param("stage") : getStep() == null ? null : getStep().stageKey();
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose a stage", chosen == null));
        roadmap.network().forEach(s -> options.add(new Option(s.stage().key(), s.stage().name(),
                s.stage().key().equals(chosen))));
        return options;
    }

    public List<Option> getDimensionOptions() {
        List<String> chosen = postback() ? Pages.params("dimensions")
                : getStep() == null ? List.of() : getStep().dimensionKeys();
        return maturity.model().dimensions().stream()
                .map(d -> new Option(d.key(), d.name(), chosen.contains(d.key()))).toList();
    }

    /** Saves and shows the step; on any problem the form comes back with everything typed. */
    public String save() {
        StepText text = new StepText(Pages.param("stage"), Pages.rawParam("title"), Pages.rawParam("summary"),
                Pages.rawParam("doneLooksLike"), Pages.rawParam("evidence"), Pages.params("dimensions"),
                Pages.rawParam("searchTerms"));
        try {
            Step saved;
            if (isNew()) {
                saved = curation.addStep(Pages.param("key"), text);
            } else {
                Integer version = Pages.param("version") == null ? null : Integer.valueOf(Pages.param("version"));
                saved = curation.editStep(getKey(), version, text);
            }
            Pages.redirect("/roadmap/steps/" + saved.key() + "?done=saved");
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (StateConflict e) {
            conflict = roadmap.step(getKey());
            errors = List.of(new FieldError("title", e.getMessage()));
        } catch (NumberFormatException e) {
            errors = List.of(new FieldError("title", "The form was not sent as it was shown: reload the page and try again"));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("title", e.getMessage()));
        }
        return null;
    }

    /** The text saved by someone else meanwhile, shown beside the editor's own after a conflict; else null. */
    public Step getConflict() {
        return conflict;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getReturnTo() {
        return isNew() ? "/roadmap/steps/new" : "/roadmap/steps/" + getKey() + "/edit";
    }
}
