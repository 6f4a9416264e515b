package org.councilcommons.council;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of principal council in the UK, as officers name them. */
public enum CouncilType {
    COUNTY("County council"),
    DISTRICT("District council"),
    UNITARY("Unitary authority"),
    METROPOLITAN_BOROUGH("Metropolitan borough"),
    LONDON_BOROUGH("London borough"),
    SCOTTISH("Scottish council"),
    WELSH("Welsh council"),
    NORTHERN_IRISH("Northern Irish council");

    private final String label;

    CouncilType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the enum name in any case, with spaces or hyphens for underscores ("london borough"). */
    public static Optional<CouncilType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(key) || t.label.equalsIgnoreCase(text.trim())).findFirst();
    }
}
