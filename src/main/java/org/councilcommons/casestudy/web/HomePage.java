package org.councilcommons.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudyFilter;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.CaseStudySummary;

/** The front page: what this is, the latest case studies, and a way in by barrier. */
@Named("home")
@RequestScoped
public class HomePage {

    public record BarrierLink(String key, String label, long count) {}

    @Inject
    CaseStudyService caseStudies;

    private List<CaseStudySummary> latest;
    private List<BarrierLink> barriers;

    public List<CaseStudySummary> getLatest() {
        if (latest == null) {
            latest = caseStudies.list(CaseStudyFilter.PUBLISHED, 0, 5).items();
        }
        return latest;
    }

    public List<BarrierLink> getBarriers() {
        if (barriers == null) {
            Map<Barrier, Long> counts = caseStudies.publishedByBarrier();
            barriers = Arrays.stream(Barrier.values())
                    .map(b -> new BarrierLink(b.key(), b.label(), counts.getOrDefault(b, 0L)))
                    .toList();
        }
        return barriers;
    }
}
