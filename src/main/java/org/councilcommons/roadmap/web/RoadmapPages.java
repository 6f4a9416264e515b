package org.councilcommons.roadmap.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.councilcommons.council.Council;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.roadmap.RoadmapCuration;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Stage;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepRevision;

/** The network roadmap, one step's page and a step's revisions: read by anyone. */
@Named("roadmapPages")
@RequestScoped
public class RoadmapPages {

    @Inject
    RoadmapService roadmap;

    @Inject
    RoadmapCuration curation;

    @Inject
    MaturityService maturity;

    @Inject
    Caller caller;

    // read once per request: the pages ask for these many times while rendering
    private List<RoadmapService.StageView> network;
    private RoadmapService.StepPage step;
    private List<StepRevision> revisions;
    private Step revised;
    private Boolean canCurate;

    public List<RoadmapService.StageView> getNetwork() {
        if (network == null) {
            network = roadmap.network();
        }
        return network;
    }

    public boolean isCanCurate() {
        if (canCurate == null) {
            canCurate = curation.canCurate();
        }
        return canCurate;
    }

    public boolean isSignedIn() {
        return caller.isSignedIn();
    }

    /** The step page on GET; an unknown key is a 404. */
    public void loadStep() {
        try {
            String key = Pages.param("key");
            if (key == null) {
                throw new NotFound("No step");
            }
            step = roadmap.stepPage(key);
        } catch (NotFound e) {
            Pages.sendError(404);
        }
    }

    public RoadmapService.StepPage getStep() {
        return step;
    }

    /** A step's revisions, newest first; an unknown key is a 404. */
    public void loadRevisions() {
        try {
            String key = Pages.param("key");
            if (key == null) {
                throw new NotFound("No step");
            }
            revised = roadmap.step(key);
            revisions = curation.revisions(key);
        } catch (NotFound e) {
            Pages.sendError(404);
        }
    }

    public Step getRevised() {
        return revised;
    }

    public List<StepRevision> getRevisions() {
        return revisions;
    }

    public String dimensionNames(Step s) {
        return names(s.dimensionKeys());
    }

    /** Dimension names from their keys, as one line: "Leadership and strategy, Skills and confidence". */
    public String names(List<String> keys) {
        return keys.stream().map(k -> maturity.model().dimension(k).map(Dimension::name).orElse(k))
                .collect(Collectors.joining(", "));
    }

    public String stageName(String key) {
        return getNetwork().stream().map(RoadmapService.StageView::stage).filter(s -> s.key().equals(key))
                .map(Stage::name).findFirst().orElse(key);
    }

    /** The council a helper works for, or an empty string. */
    public String councilOf(ProfileService.Contact helper) {
        Council c = step == null || helper.councilId() == null ? null : step.helperCouncils().get(helper.councilId());
        return c == null ? "" : c.name();
    }

    public String getDone() {
        return Pages.param("done");
    }
}
