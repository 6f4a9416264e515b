package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.StepStatus;

/**
 * The buttons of a council's roadmap: save the proposal, update it after a new self-assessment, move a step, add
 * one, write a done step up as a case study. Each change sends the version the editor was looking at, so another
 * editor's save made meanwhile is reported on the page instead of being overwritten.
 */
@Named("roadmapActions")
@RequestScoped
public class CouncilRoadmapActions {

    @Inject
    RoadmapService roadmap;

    @Inject
    CouncilRoadmapPage page;

    private List<FieldError> errors = List.of();

    public String saveProposal() {
        return change("saved", () -> roadmap.save(page.getCode(), version(), Changes.of(page.getView().items())));
    }

    public String refresh() {
        return change("updated", () -> roadmap.refresh(page.getCode(), version()));
    }

    public String moveUp() {
        return move(-1);
    }

    public String moveDown() {
        return move(1);
    }

    private String move(int by) {
        return change("moved", () -> {
            List<RoadmapService.StepChange> changes = Changes.of(page.getView().items());
            if (!Changes.move(changes, String.valueOf(Pages.param("step")), by)) {
                throw InvalidInput.of("steps", "That step cannot move further " + (by < 0 ? "up" : "down"));
            }
            roadmap.save(page.getCode(), version(), changes);
        });
    }

    public String addStep() {
        String key = Pages.param("addStep");
        if (key == null || key.equals(CouncilRoadmapPage.NONE)) {
            errors = List.of(new FieldError("addStep", "Choose a step to add"));
            return null;
        }
        return change("added", () -> {
            List<RoadmapService.StepChange> changes = Changes.of(page.getView().items());
            changes.add(new RoadmapService.StepChange(key, StepStatus.NOT_STARTED.key(), null, null, null, null));
            roadmap.save(page.getCode(), version(), changes);
        });
    }

    /** Starts (or finds) the case study draft for a done step and opens it for editing. */
    public String writeUp() {
        try {
            long id = roadmap.draftCaseStudy(page.getCode(), String.valueOf(Pages.param("step")));
            Pages.redirect("/manage/case-studies/" + id + "/edit");
        } catch (InvalidInput e) {
            errors = List.of(new FieldError("steps", e.errors().getFirst().message()));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("steps", e.getMessage()));
        }
        return null;
    }

    /** Runs a change and shows the roadmap again; a refusal or someone else's save meanwhile is shown on the page. */
    private String change(String done, Runnable action) {
        try {
            action.run();
            Pages.redirect("/councils/" + page.getCode() + "/roadmap?done=" + done);
        } catch (InvalidInput e) {
            errors = e.errors().stream().map(f -> new FieldError(f.field().equals("addStep") ? "addStep" : "steps",
                    f.message())).toList();
        } catch (NumberFormatException e) {
            errors = List.of(new FieldError("steps", "The form was not sent as it was shown: reload the page and try again"));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("steps", e.getMessage()));
        }
        return null;
    }

    /** The version of the roadmap the editor was looking at, sent back with every change. */
    private Integer version() {
        String sent = Pages.param("version");
        return sent == null ? null : Integer.valueOf(sent);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }
}
