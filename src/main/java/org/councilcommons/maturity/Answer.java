package org.councilcommons.maturity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A council's answer to one statement of the model. Only "yes" counts towards a level; "partly" is shown back. */
public enum Answer {
    YES("Yes"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Answer> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
