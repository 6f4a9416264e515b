package org.councilcommons.casestudy;

import java.util.Arrays;
import java.util.Optional;

/** Where the project itself stands; stopped projects are worth sharing too. */
public enum ProjectStatus {
    PLANNED("planned", "Planned", "grey"),
    LIVE("live", "Live", "green"),
    SCALED("scaled", "Scaled up", "blue"),
    STOPPED("stopped", "Stopped", "orange");

    private final String key;
    private final String label;
    private final String tagColour;

    ProjectStatus(String key, String label, String tagColour) {
        this.key = key;
        this.label = label;
        this.tagColour = tagColour;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour modifier that shows this status. */
    public String tagColour() {
        return tagColour;
    }

    public static Optional<ProjectStatus> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(s -> s.key.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(ProjectStatus::key).toList());
    }
}
