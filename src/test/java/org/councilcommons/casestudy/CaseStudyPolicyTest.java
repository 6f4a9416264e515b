package org.councilcommons.casestudy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Role;
import org.junit.jupiter.api.Test;

class CaseStudyPolicyTest {

    static final long READING = 1L;
    static final long BIRMINGHAM = 2L;

    static final Actor ANONYMOUS = Actor.ANONYMOUS;
    static final Actor READING_MEMBER = new Actor(10L, READING, Set.of(Role.MEMBER));
    static final Actor READING_EDITOR = new Actor(11L, READING, Set.of(Role.MEMBER, Role.COUNCIL_EDITOR));
    static final Actor BIRMINGHAM_EDITOR = new Actor(12L, BIRMINGHAM, Set.of(Role.MEMBER, Role.COUNCIL_EDITOR));
    static final Actor ADMIN = new Actor(13L, null, Set.of(Role.MEMBER, Role.ADMINISTRATOR));

    static CaseStudy readingDraft() {
        return new CaseStudy(READING, CaseStudyTest.draft("App", "Body"), Instant.EPOCH);
    }

    @Test
    void aDraftIsSeenOnlyByItsCouncilsEditorsAndAdministrators() {
        CaseStudy draft = readingDraft();
        assertFalse(CaseStudyPolicy.canView(ANONYMOUS, draft));
        assertFalse(CaseStudyPolicy.canView(READING_MEMBER, draft));
        assertFalse(CaseStudyPolicy.canView(BIRMINGHAM_EDITOR, draft));
        assertTrue(CaseStudyPolicy.canView(READING_EDITOR, draft));
        assertTrue(CaseStudyPolicy.canView(ADMIN, draft));
    }

    @Test
    void aPublishedCaseStudyIsSeenByEveryone() {
        CaseStudy cs = readingDraft();
        cs.publish(Instant.EPOCH);
        assertTrue(CaseStudyPolicy.canView(ANONYMOUS, cs));
    }

    @Test
    void anEditorChangesOnlyTheirOwnCouncilsCaseStudies() {
        CaseStudy cs = readingDraft();
        assertTrue(CaseStudyPolicy.canEdit(READING_EDITOR, cs));
        assertTrue(CaseStudyPolicy.canPublish(READING_EDITOR, cs));
        assertFalse(CaseStudyPolicy.canEdit(BIRMINGHAM_EDITOR, cs), "an editor of Birmingham cannot edit Reading's");
        assertFalse(CaseStudyPolicy.canPublish(BIRMINGHAM_EDITOR, cs));
        assertFalse(CaseStudyPolicy.canEdit(READING_MEMBER, cs), "membership alone is not editing rights");
        assertTrue(CaseStudyPolicy.canEdit(ADMIN, cs));
    }

    @Test
    void creatingFollowsTheSameRule() {
        assertTrue(CaseStudyPolicy.canCreateFor(READING_EDITOR, READING));
        assertFalse(CaseStudyPolicy.canCreateFor(READING_EDITOR, BIRMINGHAM));
        assertFalse(CaseStudyPolicy.canCreateFor(ANONYMOUS, READING));
        assertTrue(CaseStudyPolicy.canCreateFor(ADMIN, BIRMINGHAM));
    }

    @Test
    void onlyEditorsAndAdministratorsListDrafts() {
        assertFalse(CaseStudyPolicy.canSeeDrafts(ANONYMOUS));
        assertFalse(CaseStudyPolicy.canSeeDrafts(READING_MEMBER));
        assertTrue(CaseStudyPolicy.canSeeDrafts(READING_EDITOR));
        assertTrue(CaseStudyPolicy.canSeeDrafts(ADMIN));
    }
}
