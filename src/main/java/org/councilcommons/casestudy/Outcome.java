package org.councilcommons.casestudy;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What changed, in words, with a figure where there is one ("2,400 young people reached"). */
@Embeddable
public record Outcome(
        @NotBlank(message = "Enter what the outcome was") @Size(max = 500, message = "Outcome must be 500 characters or fewer")
        String description,
        BigDecimal figure,
        @Size(max = 60, message = "Unit must be 60 characters or fewer") String unit) {}
