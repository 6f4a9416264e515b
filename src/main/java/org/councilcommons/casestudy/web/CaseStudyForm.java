package org.councilcommons.casestudy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.servlet.http.HttpSession;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.EditConflict;
import org.councilcommons.casestudy.Outcome;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.Validation;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.platform.web.UnsavedForms;

/**
 * Write or edit a case study. Whatever happens (a mistake in a field, someone else's save, a refused action) the
 * form comes back with everything the editor typed, and the GOV.UK error summary says what to do.
 */
@Named("caseStudyForm")
@ViewScoped
public class CaseStudyForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int OUTCOME_ROWS = 3;

    @Inject
    transient CaseStudyService caseStudies;

    @Inject
    transient CouncilRepository councils;

    @Inject
    transient Caller caller;

    @Inject
    transient Validation validation;

    private String id;
    private Integer version;
    private String councilCode;
    private String title;
    private String summary;
    private String body;
    private String themes;
    private Set<String> barriers = new LinkedHashSet<>();
    private String projectStatus;
    private final String[] outcomeText = new String[OUTCOME_ROWS];
    private final String[] outcomeFigure = new String[OUTCOME_ROWS];
    private final String[] outcomeUnit = new String[OUTCOME_ROWS];
    private String cost;
    private String fundingSource;
    private String partners;
    private String contactName;
    private String contactEmail;
    private final DateFields started = new DateFields();
    private final DateFields ended = new DateFields();
    private List<FieldError> errors = List.of();
    private CaseStudyDraft conflict;
    private boolean restored;

    public static final class DateFields implements Serializable {
        private static final long serialVersionUID = 1L;
        String day;
        String month;
        String year;

        public String getDay() {
            return day;
        }

        public String getMonth() {
            return month;
        }

        public String getYear() {
            return year;
        }

        void set(LocalDate date) {
            day = date == null ? null : String.valueOf(date.getDayOfMonth());
            month = date == null ? null : String.valueOf(date.getMonthValue());
            year = date == null ? null : String.valueOf(date.getYear());
        }

        void read(Map<String, String[]> values, String name) {
            day = one(values, name + "-day");
            month = one(values, name + "-month");
            year = one(values, name + "-year");
        }

        LocalDate parse(String field, String label, List<FieldError> problems) {
            if (day == null && month == null && year == null) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            } catch (NumberFormatException | DateTimeException e) {
                problems.add(new FieldError(field, label + " must be a real date, like 1 4 2024"));
                return null;
            }
        }
    }

    /**
     * On the first GET: an existing case study the caller may edit, or a blank form for a new one; then, if a
     * submission of this form was interrupted (the session ended), what was typed then.
     */
    public void load() {
        loadSaved();
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            restoreUnsaved();
        }
    }

    private void restoreUnsaved() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        UnsavedForms.take((HttpSession) ec.getSession(false), getReturnTo()).ifPresent(values -> {
            readSubmitted(values);
            String keptVersion = one(values, "version");
            if (id != null && keptVersion != null && keptVersion.matches("\\d{1,9}")) {
                // the version they were editing, so a save made by someone else meanwhile is still caught
                version = Integer.valueOf(keptVersion);
            }
            restored = true;
        });
    }

    private void loadSaved() {
        if (id == null) {
            councilCode = caller.councilId().flatMap(councils::byId).map(Council::code).orElse(null);
            projectStatus = ProjectStatus.LIVE.key();
            return;
        }
        try {
            CaseStudy caseStudy = caseStudies.get(Long.parseLong(id));
            if (!caseStudies.canEdit(caseStudy)) {
                Pages.sendError(403);
                return;
            }
            fill(caseStudy.draft());
            version = caseStudy.version();
            councilCode = councils.byId(caseStudy.councilId()).map(Council::code).orElse(null);
        } catch (NumberFormatException | CommonsException e) {
            Pages.sendError(404);
        }
    }

    private void fill(CaseStudyDraft d) {
        title = d.title();
        summary = d.summary();
        body = d.body();
        themes = String.join(", ", d.themes());
        barriers = new LinkedHashSet<>(d.barriers().stream().map(Barrier::key).toList());
        projectStatus = d.projectStatus() == null ? null : d.projectStatus().key();
        for (int i = 0; i < OUTCOME_ROWS; i++) {
            Outcome o = i < d.outcomes().size() ? d.outcomes().get(i) : null;
            outcomeText[i] = o == null ? null : o.description();
            outcomeFigure[i] = o == null || o.figure() == null ? null : o.figure().toPlainString();
            outcomeUnit[i] = o == null ? null : o.unit();
        }
        cost = d.costPounds() == null ? null : d.costPounds().toPlainString();
        fundingSource = d.fundingSource();
        partners = d.partners();
        contactName = d.contactName();
        contactEmail = d.contactEmail();
        started.set(d.startedOn());
        ended.set(d.endedOn());
    }

    /** Saves and goes to the case study; on any problem, shows the form again with what was typed. */
    public String save() {
        readSubmitted(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap());
        List<FieldError> problems = new ArrayList<>();
        CaseStudyDraft draft = toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                // report every mistake at once, not the unreadable fields first and the rest on the next try
                problems.addAll(validation.check(draft));
                throw new InvalidInput(problems);
            }
            CaseStudy saved = id == null
                    ? caseStudies.create(councilCode, draft)
                    : caseStudies.update(Long.parseLong(id), version, draft);
            Pages.redirect("/case-studies/" + saved.id() + "?done=saved");
        } catch (InvalidInput e) {
            errors = e.errors().stream().map(f -> new FieldError(inputId(f.field()), f.message())).toList();
        } catch (EditConflict e) {
            conflict = e.current();
            // the next save is a deliberate overwrite by someone who has now seen the other version
            version = e.currentVersion();
            errors = List.of(new FieldError("conflict", e.getMessage()));
        } catch (AccessDenied e) {
            errors = List.of(new FieldError("councilCode", e.getMessage()));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("title", e.getMessage()));
        }
        return null;
    }

    private void readSubmitted(Map<String, String[]> values) {
        if (id == null) {
            councilCode = one(values, "councilCode");
        }
        title = one(values, "title");
        summary = one(values, "summary");
        body = one(values, "body");
        themes = one(values, "themes");
        barriers = new LinkedHashSet<>(values.containsKey("barriers") ? List.of(values.get("barriers")) : List.of());
        projectStatus = one(values, "projectStatus");
        for (int i = 0; i < OUTCOME_ROWS; i++) {
            outcomeText[i] = one(values, "outcome" + i);
            outcomeFigure[i] = one(values, "outcome" + i + "-figure");
            outcomeUnit[i] = one(values, "outcome" + i + "-unit");
        }
        cost = one(values, "cost");
        fundingSource = one(values, "fundingSource");
        partners = one(values, "partners");
        contactName = one(values, "contactName");
        contactEmail = one(values, "contactEmail");
        started.read(values, "startedOn");
        ended.read(values, "endedOn");
    }

    private static String one(Map<String, String[]> values, String name) {
        String[] v = values.get(name);
        return v == null || v.length == 0 || v[0] == null || v[0].isBlank() ? null : v[0].trim();
    }

    private CaseStudyDraft toDraft(List<FieldError> problems) {
        Set<Barrier> chosen = EnumSet.noneOf(Barrier.class);
        barriers.forEach(b -> Barrier.parse(b).ifPresent(chosen::add));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < OUTCOME_ROWS; i++) {
            if (outcomeText[i] == null && outcomeFigure[i] == null && outcomeUnit[i] == null) {
                continue;
            }
            BigDecimal figure = decimal("outcome" + i + "-figure", outcomeFigure[i], "The figure", problems);
            if (outcomeText[i] == null) {
                problems.add(new FieldError("outcome" + i, "Describe outcome " + (i + 1) + ", or clear its figure and unit"));
            }
            outcomes.add(new Outcome(outcomeText[i], figure, outcomeUnit[i]));
        }
        List<String> themeList = themes == null ? List.of() : Arrays.stream(themes.split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).toList();
        return new CaseStudyDraft(title, summary, body, themeList, chosen,
                ProjectStatus.parse(projectStatus).orElse(null), outcomes,
                decimal("cost", cost == null ? null : cost.replace("£", "").replace(",", ""), "Cost", problems),
                fundingSource, partners, contactName, contactEmail,
                started.parse("startedOn", "The start date", problems), ended.parse("endedOn", "The end date", problems));
    }

    private static BigDecimal decimal(String field, String text, String label, List<FieldError> problems) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldError(field, label + " must be a number, like 12500"));
            return null;
        }
    }

    /** A field's error message, or null; field names follow the ids of the inputs. */
    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** The summary links to inputs by id: the draft's property paths become the form's input names. */
    static String inputId(String field) {
        if (field.startsWith("outcomes[")) {
            return "outcome" + field.charAt("outcomes[".length());
        }
        return switch (field) {
            case "costPounds" -> "cost";
            case "startedOn" -> "startedOn-day";
            case "endedOn" -> "endedOn-day";
            case "conflict" -> "title";
            default -> field.replaceAll("\\[.*", "");
        };
    }

    public List<Option> getCouncilOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose a council", councilCode == null));
        councils.page(0, 500).forEach(c -> options.add(new Option(c.code(), c.name(), c.code().equals(councilCode))));
        return options;
    }

    public List<Option> getBarrierOptions() {
        return Arrays.stream(Barrier.values()).map(b -> new Option(b.key(), b.label(), barriers.contains(b.key()))).toList();
    }

    public List<Option> getStatusOptions() {
        return Arrays.stream(ProjectStatus.values())
                .map(s -> new Option(s.key(), s.label(), s.key().equals(projectStatus))).toList();
    }

    /** The address of this form, kept in a hidden field so an interrupted submission can come back here. */
    public String getReturnTo() {
        return id == null ? "/manage/case-studies/new" : "/manage/case-studies/" + id + "/edit";
    }

    public Integer getVersion() {
        return version;
    }

    public boolean isRestored() {
        return restored;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isChoosingCouncil() {
        return id == null && caller.has(org.councilcommons.identity.Role.ADMINISTRATOR);
    }

    public String getCouncilName() {
        return councils.byCode(councilCode).map(Council::name).orElse("your council");
    }

    public CaseStudyDraft getConflict() {
        return conflict;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getThemes() {
        return themes;
    }

    public String[] getOutcomeText() {
        return outcomeText;
    }

    public String[] getOutcomeFigure() {
        return outcomeFigure;
    }

    public String[] getOutcomeUnit() {
        return outcomeUnit;
    }

    public String getCost() {
        return cost;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public String getPartners() {
        return partners;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public DateFields getStarted() {
        return started;
    }

    public DateFields getEnded() {
        return ended;
    }
}
