package org.councilcommons.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A case study as lists show it, with its council's name resolved. */
public record CaseStudySummary(
        long id, String title, String summary, String councilCode, String councilName, boolean sampleCouncil,
        ProjectStatus projectStatus, EditorialState state, Set<Barrier> barriers, List<String> themes,
        Instant publishedAt, Instant updatedAt) {}
