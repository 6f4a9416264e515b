package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapCuration;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Stage;
import org.councilcommons.roadmap.StageRevision;

/**
 * A moderator adds a stage or renames and re-describes one, with its earlier versions listed below the form. After
 * any problem the form shows what was typed; on a first GET, the stage as saved.
 */
@Named("stageForm")
@RequestScoped
public class StageForm {

    @Inject
    RoadmapService roadmap;

    @Inject
    RoadmapCuration curation;

    @Inject
    Caller caller;

    private Stage stage;
    private boolean stageRead;
    private Stage conflict;
    private List<StageRevision> revisions;
    private List<FieldError> errors = List.of();

    /** GET: moderators only (others are asked to sign in, or refused); an unknown stage is a 404. */
    public void load() {
        if (!caller.isSignedIn()) {
            Pages.signInFirst(isNew() ? "/roadmap/stages/new" : "/roadmap/stages/" + getKey() + "/edit");
            return;
        }
        if (!curation.canCurate()) {
            Pages.forbid("Only moderators can change the network roadmap");
            return;
        }
        if (!isNew() && getStage() == null) {
            Pages.sendError(404);
        }
    }

    /** The stage being edited (its key arrives as {@code stage}); null for a new one. */
    public String getKey() {
        return Pages.param("stage");
    }

    public boolean isNew() {
        return getKey() == null;
    }

    public Stage getStage() {
        if (!stageRead && getKey() != null) {
            stageRead = true;
            try {
                stage = curation.stage(getKey());
            } catch (NotFound e) {
                stage = null;
            }
        }
        return stage;
    }

    public List<StageRevision> getRevisions() {
        if (revisions == null) {
            revisions = getStage() == null ? List.of() : curation.stageRevisions(getKey());
        }
        return revisions;
    }

    private static boolean postback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    /** What was sent, on a postback; otherwise the saved stage's text. */
    public String value(String field) {
        if (postback()) {
            return Pages.rawParam(field);
        }
        Stage s = getStage();
        if (s == null) {
            return null;
        }
        return "name".equals(field) ? s.name() : "summary".equals(field) ? s.summary() : null;
    }

    /** The version the moderator started from; after a conflict, the one now saved, so the next save is deliberate. */
    public Integer getVersion() {
        if (conflict != null) {
            return conflict.version();
        }
        if (postback() && Pages.param("version") != null) {
            return Integer.valueOf(Pages.param("version"));
        }
        return getStage() == null ? null : getStage().version();
    }

    public String save() {
        try {
            if (isNew()) {
                curation.addStage(Pages.param("key"), Pages.rawParam("name"), Pages.rawParam("summary"));
            } else {
                Integer version = Pages.param("version") == null ? null : Integer.valueOf(Pages.param("version"));
                curation.editStage(getKey(), version, Pages.rawParam("name"), Pages.rawParam("summary"));
            }
            Pages.redirect("/roadmap?done=stage");
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (StateConflict e) {
            conflict = curation.stage(getKey());
            errors = List.of(new FieldError("name", e.getMessage()));
        } catch (NumberFormatException e) {
            errors = List.of(new FieldError("name", "The form was not sent as it was shown: reload the page and try again"));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("name", e.getMessage()));
        }
        return null;
    }

    /** The text saved by someone else meanwhile, shown beside the moderator's own after a conflict; else null. */
    public Stage getConflict() {
        return conflict;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
