package org.councilcommons.casestudy;

import org.councilcommons.council.CouncilType;

/**
 * What a list of case studies is narrowed by; null means "any". {@code state} other than published is only
 * honoured for callers who may see drafts (the service decides).
 */
public record CaseStudyFilter(
        String councilCode, String theme, Barrier barrier, ProjectStatus status, CouncilType councilType,
        String region, EditorialState state) {

    public static final CaseStudyFilter PUBLISHED = new CaseStudyFilter(null, null, null, null, null, null, EditorialState.PUBLISHED);

    public CaseStudyFilter withCouncil(String code) {
        return new CaseStudyFilter(code, theme, barrier, status, councilType, region, state);
    }

    public CaseStudyFilter withState(EditorialState newState) {
        return new CaseStudyFilter(councilCode, theme, barrier, status, councilType, region, newState);
    }
}
