package org.councilcommons.casestudy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.Outcome;
import org.councilcommons.council.Council;

/** A case study as the API shows it: the source the editor wrote and the sanitised HTML to display. */
public record CaseStudyView(
        long id, String councilCode, String councilName, String title, String summary, String body, String bodyHtml,
        List<String> themes, List<String> barriers, String projectStatus, String state, List<Outcome> outcomes,
        BigDecimal costPounds, String fundingSource, String partners, String contactName, String contactEmail,
        LocalDate startedOn, LocalDate endedOn, Instant createdAt, Instant updatedAt, Instant publishedAt,
        int version, String url) {

    static CaseStudyView of(CaseStudy c, Council council) {
        CaseStudyDraft d = c.draft();
        return new CaseStudyView(c.id(), council.code(), council.name(), d.title(), d.summary(), d.body(), c.bodyHtml(),
                d.themes(), barrierKeys(d), d.projectStatus().key(), c.state().key(), d.outcomes(), d.costPounds(),
                d.fundingSource(), d.partners(), d.contactName(), d.contactEmail(), d.startedOn(), d.endedOn(),
                c.createdAt(), c.updatedAt(), c.publishedAt(), c.version(), "/case-studies/" + c.id());
    }

    static List<String> barrierKeys(CaseStudyDraft d) {
        return d.barriers().stream().sorted().map(Barrier::key).toList();
    }
}
