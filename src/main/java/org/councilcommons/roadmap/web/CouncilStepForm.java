package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.StepStatus;

/**
 * An editor changes one step of the council's roadmap: status, owner, target date, notes and evidence. The whole
 * roadmap is saved with this step changed, against the version the editor opened, and on any problem (a mistake,
 * done without evidence, someone else's save meanwhile) the form comes back with everything typed.
 */
@Named("councilStepForm")
@RequestScoped
public class CouncilStepForm {

    static final String NOBODY = "nobody";

    @Inject
    RoadmapService roadmap;

    private RoadmapService.CouncilView view;
    private List<FieldError> errors = List.of();
    private boolean conflict;

    /** GET: the council's editors only; a step not on the roadmap is a 404. */
    public void load() {
        try {
            if (!getView().canEdit()) {
                Pages.forbid("Only " + getView().council().name() + "’s editors can change its roadmap");
                return;
            }
            if (getItem() == null) {
                Pages.sendError(404);
            }
        } catch (NotFound e) {
            Pages.sendError(404);
        } catch (NotSignedIn e) {
            Pages.signInFirst("/councils/" + Pages.param("code") + "/roadmap/steps/" + Pages.param("step"));
        } catch (AccessDenied e) {
            Pages.forbid(e.getMessage());
        }
    }

    public RoadmapService.CouncilView getView() {
        if (view == null) {
            String code = Pages.param("code");
            if (code == null) {
                throw new NotFound("No council");
            }
            view = roadmap.councilRoadmap(code);
        }
        return view;
    }

    /** The step being changed, as saved; null when it is not on the roadmap. */
    public RoadmapService.Item getItem() {
        String key = Pages.param("step");
        return getView().items().stream().filter(i -> i.step().key().equals(key)).findFirst().orElse(null);
    }

    private boolean postback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    public List<Option> getStatusOptions() {
        String chosen = postback() ? Pages.param("status") : getItem().status().key();
        return Arrays.stream(StepStatus.values()).map(s -> new Option(s.key(), s.label(), s.key().equals(chosen))).toList();
    }

    /** "Nobody yet", then the council's members. */
    public List<Option> getOwnerOptions() {
        String chosen = postback() ? Pages.param("owner")
                : getItem().ownerId() == null ? null : String.valueOf(getItem().ownerId());
        List<Option> options = new ArrayList<>();
        // not an empty value: Faces leaves an empty value attribute out, and the browser then sends the label
        options.add(new Option(NOBODY, "Nobody yet", chosen == null || chosen.equals(NOBODY)));
        for (ProfileService.Contact m : getView().members()) {
            String label = m.name() + (m.jobTitle() == null || m.jobTitle().isBlank() ? "" : ", " + m.jobTitle());
            options.add(new Option(String.valueOf(m.memberId()), label, String.valueOf(m.memberId()).equals(chosen)));
        }
        return options;
    }

    /** Day, month or year of the target date: as sent, or as saved. */
    public String date(String part) {
        if (postback()) {
            return Pages.param("targetDate-" + part);
        }
        LocalDate d = getItem().targetDate();
        if (d == null) {
            return null;
        }
        return String.valueOf(switch (part) {
            case "day" -> d.getDayOfMonth();
            case "month" -> d.getMonthValue();
            default -> d.getYear();
        });
    }

    public String getNotes() {
        return postback() ? Pages.rawParam("notes") : getItem().notes();
    }

    public String getEvidence() {
        return postback() ? Pages.rawParam("evidence") : getItem().evidence();
    }

    /** The roadmap's version when the form was opened, so a save made meanwhile by someone else is caught. */
    public int getVersion() {
        String sent = postback() && !conflict ? Pages.param("version") : null;
        return sent != null && sent.matches("\\d{1,9}") ? Integer.parseInt(sent) : getView().version();
    }

    public String save() {
        String code = getView().council().code();
        String key = String.valueOf(Pages.param("step"));
        List<FieldError> problems = new ArrayList<>();
        String target = targetDate(problems);
        Long owner = null;
        try {
            String sent = Pages.param("owner");
            owner = sent == null || sent.equals(NOBODY) ? null : Long.valueOf(sent);
        } catch (NumberFormatException e) {
            problems.add(new FieldError("owner", "Choose the owner from the list"));
        }
        if (!problems.isEmpty()) {
            errors = problems;
            return null;
        }
        List<RoadmapService.StepChange> changes = Changes.of(getView().items());
        int at = Changes.indexOf(changes, key);
        if (at < 0) {
            errors = List.of(new FieldError("status", "This step is no longer on the roadmap: someone may have removed it"));
            return null;
        }
        changes.set(at, new RoadmapService.StepChange(key, Pages.param("status"), owner, target, Pages.rawParam("notes"),
                Pages.rawParam("evidence")));
        try {
            roadmap.save(code, getVersion(), changes);
            Pages.redirect("/councils/" + code + "/roadmap?done=changed#step-" + key);
        } catch (InvalidInput e) {
            // the service names fields by the step's place in the list ("steps[3].evidence"): this form has one step
            errors = e.errors().stream().map(f -> new FieldError(inputId(f.field()), f.message())).toList();
        } catch (StateConflict e) {
            // the next save is deliberate: the editor has now seen that someone else changed the roadmap
            conflict = true;
            errors = List.of(new FieldError("status", e.getMessage()));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("status", e.getMessage()));
        }
        return null;
    }

    static String inputId(String field) {
        String name = field.replaceFirst("^steps\\[\\d+\\]\\.", "");
        return switch (name) {
            case "targetDate" -> "targetDate-day";
            case "status", "owner", "notes", "evidence" -> name;
            default -> "status";
        };
    }

    /** The target date as an ISO date, null when left empty; a date that cannot be is reported. */
    private String targetDate(List<FieldError> problems) {
        String day = Pages.param("targetDate-day");
        String month = Pages.param("targetDate-month");
        String year = Pages.param("targetDate-year");
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(String.valueOf(year)), Integer.parseInt(String.valueOf(month)),
                    Integer.parseInt(String.valueOf(day))).toString();
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldError("targetDate-day", "The target date must be a real date, like 31 3 2027"));
            return null;
        }
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }
}
