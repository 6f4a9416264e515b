package org.councilcommons.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.casestudy.CaseStudyFilter;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.CaseStudySummary;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.web.Pages;

/** The register of councils, and one council with its published case studies. */
@Named("councilPages")
@RequestScoped
public class CouncilPages {

    @Inject
    CouncilService councils;

    @Inject
    CaseStudyService caseStudies;

    private Council council;
    private List<CaseStudySummary> councilCaseStudies;

    public List<Council> getAll() {
        return councils.list(0, 1000).councils();
    }

    /** Called by the council page on GET; an unknown code is a 404. */
    public void load() {
        try {
            council = councils.get(Pages.param("code"));
            councilCaseStudies = caseStudies.list(
                    CaseStudyFilter.PUBLISHED.withCouncil(council.code()), 0, 100).items();
        } catch (NotFound e) {
            Pages.sendError(404);
        }
    }

    public Council getCouncil() {
        return council;
    }

    public List<CaseStudySummary> getCaseStudies() {
        return councilCaseStudies;
    }
}
