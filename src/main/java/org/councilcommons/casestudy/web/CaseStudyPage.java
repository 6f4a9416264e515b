package org.councilcommons.casestudy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.web.Pages;

/** One case study, and for its council's editors the buttons to publish or withdraw it. */
@Named("caseStudyPage")
@ViewScoped
public class CaseStudyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseStudyService caseStudies;

    @Inject
    transient CouncilRepository councils;

    private String id;
    private transient CaseStudy caseStudy;
    private transient Council council;
    private String problem;

    /** Runs on the first GET: a missing or hidden case study is a 404, never an error page with a trace. */
    public void load() {
        try {
            caseStudy = caseStudies.get(Long.parseLong(id));
            council = councils.byId(caseStudy.councilId()).orElseThrow();
        } catch (NumberFormatException | CommonsException e) {
            Pages.sendError(404);
        }
    }

    public String publish() {
        return act(true);
    }

    public String withdraw() {
        return act(false);
    }

    private String act(boolean publish) {
        long caseStudyId = Long.parseLong(id);
        try {
            if (publish) {
                caseStudies.publish(caseStudyId);
            } else {
                caseStudies.withdraw(caseStudyId);
            }
            Pages.redirect("/case-studies/" + caseStudyId + "?done=" + (publish ? "published" : "withdrawn"));
        } catch (CommonsException e) {
            problem = e.getMessage();
            caseStudy = caseStudies.get(caseStudyId);
            council = councils.byId(caseStudy.councilId()).orElseThrow();
        }
        return null;
    }

    public CaseStudy getCaseStudy() {
        if (caseStudy == null && id != null) {
            load();
        }
        return caseStudy;
    }

    public Council getCouncil() {
        getCaseStudy();
        return council;
    }

    public List<Barrier> getBarriers() {
        return getCaseStudy().barriers().stream().sorted().toList();
    }

    public boolean isEditable() {
        return getCaseStudy() != null && caseStudies.canEdit(caseStudy);
    }

    public String getDone() {
        return Pages.param("done");
    }

    public String getProblem() {
        return problem;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
