package org.councilcommons.casestudy;

import org.councilcommons.identity.Actor;

/** Who may do what with case studies: pure yes/no checks (after Discourse's Guardian), unit-tested. */
public final class CaseStudyPolicy {

    private CaseStudyPolicy() {}

    /** Published case studies are public; drafts and withdrawn ones only to their council's editors and admins. */
    public static boolean canView(Actor actor, CaseStudy caseStudy) {
        return caseStudy.isPublished() || actor.editsFor(caseStudy.councilId());
    }

    public static boolean canCreateFor(Actor actor, Long councilId) {
        return actor.editsFor(councilId);
    }

    public static boolean canEdit(Actor actor, CaseStudy caseStudy) {
        return actor.editsFor(caseStudy.councilId());
    }

    public static boolean canPublish(Actor actor, CaseStudy caseStudy) {
        return actor.editsFor(caseStudy.councilId());
    }

    /** Whether the caller may list drafts at all (then only those of councils they edit for). */
    public static boolean canSeeDrafts(Actor actor) {
        return actor.isAdministrator() || actor.councilId() != null && actor.has(org.councilcommons.identity.Role.COUNCIL_EDITOR);
    }
}
