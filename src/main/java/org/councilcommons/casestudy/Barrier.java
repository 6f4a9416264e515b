package org.councilcommons.casestudy;

import java.util.Arrays;
import java.util.Optional;

/** The barriers councils name (Local Digital Today survey and the founding article); a fixed list to filter by. */
public enum Barrier {
    UP_FRONT_FUNDING("up-front-funding", "Up-front funding"),
    LEGACY_SYSTEMS("legacy-systems", "Legacy systems"),
    DIGITAL_INCLUSION("digital-inclusion", "Digital inclusion"),
    PSN_COMPLIANCE("psn-compliance", "PSN compliance"),
    CULTURAL_RESISTANCE("cultural-resistance", "Cultural resistance"),
    SKILLS_COUNCILLORS("skills-councillors", "Skills: councillors"),
    SKILLS_OFFICERS("skills-officers", "Skills: senior officers"),
    SKILLS_STAFF("skills-staff", "Skills: staff"),
    ATTITUDE_TO_RISK("attitude-to-risk", "Attitude to risk"),
    SOCIAL_MEDIA("social-media", "Social media"),
    CHANNEL_SHIFT("channel-shift", "Channel shift");

    private final String key;
    private final String label;

    Barrier(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Barrier> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(b -> b.key.equalsIgnoreCase(text.trim()) || b.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(Barrier::key).toList());
    }
}
