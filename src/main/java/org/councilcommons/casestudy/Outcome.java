package org.councilcommons.casestudy;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What changed, in words, with a figure where there is one ("2,400 young people reached"). A value object; a
 * class rather than a record because EclipseLink 5 cannot yet populate records in element collections.
 */
@Embeddable
public class Outcome {

    @NotBlank(message = "Enter what the outcome was")
    @Size(max = 500, message = "Outcome must be 500 characters or fewer")
    private String description;

    private BigDecimal figure;

    @Size(max = 60, message = "Unit must be 60 characters or fewer")
    private String unit;

    protected Outcome() {}

    @JsonbCreator
    public Outcome(@JsonbProperty("description") String description, @JsonbProperty("figure") BigDecimal figure,
            @JsonbProperty("unit") String unit) {
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.figure = figure;
        this.unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public String description() {
        return description;
    }

    public BigDecimal figure() {
        return figure;
    }

    public String unit() {
        return unit;
    }

    // getters for JSON-B
    public String getDescription() {
        return description;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public String getUnit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && Objects.equals(description, other.description)
                && (figure == null ? other.figure == null : other.figure != null && figure.compareTo(other.figure) == 0)
                && Objects.equals(unit, other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, unit);
    }
}
