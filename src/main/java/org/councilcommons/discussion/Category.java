package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A place for threads, seeded from the barriers councils name (V6), and one learning set per maturity stage (V8). */
@Entity
public class Category {

    @Id
    @Column(name = "category_key")
    private String key;

    private String name;

    private String description;

    private int position;

    /** For a learning set, the maturity stage of the councils it is for; null for an open category. */
    private Integer stage;

    protected Category() {}

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }

    public Integer stage() {
        return stage;
    }

    /** A learning set is read by signed-in members and written by councils at its stage (and moderators). */
    public boolean isLearningSet() {
        return stage != null;
    }
}
