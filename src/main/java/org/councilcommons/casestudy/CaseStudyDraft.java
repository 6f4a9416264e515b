package org.councilcommons.casestudy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything an editor writes about a case study, as one value: what the form and the API submit, what each
 * revision records. The messages follow GOV.UK's error-message style.
 */
public record CaseStudyDraft(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Title must be 200 characters or fewer")
        String title,
        @NotBlank(message = "Enter a summary") @Size(max = 1000, message = "Summary must be 1,000 characters or fewer")
        String summary,
        @NotBlank(message = "Enter what the council did")
        @Size(max = 100_000, message = "The description must be 100,000 characters or fewer")
        String body,
        @Size(max = 12, message = "Choose 12 themes or fewer")
        List<@NotBlank(message = "Themes cannot be blank") @Size(max = 60, message = "Each theme must be 60 characters or fewer") String> themes,
        @NotNull(message = "Choose the barriers this tackles") Set<Barrier> barriers,
        @NotNull(message = "Choose the project status") ProjectStatus projectStatus,
        @Size(max = 10, message = "Give 10 outcomes or fewer") List<@Valid Outcome> outcomes,
        @DecimalMin(value = "0", message = "Cost cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Cost must be in pounds, with at most 2 decimal places")
        BigDecimal costPounds,
        @Size(max = 300, message = "Funding source must be 300 characters or fewer") String fundingSource,
        @Size(max = 500, message = "Partners must be 500 characters or fewer") String partners,
        @Size(max = 120, message = "Contact name must be 120 characters or fewer") String contactName,
        @Email(message = "Enter a contact e-mail address in the correct format, like name@council.gov.uk")
        @Size(max = 254, message = "Contact e-mail must be 254 characters or fewer")
        String contactEmail,
        LocalDate startedOn,
        LocalDate endedOn) {

    public CaseStudyDraft {
        title = trim(title);
        summary = trim(summary);
        themes = themes == null ? List.of() : List.copyOf(new LinkedHashSet<>(themes.stream()
                .map(t -> t == null ? "" : t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList()));
        barriers = barriers == null ? Set.of() : Set.copyOf(barriers);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        fundingSource = trim(fundingSource);
        partners = trim(partners);
        contactName = trim(contactName);
        contactEmail = trim(contactEmail);
    }

    @AssertTrue(message = "The end date must be the same as or after the start date")
    boolean isEndedOn() {
        return startedOn == null || endedOn == null || !endedOn.isBefore(startedOn);
    }

    @AssertTrue(message = "Choose at least one barrier this tackles")
    boolean isBarriers() {
        return barriers != null && !barriers.isEmpty();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
