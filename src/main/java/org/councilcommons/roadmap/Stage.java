package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A stage of the network roadmap: a group of steps councils tend to take together. Moderators rename and describe
 * stages; every edit bumps {@code revision} and is kept as a {@link StageRevision}.
 */
@Entity
@Table(name = "roadmap_stage")
public class Stage {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 600;

    @Id
    @Column(name = "stage_key")
    private String key;

    private String name;

    private String summary;

    private int position;

    private int revision;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private int version;

    protected Stage() {}

    Stage(String key, int position, String name, String summary, Long editor, Instant now) {
        this.key = key;
        this.position = position;
        this.revision = 0;
        revise(name, summary, editor, now);
    }

    /** Applies a moderator's edit and returns the revision to keep. */
    StageRevision revise(String name, String summary, Long editor, Instant now) {
        this.name = name;
        this.summary = summary;
        revision++;
        updatedAt = now;
        updatedBy = editor;
        return new StageRevision(key, revision, name, summary, editor, now);
    }

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

    public int revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
