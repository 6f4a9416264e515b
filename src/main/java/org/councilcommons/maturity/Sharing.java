package org.councilcommons.maturity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sees a council's maturity levels. Private by default: then the council is also never suggested to others as a
 * peer. Any other choice lets it be suggested (others see that it is similar or a step ahead, never its levels).
 */
public enum Sharing {
    PRIVATE("Only our council", "Nobody outside our council sees our levels, and we are not suggested to other councils as a peer."),
    LINKED("Councils we are linked with", "Councils we have linked with see our levels; others may be told we are at a similar stage or a step ahead, without our levels."),
    MEMBERS("All signed-in members", "Every signed-in member can see our levels. There is never a league table.");

    private final String label;
    private final String hint;

    Sharing(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean findable() {
        return this != PRIVATE;
    }

    public static Optional<Sharing> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
