package org.councilcommons.maturity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilcommons.maturity.Assessment;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityModel;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.maturity.PeerMatcher;
import org.councilcommons.maturity.PeerService;
import org.councilcommons.maturity.Profile;
import org.councilcommons.maturity.Scoring;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.web.Pages;

/** One submitted self-assessment of the member's own council: levels, reasons, the chart and what changed. */
@Named("maturityResults")
@RequestScoped
public class ResultsPage {

    @Inject
    MaturityService maturity;

    @Inject
    PeerService peers;

    private MaturityService.History history;
    private Assessment assessment;
    private Assessment previous;
    private PeerMatcher.Median median;
    private List<Row> rows;

    /** One dimension's line in the results table. */
    public record Row(Dimension dimension, int level, String levelName, String descriptor, String why,
            Integer previous, Integer median) {
        public String change() {
            if (previous == null) {
                return "";
            }
            int d = level - previous;
            return d == 0 ? "No change" : d > 0 ? "Up " + d : "Down " + -d;
        }
    }

    public void load() {
        try {
            history = maturity.ownHistory();
        } catch (AccessDenied e) {
            Pages.sendError(403);
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(Pages.param("id")));
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        // only the caller's own council's submissions are found here: another council's id is a plain 404
        assessment = history.submissions().stream().filter(a -> a.id() == id).findFirst().orElse(null);
        if (assessment == null) {
            Pages.sendError(404);
            return;
        }
        previous = history.before(assessment).orElse(null);
        median = peers.medianFor(assessment.councilId()).orElse(null);
        MaturityModel model = maturity.model();
        rows = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Integer level = assessment.levels().get(d.key());
            if (level == null) {
                continue;
            }
            String why = assessment.method() == Assessment.Method.LEVELS ? "Level given directly, without answers."
                    : Scoring.score(model, d, assessment.answers()).why();
            rows.add(new Row(d, level, model.levelName(level), d.descriptor(level), why,
                    previous == null ? null : previous.levels().get(d.key()),
                    median == null ? null : median.levels().get(d.key())));
        }
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Assessment getPrevious() {
        return previous;
    }

    public PeerMatcher.Median getMedian() {
        return median;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getCouncilName() {
        return history == null ? "" : history.council().name();
    }

    public int getStage() {
        return Scoring.stage(assessment.levels().values());
    }

    public String getStageName() {
        return maturity.model().levelName(getStage());
    }

    private Profile profile() {
        return new Profile(assessment.councilId(), "", "", null, null, assessment.levels(), null);
    }

    public List<Row> getStrongest() {
        return pick(new PeerMatcher(maturity.model()).strongest(profile()));
    }

    public List<Row> getWeakest() {
        return pick(new PeerMatcher(maturity.model()).weakest(profile()));
    }

    private List<Row> pick(List<Dimension> dimensions) {
        return dimensions.stream().flatMap(d -> rows.stream().filter(r -> r.dimension().equals(d))).toList();
    }

    /** The rows whose level moved since the previous submission. */
    public List<Row> getChanges() {
        return rows.stream().filter(r -> r.previous() != null && r.previous() != r.level()).toList();
    }

    public String getChart() {
        List<RadarChart.Axis> axes = rows.stream()
                .map(r -> new RadarChart.Axis(r.dimension().name(), r.level(), r.median())).toList();
        return RadarChart.svg("Levels of " + getCouncilName() + (median == null ? "" : " against the median of "
                + median.group()), axes, "Median of " + (median == null ? "" : median.group()));
    }

    public String getDone() {
        return Pages.param("done");
    }

    /** A submission's levels in model order, for the history table. */
    public Map<String, Integer> levelsOf(Assessment a) {
        return a.levelsInOrder(maturity.model());
    }
}
