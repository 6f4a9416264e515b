package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a roadmap stage as a moderator left it. */
@Entity
@Table(name = "roadmap_stage_revision")
public class StageRevision {

    @Id
    @SequenceGenerator(name = "roadmap_stage_revision_seq", sequenceName = "roadmap_stage_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_stage_revision_seq")
    private Long id;

    @Column(name = "stage_key")
    private String stageKey;

    private int revision;

    private String name;

    private String summary;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StageRevision() {}

    StageRevision(String stageKey, int revision, String name, String summary, Long editorId, Instant now) {
        this.stageKey = stageKey;
        this.revision = revision;
        this.name = name;
        this.summary = summary;
        this.editorId = editorId;
        this.createdAt = now;
    }

    public int revision() {
        return revision;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public Long editorId() {
        return editorId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
