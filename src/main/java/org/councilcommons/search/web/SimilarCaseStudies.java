package org.councilcommons.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.search.SearchResults;
import org.councilcommons.search.SearchService;

/** "Similar case studies" on a case study's page, looked up by name from the page (no Java dependency on it). */
@Named("similarCaseStudies")
@RequestScoped
public class SimilarCaseStudies {

    @Inject
    SearchService search;

    private List<SearchResults.Hit> similar;

    public List<SearchResults.Hit> of(long caseStudyId) {
        if (similar == null) {
            similar = search.similar(caseStudyId);
        }
        return similar;
    }
}
