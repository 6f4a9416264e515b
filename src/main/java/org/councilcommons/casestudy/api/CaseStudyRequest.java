package org.councilcommons.casestudy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.Outcome;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * A case study as the API accepts it. Enumerations and dates arrive as text and are checked here, so an unknown
 * value gets a message naming the field and the allowed values rather than a parser error.
 */
public record CaseStudyRequest(
        String councilCode, String title, String summary, String body, List<String> themes, List<String> barriers,
        String projectStatus, List<Outcome> outcomes, BigDecimal costPounds, String fundingSource, String partners,
        String contactName, String contactEmail, String startedOn, String endedOn, Integer version) {

    /** The same shape for a draft going out (the two versions in a 409), so a client can resubmit it as it is. */
    static CaseStudyRequest of(CaseStudyDraft d, String councilCode, Integer version) {
        return new CaseStudyRequest(councilCode, d.title(), d.summary(), d.body(), d.themes(),
                d.barriers().stream().sorted().map(Barrier::key).toList(),
                d.projectStatus() == null ? null : d.projectStatus().key(), d.outcomes(), d.costPounds(),
                d.fundingSource(), d.partners(), d.contactName(), d.contactEmail(),
                d.startedOn() == null ? null : d.startedOn().toString(), d.endedOn() == null ? null : d.endedOn().toString(),
                version);
    }

    CaseStudyDraft toDraft() {
        List<FieldError> errors = new ArrayList<>();
        Set<Barrier> parsedBarriers = EnumSet.noneOf(Barrier.class);
        for (String b : barriers == null ? List.<String>of() : barriers) {
            Barrier.parse(b).ifPresentOrElse(parsedBarriers::add, () -> errors.add(new FieldError("barriers",
                    "Unknown barrier '" + b + "'; use one of: " + Barrier.allowedKeys())));
        }
        ProjectStatus status = null;
        if (projectStatus == null) {
            errors.add(new FieldError("projectStatus", "Choose the project status: " + ProjectStatus.allowedKeys()));
        } else {
            status = ProjectStatus.parse(projectStatus).orElse(null);
            if (status == null) {
                errors.add(new FieldError("projectStatus", "Unknown project status '" + projectStatus + "'; use one of: "
                        + ProjectStatus.allowedKeys()));
            }
        }
        LocalDate started = date("startedOn", startedOn, errors);
        LocalDate ended = date("endedOn", endedOn, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CaseStudyDraft(title, summary, body, themes, parsedBarriers, status, outcomes, costPounds,
                fundingSource, partners, contactName, contactEmail, started, ended);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter the date as YYYY-MM-DD, for example 2024-04-01"));
            return null;
        }
    }
}
