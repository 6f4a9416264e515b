package org.councilcommons.identity;

/** Coarse roles; the group name is what the container sees (see web.xml and payara-web.xml). */
public enum Role {
    MEMBER("member"),
    COUNCIL_EDITOR("editor"),
    MODERATOR("moderator"),
    ADMINISTRATOR("administrator");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
