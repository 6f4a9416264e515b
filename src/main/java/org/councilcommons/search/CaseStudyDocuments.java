package org.councilcommons.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyRepository;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.platform.html.HtmlSanitiser;

/**
 * Reads a case study's current state for the index. Only published case studies are documents: anything else
 * (a draft, a withdrawn or deleted one) is removed from the index, so drafts never appear in public results.
 */
@ApplicationScoped
public class CaseStudyDocuments {

    public static final String TYPE = org.councilcommons.casestudy.CaseStudyService.SEARCH_TYPE;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    CouncilRepository councils;

    @Inject
    org.councilcommons.maturity.MaturityService maturity;

    @Inject
    org.councilcommons.platform.outbox.SearchOutbox outbox;

    /**
     * A council's stage or sharing changed: its published case studies are indexed again (in the same transaction,
     * through the outbox), so the maturity facet follows.
     */
    void onMaturityChanged(@jakarta.enterprise.event.Observes org.councilcommons.maturity.MaturityChanged changed) {
        caseStudies.publishedIdsOf(changed.councilId()).forEach(id -> outbox.changed(TYPE, id));
    }

    @Transactional
    public Optional<SearchDocument> published(long id) {
        return caseStudies.byId(id).filter(CaseStudy::isPublished)
                .map(c -> document(c, councils.byId(c.councilId()).orElseThrow(), maturity.memberVisibleStage(c.councilId()).orElse(null)));
    }

    @Transactional
    public List<SearchDocument> publishedAfter(long afterId, int limit) {
        List<CaseStudy> page = caseStudies.publishedAfter(afterId, limit);
        java.util.Map<Long, Council> byId = councils.byIds(page.stream().map(CaseStudy::councilId).collect(
                java.util.stream.Collectors.toSet()));
        java.util.Map<Long, Integer> stages = maturity.memberVisibleStages();
        return page.stream().map(c -> document(c, byId.get(c.councilId()), stages.get(c.councilId()))).toList();
    }

    @Transactional
    public long countPublished() {
        return caseStudies.countPublished();
    }

    private SearchDocument document(CaseStudy c, Council council, Integer stage) {
        return new SearchDocument(TYPE, c.id(), c.title(), c.summary(), HtmlSanitiser.text(c.bodyHtml()), c.themes(),
                c.barriers().stream().sorted().map(Barrier::key).toList(), council.code(), council.name(),
                council.type().name().toLowerCase(Locale.ROOT), council.region(), c.projectStatus().key(),
                c.publishedAt(), "/case-studies/" + c.id(), stage == null ? null : stage.toString());
    }
}
