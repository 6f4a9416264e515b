package org.councilcommons.roadmap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a council is with one step of its roadmap. */
public enum StepStatus {
    NOT_STARTED("Not started", "grey"),
    IN_PROGRESS("In progress", "blue"),
    DONE("Done", "green"),
    DROPPED("Dropped", "orange");

    private final String label;
    private final String colour;

    StepStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /** As the API writes it: {@code not-started}, {@code in-progress}, {@code done}, {@code dropped}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** Accepts the key, the constant's name or the label, in any case. */
    public static Optional<StepStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(s -> s.key().equals(t)).findFirst();
    }
}
