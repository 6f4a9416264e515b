package org.councilcommons.casestudy;

/** draft -> published -> withdrawn, and a withdrawn case study can be published again. */
public enum EditorialState {
    DRAFT("draft", "Draft"),
    PUBLISHED("published", "Published"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String key;
    private final String label;

    EditorialState(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
