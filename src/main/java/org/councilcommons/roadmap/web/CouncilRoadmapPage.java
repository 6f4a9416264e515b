package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilcommons.council.CouncilService;
import org.councilcommons.identity.Caller;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepStatus;

/**
 * A council's roadmap and its printable version, as the reader may see them ({@link CouncilRoadmapActions} changes
 * it). The council's code arrives as {@code code} from the address or from each form, so that the roadmap is read
 * again on a postback, where the buttons' {@code rendered} conditions are evaluated afresh.
 */
@Named("councilRoadmap")
@RequestScoped
public class CouncilRoadmapPage {

    static final String NONE = "none";

    @Inject
    RoadmapService roadmap;

    @Inject
    MaturityService maturity;

    @Inject
    CouncilService councils;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private RoadmapService.CouncilView view;
    private String notice;

    /** A dimension that moved between two self-assessments, by name. */
    public record Moved(String dimension, int before, int after) {
        public String direction() {
            return after > before ? "up" : "down";
        }
    }

    /** A step the new self-assessment proposes, with its title. */
    public record NewStep(Step step, String reason) {}

    /** GET of the roadmap and its print view: sign-in, refusal (with the reason) or not found, as other pages do. */
    public void load() {
        try {
            getView();
        } catch (NotFound e) {
            Pages.sendError(404);
        } catch (NotSignedIn e) {
            boolean print = FacesContext.getCurrentInstance().getViewRoot().getViewId().endsWith("-print.xhtml");
            Pages.signInFirst("/councils/" + Pages.param("code") + "/roadmap" + (print ? "/print" : ""));
        } catch (AccessDenied e) {
            Pages.forbid(e.getMessage());
        }
    }

    /** {@code /manage/roadmap}: the member's own council's roadmap, or why there is none. */
    public void loadOwn() {
        var councilId = caller.councilId();
        if (councilId.isEmpty()) {
            notice = "Your account is not linked to a council yet, so there is no roadmap to show. Ask an"
                    + " administrator to link it to your council.";
            return;
        }
        Pages.redirect("/councils/" + councils.get(councilId.get()).code() + "/roadmap");
    }

    public String getNotice() {
        return notice;
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

    public String getCode() {
        return getView().council().code();
    }

    public boolean isCanEdit() {
        return getView().canEdit();
    }

    public String dimensionNames(Step step) {
        return roadmap.dimensionsOf(step).stream().map(Dimension::name).collect(Collectors.joining(", "));
    }

    public List<Moved> getMoved() {
        return getView().moved().stream().map(m -> new Moved(
                maturity.model().dimension(m.dimension()).map(Dimension::name).orElse(m.dimension()), m.before(), m.after()))
                .toList();
    }

    public List<NewStep> getNewSteps() {
        List<NewStep> steps = new ArrayList<>();
        for (var p : getView().newSteps()) {
            try {
                steps.add(new NewStep(roadmap.step(p.key()), p.reason()));
            } catch (NotFound e) {
                // a step removed from the network roadmap meanwhile is not proposed
            }
        }
        return steps;
    }

    /** Network steps not yet on the roadmap, for "Add a step". */
    public List<Option> getAddOptions() {
        Set<String> planned = new HashSet<>();
        getView().items().forEach(i -> planned.add(i.step().key()));
        String chosen = Pages.param("addStep");
        List<Option> options = new ArrayList<>();
        // not an empty value: Faces leaves an empty value attribute out, and the browser then sends the label
        options.add(new Option(NONE, "Choose a step", chosen == null || chosen.equals(NONE)));
        roadmap.network().forEach(s -> s.steps().stream().filter(p -> !planned.contains(p.key()))
                .forEach(p -> options.add(new Option(p.key(), s.stage().name() + ": " + p.title(), p.key().equals(chosen)))));
        return options;
    }

    public String getChart() {
        return ProgressChart.svg("Progress of " + getView().council().name() + "’s roadmap, by stage",
                getView().progress().stages());
    }

    public String counts(RoadmapService.StageProgress stage) {
        return ProgressChart.counts(stage);
    }

    public List<StepStatus> getStatuses() {
        return ProgressChart.ORDER;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getDone() {
        return Pages.param("done");
    }
}
