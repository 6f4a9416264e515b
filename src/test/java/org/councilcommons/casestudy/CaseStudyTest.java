package org.councilcommons.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.html.HtmlSanitiser;
import org.junit.jupiter.api.Test;

class CaseStudyTest {

    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-02-05T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-05T10:00:00Z");

    static CaseStudyDraft draft(String title, String body) {
        return new CaseStudyDraft(title, "Summary", body, List.of("Mobile App", "mobile app", " NEET "),
                Set.of(Barrier.UP_FRONT_FUNDING), ProjectStatus.LIVE,
                List.of(new Outcome("Young people reached", new BigDecimal("2400"), "people")),
                new BigDecimal("125000"), "O2", null, null, null, LocalDate.of(2012, 1, 1), null);
    }

    @Test
    void aNewCaseStudyIsAnUnpublishedDraft() {
        CaseStudy cs = new CaseStudy(7L, draft("App", "Body"), T0);
        assertEquals(EditorialState.DRAFT, cs.state());
        assertFalse(cs.isPublished());
        assertNull(cs.publishedAt());
        assertEquals(T0, cs.createdAt());
    }

    @Test
    void publishingRecordsWhenAndCannotHappenTwice() {
        CaseStudy cs = new CaseStudy(7L, draft("App", "Body"), T0);
        cs.publish(T1);
        assertTrue(cs.isPublished());
        assertEquals(T1, cs.publishedAt());
        assertThrows(StateConflict.class, () -> cs.publish(T2));
    }

    @Test
    void onlyAPublishedCaseStudyCanBeWithdrawnAndItCanComeBack() {
        CaseStudy cs = new CaseStudy(7L, draft("App", "Body"), T0);
        assertThrows(StateConflict.class, () -> cs.withdraw(T1), "a draft has nothing to withdraw");
        cs.publish(T1);
        cs.withdraw(T2);
        assertEquals(EditorialState.WITHDRAWN, cs.state());
        cs.publish(T2);
        assertEquals(T1, cs.publishedAt(), "republishing keeps the first publication date");
    }

    @Test
    void revisingSanitisesTheBodyOnceAndKeepsTheSource() {
        String source = "<p>Hi<script>alert(1)</script></p>";
        CaseStudy cs = new CaseStudy(7L, draft("App", source), T0);
        assertEquals("<p>Hi</p>", cs.bodyHtml());
        assertEquals(source, cs.draft().body());
        assertEquals(HtmlSanitiser.VERSION, cs.sanitiserVersion());
    }

    @Test
    void revisingReplacesContentAndTimestamp() {
        CaseStudy cs = new CaseStudy(7L, draft("App", "Body"), T0);
        cs.revise(draft("App, revised", "New body"), T1);
        assertEquals("App, revised", cs.title());
        assertEquals(T1, cs.updatedAt());
        assertEquals(1, cs.outcomes().size(), "collections are replaced, not appended to");
    }

    @Test
    void themesAreTrimmedLowerCasedAndDeduplicatedInOrder() {
        assertEquals(List.of("mobile app", "neet"), draft("App", "Body").themes());
    }

    @Test
    void theDraftRoundTripsThroughTheEntity() {
        CaseStudyDraft d = draft("App", "Body");
        CaseStudyDraft back = new CaseStudy(7L, d, T0).draft();
        assertEquals(d.title(), back.title());
        assertEquals(d.themes(), back.themes());
        assertEquals(d.barriers(), back.barriers());
        assertEquals(d.outcomes(), back.outcomes());
        assertEquals(d.startedOn(), back.startedOn());
    }
}
