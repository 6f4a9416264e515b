package org.councilcommons.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator (or a CSV row) gives to register a council. */
public record CouncilRegistration(
        @NotNull(message = "Enter the council's GSS code")
        @Pattern(regexp = Council.GSS_CODE, message = "Enter a GSS code such as E06000038 (a letter E, W, S or N and 8 digits)")
        String code,
        @NotBlank(message = "Enter the council's name") @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
        @NotNull(message = "Choose the type of council") CouncilType type,
        @NotBlank(message = "Enter the region") @Size(max = 60, message = "Region must be 60 characters or fewer")
        String region,
        @PositiveOrZero(message = "Population cannot be negative") Integer population,
        @Size(max = 300, message = "Website must be 300 characters or fewer")
        @Pattern(regexp = "https?://\\S+", message = "Enter a website address starting with https://")
        String website,
        Set<@Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}", message = "Enter e-mail domains like reading.gov.uk") String> domains) {

    public CouncilRegistration {
        code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        website = website == null || website.isBlank() ? null : website.trim();
        domains = domains == null ? Set.of() : Set.copyOf(domains.stream()
                .map(d -> d.trim().toLowerCase(java.util.Locale.ROOT)).filter(d -> !d.isEmpty()).toList());
    }
}
