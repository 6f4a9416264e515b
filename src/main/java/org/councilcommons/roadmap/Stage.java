package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stage of the network roadmap: a group of steps councils tend to take together. */
@Entity
@Table(name = "roadmap_stage")
public class Stage {

    @Id
    @Column(name = "stage_key")
    private String key;

    private String name;

    private String summary;

    private int position;

    protected Stage() {}

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public int position() {
        return position;
    }
}
