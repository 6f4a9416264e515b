package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A place for threads, seeded from the barriers councils name (migration V6). */
@Entity
public class Category {

    @Id
    @Column(name = "category_key")
    private String key;

    private String name;

    private String description;

    private int position;

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
}
